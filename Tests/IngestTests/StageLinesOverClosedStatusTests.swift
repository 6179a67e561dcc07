import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// A Copper opportunities export (the columns and Status values of developer.copper.com's opportunity
/// model: Open, Won, Lost, Abandoned), with its open stages given probabilities in `stages:` as
/// refgap's warnings advised. A trial's won, lost and abandoned deals, which keep their last stage,
/// were counted as open pipeline.
@Suite("stages: lines and a CRM's closed status")
struct StageLinesOverClosedStatusTests {
    static let copper = """
        Name,Company,Primary Contact,Value,Pipeline,Stage,Status,Win Percentage,Close Date,Owned By,Loss Reason,Source,Priority
        Highland Labs - Deal 1,Highland Labs,Pat Doe,1250000,Sales,Follow-up,Open,,01/15/2027,Riley Adams,,Referral,Medium
        Fairview Software - Deal 7,Fairview Software,Pat Doe,200000,Sales,Presentation,Won,,01/05/2027,Riley Adams,,Referral,Medium
        Foxglove Networks - Deal 8,Foxglove Networks,Pat Doe,150000,Sales,Contract Sent,Lost,,02/03/2027,Riley Adams,Lost to competitor,Referral,Medium
        Lakeshore Clinics - Deal 9,Lakeshore Clinics,Pat Doe,900000,Sales,Negotiation,Abandoned,,01/25/2027,Riley Adams,,Referral,Medium
        Maple Clinics - Deal 12,Maple Clinics,Pat Doe,45500.5,Sales,Presentation,Open,,01/08/2027,Riley Adams,,Referral,Medium

        """

    @Test func openStagesGivenProbabilitiesKeepTheirClosedDealsClosed() throws {
        var config = Config()
        try ConfigLoader.override(
            "stages={Follow-up: {class: open, probability: 30}, Presentation: {class: open, probability: 50}, Contract Sent: {class: open, probability: 80}, Negotiation: {class: open, probability: 70}}",
            in: &config)
        let r = try Ingest.opportunities(path: try tempFile(Self.copper), config: config)
        #expect(r.rows.map(\.isClosed) == [false, true, true, true, false])
        let open = r.ledger.stages.filter { !$0.reading.stageClass.isClosed }.map(\.reading)
        #expect(open.map(\.probability) == [0.3, 0.5], "\(open)")
        // The stage table says why a deal on a stage the config calls open is closed.
        let reasons = Set(r.ledger.stages.map(\.reading.reason))
        #expect(reasons.contains("status column (Won); over refgap.yml stages:, which says open"), "\(reasons)")
    }

    /// Without the config the status column decides as before, and the advice for an open stage's
    /// probability is `stage_probabilities:`, which gives one and leaves the class to the export.
    @Test func theAdviceForAProbabilityIsStageProbabilities() throws {
        let r = try Ingest.opportunities(path: try tempFile(Self.copper), config: Config())
        #expect(r.rows.map(\.isClosed) == [false, true, true, true, false])
        let advice = try #require(
            r.ledger.warnings.first { $0.contains("default_probability") }, "\(r.ledger.warnings)")
        #expect(advice.contains("`stage_probabilities: {<stage>: 60}`"), "\(advice)")
    }

    /// Closed statuses of CRMs a trial tried: Oracle CX Sales' `No Sale`, SAP Sales Cloud's `Stopped`
    /// (`Gestoppt`), Pipedrive's deleted deal in Portuguese and German. They were open pipeline, the
    /// warning naming the (open) stage beside them.
    @Test(arguments: ["No Sale", "Stopped", "Gestoppt", "Excluído", "Gelöscht"])
    func otherCRMsClosedStatusesAreLost(_ status: String) {
        let reading = StageClassifier(config: Config()).read(
            stage: "05 - Negotiate", status: status, isClosed: nil, isWon: nil, forecastCategory: nil)
        #expect(reading.stageClass == .lost, "\(reading)")
    }
}
