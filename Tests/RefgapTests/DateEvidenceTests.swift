import Foundation
import RefgapCore
import RefgapModel
import Testing

/// A Spanish Zoho export (trial h3's `c5-zoho-es`, Tests/Fixtures/trials/zoho-es) whose `Closing Date`
/// values all read either way (12/02/2027) while its `Modified Time` has 20/11/2026: read month-first by
/// the default, 3 of its 4 open deals fell beyond the horizon.
@Suite("Date order from another column")
struct DateEvidenceTests {
    static let dir = repoRoot + "/Tests/Fixtures/trials/zoho-es"

    @Test func anotherColumnSettlesTheCloseDatesOrder() throws {
        let outcome = try runPipeline(Self.dir, asOf: "2026-12-01")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        // The pipeline at stake: the open deals 5001, 5002, 5003 and 5005's later version (its Modified
        // Time 25/11), 120,000 + 1,250,000 + 80,000 + 90,000 in EUR read as USD (no rate is set); the
        // won 5004, the lost 5006 and 5005's superseded row are not counted.
        #expect(
            ledger.warnings.contains(
                "7 dates in \"Closing Date\" read either way (dates like 03/04/2027, March 4 or 3 April), among them the close dates of 4 open deals (1,540,000 USD of pipeline), and none settles the order: read day-first, as \"Modified Time\" in the same file has dates that read only that way (like \"20/11/2026 10:00\"). If \"Closing Date\" is written month-first, set `date_order: month-first` in refgap.yml."
            ), "\(ledger.warnings)")
        // 12/02/2027 is 12 February, in the 61-90 window, not beyond the horizon.
        #expect(!ledger.setAside.contains { $0.reason.hasPrefix("beyond") && $0.rows > 0 }, "\(ledger.setAside)")
    }

    /// `date_order` set wins over the other column (a day-first column beside month-first close dates).
    @Test func aDateOrderSetWins() throws {
        let outcome = try runPipeline(Self.dir, asOf: "2026-12-01", sets: ["date_order=month-first"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        // Set, it is the user's answer: a note, not a warning.
        #expect(
            ledger.notes.contains(
                "7 dates in \"Closing Date\" read either way (dates like 03/04/2027): read month-first, as date_order says."
            ), "\(ledger.notes)")
        #expect(!ledger.warnings.contains { $0.contains("either way") })
        #expect(ledger.setAside.contains { $0.reason.hasPrefix("beyond") && $0.rows == 3 }, "\(ledger.setAside)")
    }

    /// Two other columns that disagree settle nothing: the default decides, with its warning.
    @Test func otherColumnsThatDisagreeSettleNothing() throws {
        let dir = try tempDir()
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: Self.dir + "/" + name, toPath: dir + "/" + name)
        }
        let export = try String(contentsOfFile: Self.dir + "/opportunities.csv", encoding: .utf8)
        var lines = export.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] += ",Created Time"
        for i in 1..<lines.count where !lines[i].isEmpty { lines[i] += ",11/25/2026" }
        try write(lines.joined(separator: "\n"), to: dir + "/opportunities.csv")
        let ledger = try #require(try runPipeline(dir, asOf: "2026-12-01").ledgers.first { $0.kind == .opportunities })
        #expect(
            ledger.warnings.contains { $0.contains("none settles the order: read month-first (date_order)") },
            "\(ledger.warnings)")
    }
}
