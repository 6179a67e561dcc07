import Testing

@testable import RefgapIngest
import RefgapModel

/// Accounts exports as a new user's trial built them from customer-success tools and Salesforce
/// reports: a report of one row per contract, health on Vitally's 0–10, Gainsight's `Current Score`,
/// renewal columns under other names, an ARR written with a thousands dot. Each gave a confident wrong
/// answer (no renewal caution, no candidates, an ARR of 269) without a word.
@Suite("Accounts exports as customer-success tools and reports write them")
struct AccountsExportShapesTests {
    static func read(_ text: String) throws -> Ingested<AccountRow> {
        try Ingest.accounts(path: try tempFile(text, name: "accounts.csv"), config: Config())
    }

    @Test func aReportOfOneRowPerContractIsReadOnceWithTheLatestRenewal() throws {
        let r = try Self.read(
            """
            Account Name,Health Score,Contract Number,Contract Status,Contract End Date
            Beacon Bank,93,00000207,Expired,2026-09-25
            Beacon Bank,,00000208,Activated,2027-01-10
            "BEACON BANK, INC.",,00000209,Expired,2025-09-25
            Crescent Capital,95,00000300,Activated,2027-06-30

            """)
        #expect(r.rows.map(\.name) == ["Beacon Bank", "Crescent Capital"])
        #expect(r.rows.map(\.renewal) == [Day(iso: "2027-01-10"), Day(iso: "2027-06-30")])
        #expect(r.rows[0].health == 93)
        #expect(r.ledger.rowsSetAside == 2)
        #expect(
            r.ledger.warnings.contains { $0.hasPrefix("1 account is on more than one row") }, "\(r.ledger.warnings)")
    }

    @Test func healthOnZeroToTenIsReadOnZeroToHundred() throws {
        let r = try Self.read(
            """
            Name,Health Score,ARR
            A,8.9,100000
            B,6.2,100000
            C,9.5,100000
            D,Red,100000

            """)
        #expect(r.rows.map(\.health) == [89, 62, 95, 30])
        #expect(r.ledger.notes.contains { $0.hasPrefix("Health scores in \"Health Score\" are all from 0 to 10") })
        // Scores on 0–100 that happen to be low stay as written beside a score over 10.
        let hundred = try Self.read("Name,Health Score\nA,8\nB,9\nC,45\n")
        #expect(hundred.rows.map(\.health) == [8, 9, 45])
    }

    @Test func gainsightsCurrentScoreAndRenewalsUnderOtherNamesAreRead() throws {
        let r = try Self.read(
            """
            Name,ARR,CSM,Current Score,Previous Score,Renews On
            Lakeshore Health,269000,Alex Moreno,89,80,2027-01-12

            """)
        let mapped = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapped["health"] == "Current Score")
        #expect(mapped["renewal_date"] == "Renews On")
        let month = try Self.read("Name,Health Score,Renewal Month\nA,80,2027-01\n")
        #expect(
            month.ledger.warnings.contains {
                $0.hasPrefix("Column \"Renewal Month\" looks like the account's renewal date but is not read")
            }, "\(month.ledger.warnings)")
    }

    @Test(arguments: [
        ("€269.000", 269_000.0), ("269.000 €", 269_000), ("1.500.000", 1_500_000), ("$1.2M", 1_200_000),
        ("120.50", 120.5), ("$269K", 269_000), ("620,000 USD", 620_000),
    ])
    func anARRWithAThousandsDotIsThousands(text: String, value: Double) throws {
        #expect(Ingest.arr(text) == value, "\(text)")
        // The reading of a dot is said; the others are no guess.
        let r = try Self.read("Name,ARR\nA,\"\(text)\"\n")
        let said = r.ledger.notes.contains { $0.contains("read as thousands") }
        #expect(said == (text.contains(".") && value >= 1000 && !text.hasSuffix("M")), "\(text): \(r.ledger.notes)")
    }

    /// Gainsight's `Status`, HubSpot's `Lifecycle Stage`, ChurnZero's `Is Active`: an account that is no
    /// customer now is never a candidate (a trial's churned accounts were its first two).
    @Test(arguments: [
        ("Status", ["Active", "Churned", "Ex-customer", ""], [true, false, false, true]),
        (
            "Lifecycle Stage", ["customer", "lead", "Marketing Qualified Lead", "evangelist"],
            [true, false, false, true]
        ),
        ("Is Active", ["TRUE", "FALSE", "1", "0"], [true, false, true, false]),
        (
            "Type", ["Customer - Direct", "Prospect", "Former Customer", "Customer - Channel"],
            [true, false, false, true]
        ),
    ])
    func anAccountThatIsNoCustomerNowIsMarked(header: String, values: [String], customer: [Bool]) throws {
        let rows = values.enumerated().map { "A\($0.offset),90,\($0.element)" }.joined(separator: "\n")
        let r = try Self.read("Name,Health Score,\(header)\n\(rows)\n")
        #expect(r.rows.map(\.isCustomer) == customer, "\(header)")
        #expect(r.ledger.notes.contains { $0.contains("not a customer now by \"\(header)\"") })
    }
}
