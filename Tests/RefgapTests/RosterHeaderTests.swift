import Foundation
import RefgapCore
import RefgapModel
import Testing

/// Rosters as advocacy tools export them (a new-user trial's, trial 36): Influitive's `Max Asks Per
/// Quarter`, `Referrals (90 days)` and `Challenge Types`, Point of Reference's `Reference Account` and
/// `Times Used (Last 90 Days)`, were not read, so capacity and activities took their defaults without a
/// word: a contact allowed 2 asks a quarter and asked once could serve 5, not 1.
@Suite("Roster headers as advocacy tools write them")
struct RosterHeaderTests {
    typealias Sample = SupplyVocabularyTests

    static let influitive = """
        Advocate ID,Company,Name,Email,Title,Status,Industry,Region,Products,Challenge Types,Last Seen,Referrals (90 days),Max Asks Per Quarter,Renewal
        X1,Acme,Ana Lopez,ana@acme.com,VP IT,Active,Healthcare,North America,Analytics,Case study,2026-11-01,1,2,2027-08-01

        """

    @Test func influitivesUsageColumnsAreRead() throws {
        let outcome = try runPipeline(try Sample.program(["roster.csv": Self.influitive]), asOf: "2026-12-01")
        let supply = try #require(outcome.result.allocated.supply.first)
        // ⌊2 × 120 / 90⌋ − 1 (docs/model.md, Capacity).
        #expect(supply.capacity == 1)
        #expect(outcome.result.allocated.contacts.first?.activities == ["Case study"])
    }

    @Test func aHeaderLikeAUsageColumnIsNamed() throws {
        let roster = Self.influitive.replacingOccurrences(of: "Max Asks Per Quarter", with: "Ask cap (qtr)")
            .replacingOccurrences(of: "Referrals (90 days)", with: "Times asked lately")
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]), asOf: "2026-12-01")
        let warnings = try #require(outcome.ledgers.first { $0.kind == .roster }).warnings
        #expect(
            warnings.contains(
                "Column \"Ask cap (qtr)\" looks like the contact's max uses per quarter but is not read, so every contact may be asked 4 times a quarter (max_uses_per_quarter). If it is, add `columns: {roster: {max_uses_per_quarter: \"Ask cap (qtr)\"}}` to refgap.yml."
            ), "\(warnings)")
        #expect(
            warnings.contains {
                $0.hasPrefix("Column \"Times asked lately\" looks like the contact's uses last 90 days")
            })
    }

    /// The trial's limits and uses written without a number (`Unlimited`, `N/A`, `As needed`, `-`,
    /// `None`) rejected their contacts whole; `2 per half` was "not a whole number".
    @Test func usesAndLimitsWithoutANumberReadAsBlank() throws {
        let rows = [("Unlimited", "-"), ("N/A", "None"), ("As needed", "1"), ("2 per half", "0")]
        var roster =
            "Account Name,Contact Name,Email,Title,Status,Industry,State,Country,Employees,Products,Activities,Last Verified,Uses (Last 90 Days),Max Uses per Quarter\n"
        for (k, r) in rows.enumerated() {
            roster +=
                "Acct\(k),Person \(k),p\(k)@x.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-01,\(r.1),\(r.0)\n"
        }
        let outcome = try runPipeline(try Sample.program(["roster.csv": roster]), asOf: "2026-12-01")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.rowsRejected == 1)
        #expect(
            ledger.rejects.first?.reason
                == "max uses per quarter \"2 per half\" is not per quarter, month or year (write it per quarter, e.g. 2 per quarter)"
        )
        #expect(
            ledger.notes.contains {
                $0.hasPrefix(
                    "5 use counts or limits written without a number (\"-\", \"As needed\", \"N/A\", \"None\", \"Unlimited\") read as if blank"
                )
            }, "\(ledger.notes)")
        // The default limit, 4 a quarter: ⌊4 × 120 / 90⌋ = 5, less the uses written.
        #expect(outcome.result.allocated.supply.map(\.capacity) == [5, 5, 4])
    }
}
