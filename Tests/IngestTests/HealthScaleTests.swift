import Foundation
import RefgapModel
import Testing

@testable import RefgapIngest

/// Health written from 0 to 1, as some customer-success tools export it. A trial's contacts at 0.85
/// and 0.9 were read as under 1, below candidate_min_health 70, and left off every list unsaid.
@Suite("Health scores on a 0–1 scale")
struct HealthScaleTests {
    @Test func aColumnOfFractionsIsReadOnTheHundredScale() {
        #expect(HealthScale.factor(["0.85", "", "0.9", "1", "0"]) == 100)
        #expect(HealthScale.factor(["Red", "0.5"]) == 100)
        #expect(HealthScale.factor(["80", "0.85"]) == 1)
        #expect(HealthScale.factor(["1", "0", "1"]) == 1, "no fraction: 0 and 1 on either scale")
        #expect(HealthScale.factor(["85%", "0.9"]) == 100, "a percentage is on the hundred scale already")
        #expect(HealthScale.scaled(0.85, by: 100) == 85)
    }

    @Test func theRosterSaysItAndTheContactsGetTheirScore() throws {
        let text = """
            Account Name,Contact Name,Status,Health Score
            Acme,Ann,Active,0.85
            Globex,Bo,Active,0.4
            Initech,Cy,Active,

            """
        let roster = try Ingest.roster(path: try tempFile(text, name: "roster.csv"), config: Config())
        #expect(roster.rows.map(\.health) == [85, 40, nil])
        #expect(
            roster.ledger.notes.contains {
                $0
                    == "Health scores in \"Health Score\" are all between 0 and 1 (like \"0.85\"): 2 scores read as 0–100 (\"0.85\" as 85), the scale candidate_min_health uses."
            }, "\(roster.ledger.notes)")
    }

    @Test func fractionsAmongHundredsAreReadAsWrittenAndSaid() throws {
        let text = """
            Company Name,Health Score
            Acme,80
            Globex,0.95

            """
        let accounts = try Ingest.accounts(path: try tempFile(text, name: "accounts.csv"), config: Config())
        #expect(accounts.rows.map(\.health) == [80, 0.95])
        #expect(
            accounts.ledger.warnings.contains {
                $0.hasPrefix(
                    "1 health score in \"Health Score\" is between 0 and 1 (like \"0.95\") in a column of scores 0–100")
            }, "\(accounts.ledger.warnings)")
    }

    /// A check of this rule (trial 40) found words and percentages in a column of fractions scaled too:
    /// Red read as 3,000, 35% as 3,500; and a column of 0s and 1s said nothing.
    @Test func onlyPlainNumbersAreScaledAndFlagsAreSaid() throws {
        let text = """
            Account Name,Contact Name,Status,Health Score
            Acme,Ann,Active,0.85
            Globex,Bo,Active,Red
            Initech,Cy,Active,35%

            """
        let roster = try Ingest.roster(path: try tempFile(text, name: "roster.csv"), config: Config())
        #expect(roster.rows.map(\.health) == [85, 30, 35])
        let flags = """
            Account Name,Contact Name,Status,Health Score
            Acme,Ann,Active,1
            Globex,Bo,Active,0
            Initech,Cy,Active,1

            """
        let flagged = try Ingest.roster(path: try tempFile(flags, name: "roster.csv"), config: Config())
        #expect(flagged.rows.map(\.health) == [1, 0, 1])
        #expect(flagged.ledger.warnings.contains { $0.hasPrefix("every health score in \"Health Score\" is 0 or 1") })
    }
}
