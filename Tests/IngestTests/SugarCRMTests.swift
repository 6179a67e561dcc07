import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// SugarCRM's field names, read from the fixture (Tests/Fixtures/dialects/sugarcrm-opportunities) with
/// no refgap.yml.
@Suite("SugarCRM exports")
struct SugarCRMTests {
    static let sugar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dialects/sugarcrm-opportunities/opportunities.csv").path

    @Test func sugarFieldNamesNeedNoMapping() throws {
        let r = try Ingest.opportunities(path: Self.sugar, config: Config())
        #expect(r.ledger.dialect == "SugarCRM opportunity export")
        #expect(r.ledger.rowsRejected == 0)
        let mapping = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["close_date"] == "date_closed")
        #expect(mapping["amount_converted"] == "amount_usdollar")
        #expect(mapping["owner"] == "assigned_user_name")
        #expect(mapping["last_modified"] == "date_modified")
        // `currency_id` holds a currency record's id (-99, a GUID): neither read nor offered as the currency.
        #expect(!mapping.values.contains("currency_id"))
        #expect(!(r.ledger.notes + r.ledger.warnings).contains { $0.contains("currency_id") })
        // The deal priced in euros counts at its converted amount.
        #expect(r.rows.first { $0.name == "Soylent Expansion" }?.amount == 162_000)
        #expect(r.rows.first { $0.name == "Hooli Pilot" }?.owner == "max")
    }

    /// `Vandelay Imports` (Needs Analysis) has a blank probability: in a recognised Sugar export it takes
    /// Sugar's default (`sales_probability_dom`, 25%), not Salesforce's 20% for the same label, and the
    /// stage table and the data-quality note say Sugar's figure and source.
    @Test func aBlankProbabilityTakesSugarsDefault() throws {
        let r = try Ingest.opportunities(path: Self.sugar, config: Config())
        let tally = try #require(r.ledger.stages.first { $0.reading.stage == "Needs Analysis" })
        #expect(tally.fromStage == 1 && tally.fromColumn == 0)
        #expect(tally.reading.probability == 0.25)
        #expect(tally.reading.probabilitySource == "SugarCRM default stage (sales_probability_dom)")
        #expect(r.rows.first { $0.name == "Vandelay Imports" }?.stageProbability == 0.25)
        let note = try #require(r.ledger.notes.first { $0.contains("refgap's built-in table") })
        #expect(note.contains("(SugarCRM default stage: \"Needs Analysis\" 25%)"), "\(note)")
        #expect(note.contains("`stage_probabilities: {Needs Analysis: 25}`"), "\(note)")
        #expect(!note.contains("Salesforce"), "\(note)")
        // The deals with a probability of their own keep it, and the closed stages read as before.
        #expect(r.ledger.stages.first { $0.reading.stage == "Qualification" }?.fromColumn == 1)
        #expect(r.ledger.stages.first { $0.reading.stage == "Closed Won" }?.reading.stageClass == .won)
        #expect(r.ledger.stages.first { $0.reading.stage == "Closed Lost" }?.reading.stageClass == .lost)
    }

    /// The same stage with a blank probability in an export that is not Sugar's (Salesforce report
    /// headers) keeps Salesforce's 20% and source.
    @Test func theSameStageElsewhereKeepsSalesforcesDefault() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%)\n"
            + "Vandelay Imports,Vandelay,Needs Analysis,02/28/2027,18000,\n"
            + "Acme Add-on,Acme Corp,Prospecting,01/20/2027,22000,10\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.ledger.dialect == "Salesforce report export")
        let tally = try #require(r.ledger.stages.first { $0.reading.stage == "Needs Analysis" })
        #expect(tally.fromStage == 1)
        #expect(tally.reading.probability == 0.20)
        #expect(tally.reading.probabilitySource == "Salesforce default stage (en); Zoho default stage")
        let note = try #require(r.ledger.notes.first { $0.contains("refgap's built-in table") })
        #expect(note.contains("(Salesforce default stage: \"Needs Analysis\" 20%)"), "\(note)")
        #expect(!note.contains("SugarCRM"), "\(note)")
    }

    /// Sugar's labels apply by the recognised dialect's name only; refgap.yml still wins over them.
    @Test func sugarsLabelsApplyToASugarExportOnly() {
        func read(_ stage: String, dialect: String?, config: Config = Config()) -> StageReading {
            StageClassifier(config: config, dialect: dialect).read(
                stage: stage, status: nil, isClosed: nil, isWon: nil, forecastCategory: nil)
        }
        let sugar = "SugarCRM opportunity export"
        #expect(read("Negotiation/Review", dialect: sugar).probability == 0.80)
        #expect(read("negotiation review", dialect: sugar).probability == 0.80)
        #expect(read("Negotiation/Review", dialect: nil).probability == 0.90)
        #expect(read("Negotiation/Review", dialect: "Salesforce report export").probability == 0.90)
        #expect(read("Closed Won", dialect: sugar).stageClass == .won)
        #expect(read("Closed Won", dialect: sugar).reason == "built-in: SugarCRM default stage (sales_probability_dom)")
        // A label Sugar does not ship reads as everywhere.
        #expect(read("Appointment scheduled", dialect: sugar) == read("Appointment scheduled", dialect: nil))
        #expect(read("Appointment scheduled", dialect: sugar).probabilitySource?.hasPrefix("HubSpot") == true)
        var config = Config()
        config.stageProbabilities = ["Needs Analysis": 0.33]
        #expect(read("Needs Analysis", dialect: sugar, config: config).probability == 0.33)
    }

    /// SuiteCRM's English UI and export write `Id. Decision Makers` as this label: open, Sugar's 40%.
    @Test func suiteCRMsDecisionMakersLabelIsKnown() {
        let r = StageClassifier(config: Config()).read(
            stage: "Identifying Decision Makers", status: nil, isClosed: nil, isWon: nil, forecastCategory: nil)
        #expect(r.stageClass == .open && !r.guessed && r.probability == 0.40)
    }

    static let suiteLabels = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dialects/suitecrm-labels/opportunities.csv").path

    /// The UI's *Export* writes labels: `Amount` is the converted amount there, `Opportunity Amount` the
    /// deal's own, and `Currency` a record id. The euro deal counts at its converted $1,250,000, no id is
    /// warned about as a currency, and a note says how the three columns were read.
    @Test func suiteCRMsLabelsReadTheConvertedAmount() throws {
        let r = try Ingest.opportunities(path: Self.suiteLabels, config: Config())
        #expect(r.ledger.dialect == "SugarCRM/SuiteCRM opportunity export (labels)")
        let mapping = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["amount"] == "Opportunity Amount")
        #expect(mapping["amount_converted"] == "Amount")
        #expect(mapping["amount_currency"] == nil)
        #expect(r.rows.first { $0.account == "Oakridge Systems" }?.amount == 1_250_000)
        #expect(!(r.ledger.notes + r.ledger.warnings).contains { $0.contains("-99") && $0.contains("currency_rates") })
        #expect(!(r.ledger.notes + r.ledger.warnings).contains { $0.contains("looks like the amounts' currency") })
        let note = try #require(r.ledger.notes.first { $0.hasPrefix("SugarCRM's and SuiteCRM's export labels") })
        #expect(note.contains("\"Currency\" (a currency record's id, such as -99, not a currency code) is not read"))
        // Recognised as Sugar's: a blank probability takes Sugar's default.
        #expect(r.ledger.stages.first { $0.reading.stage == "Needs Analysis" }?.reading.probability == 0.25)
    }

    /// The config mapping the currency wins; the converted amount stays `Amount`.
    @Test func aMappedCurrencyIsRead() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount_currency": "Currency"]
        let r = try Ingest.opportunities(path: Self.suiteLabels, config: config)
        let mapping = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["amount_converted"] == "Amount")
        #expect(mapping["amount_currency"] == "Currency")
    }

    /// `refgap init` writes the mapping it read (`amount: "Opportunity Amount"`, `amount_converted:
    /// "Amount"`) into refgap.yml: the same mapping from the config keeps `Currency` unread.
    @Test func initsMappingKeepsTheRule() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "Opportunity Amount", "amount_converted": "Amount"]
        let r = try Ingest.opportunities(path: Self.suiteLabels, config: config)
        let mapping = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["amount_currency"] == nil)
        #expect(r.rows.first { $0.account == "Oakridge Systems" }?.amount == 1_250_000)
        #expect(!(r.ledger.notes + r.ledger.warnings).contains { $0.contains("-99") && $0.contains("currency_rates") })
    }

    /// Every amount is formatted in the exporting user's currency, unconverted: the sign is not the
    /// deal's. A euro deal shown as `$1,157,407.41` with its `Amount` blank is warned about by its
    /// `Currency` record, and a user who displays euros (`€75.000,00`) is not told to convert them.
    @Test func theSignIsTheUsersDisplayCurrency() throws {
        let fixture = try String(contentsOfFile: Self.suiteLabels, encoding: .utf8)
        let blanked = fixture.replacingOccurrences(of: "\"$1,250,000.00\"", with: "\"\"")
            .replacingOccurrences(of: "€1,157,407.41", with: "$1,157,407.41")
        let r = try Ingest.opportunities(path: try tempFile(blanked), config: Config())
        let warning = try #require(r.ledger.warnings.first { $0.contains("no amount in \"Amount\"") })
        #expect(warning.contains("has a \"Currency\" other than -99"), "\(warning)")
        let euros = fixture.replacingOccurrences(of: "\"$", with: "\"€")
        let e = try Ingest.opportunities(path: try tempFile(euros), config: Config())
        #expect(!(e.ledger.notes + e.ledger.warnings).contains { $0.contains("currency_rates: {EUR") })
        #expect(e.rows.first { $0.account == "Oakridge Systems" }?.amount == 1_250_000)
    }
}
