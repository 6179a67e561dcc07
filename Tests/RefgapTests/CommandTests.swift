import Foundation
import Testing

@Suite("The refgap command")
struct CommandTests {
    static let spectrum = repoRoot + "/Tests/Fixtures/csv-spectrum"
    static let cases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines",
        "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    @Test(arguments: cases)
    func inspectJSONPrintsEachSpectrumCaseExactly(_ name: String) throws {
        let result = try runBinary(["inspect", "\(Self.spectrum)/csvs/\(name).csv", "--json"], in: repoRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let header = try #require(parsed["header"] as? [String])
        let rows = try #require(parsed["rows"] as? [[String]])
        let expected = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: "\(Self.spectrum)/json/\(name).json")))
                as? [[String: String]])
        #expect(rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) } == expected)
    }

    @Test func inspectSummaryAndErrors() throws {
        let ok = try runBinary(["inspect", "\(Self.spectrum)/csvs/simple.csv"], in: repoRoot)
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("delimiter \",\""))
        #expect(ok.stdout.contains("1 data rows, 3 columns"))
        let missing = try runBinary(["inspect", "/nonexistent/file.csv"], in: repoRoot)
        #expect(missing.status == 2)
        #expect(missing.stderr == "/nonexistent/file.csv: error: the file does not exist\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let bad = try runBinary(["run", "--as-of", "24/11/2026"], in: repoRoot)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--as-of must be a date written YYYY-MM-DD"))
    }

    /// A trial saved its calendar as `Calendar.CSV`: "calendar.csv: missing" said nothing of the file
    /// beside it. Both validate and run name it and the two ways to use it.
    @Test func aFileNamedInOtherCapitalsIsPointedAt() throws {
        let dir = try smallProgram()
        try FileManager.default.moveItem(atPath: dir + "/calendar.csv", toPath: dir + "/Calendar.CSV")
        let hint =
            "there is \"Calendar.CSV\" beside it: rename it calendar.csv (names are case-sensitive), or give it with --calendar"
        let v = try runBinary(["validate", dir], in: dir)
        #expect(v.stdout.contains(hint.prefix(1).uppercased() + hint.dropFirst()), "\(v.stdout)")
        let r = try runBinary(["run", dir, "--out", dir + "/reports"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("calendar.csv: error: the file does not exist; " + hint), "\(r.stderr)")
    }

    @Test func validateAndInitOnASmallProgram() throws {
        let dir = try smallProgram()
        let v = try runBinary(["validate", dir], in: dir)
        #expect(v.status == 0, "\(v.stderr)")
        #expect(v.stdout.contains("rows read 3"))
        // Rejects of one kind with different values: the first is shown, the others counted as like it.
        let opportunities = try String(contentsOfFile: dir + "/opportunities.csv", encoding: .utf8)
        try write(
            opportunities + "4,Deal D,Delta,Prospecting,01/30/2027,n/a\n5,Deal E,Echo,Prospecting,01/30/2027,TBD\n",
            to: dir + "/opportunities.csv")
        let rejects = try runBinary(["validate", dir], in: dir)
        #expect(
            rejects.stdout.contains(
                "rejected: amount \"n/a\" is not a number (expected e.g. 125000, $1,250,000.00 or 1.250.000,00 €) (and 1 more row like it; `refgap run` lists each in rejects/opportunities.csv)"
            ), "\(rejects.stdout)")
        try write(opportunities, to: dir + "/opportunities.csv")
        let i = try runBinary(["init", dir], in: dir)
        #expect(i.status == 0, "\(i.stderr)")
        let yml = try String(contentsOfFile: dir + "/refgap.yml", encoding: .utf8)
        #expect(yml.contains("close_date: \"Close Date\""))
        // The written config reads back, and a second init leaves it as it is.
        let again = try runBinary(["run", dir, "--out", dir + "/out", "--quiet", "--as-of", "2026-11-24"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        try write(yml + "# edited\n", to: dir + "/refgap.yml")
        let second = try runBinary(["init", dir], in: dir)
        #expect(second.status == 0 && second.stdout.contains("left as it is"))
        #expect(try String(contentsOfFile: dir + "/refgap.yml", encoding: .utf8) == yml + "# edited\n")
    }
}

/// Counts a program manager reads in validate's ledger lines: thousands grouped as the report's amounts
/// are (a trial's Maven export read "rows read 8800: … set aside 6711 (… 4238 closed deals)"), and a
/// reason that reads for any count ("1 closed deals" before).
@Suite("Validate's counts")
struct ValidateCountTests {
    @Test func ledgerCountsGroupThousandsAndReadForOne() throws {
        let v = try runBinary(["validate", repoRoot + "/SampleData"], in: repoRoot)
        #expect(v.status == 0, "\(v.stderr)")
        #expect(
            v.stdout.contains(
                "rows read 1,992: used 1,100, rejected 6, set aside 886 (3 report footer (Grand Totals, Confidential, Copyright lines); 599 closed (won or lost);"
            ), "\(v.stdout)")
        #expect(v.stdout.contains("10 inactive (retired, churned, do not use, left company)"))
    }
}
