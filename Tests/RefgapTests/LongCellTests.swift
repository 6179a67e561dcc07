import Foundation
import Testing
import CSVReader
@testable import RefgapCore
import RefgapModel
@testable import RefgapRender

/// A huge cell (a pasted document, a broken export) is cut where it is echoed for people, and kept
/// whole in rejects/ and the machine files.
@Suite("Long cells")
struct LongCellTests {
    static let megabyte = String(repeating: "x", count: 1 << 20)

    /// The sample-shaped program of the hostile tests, plus one rejected row whose close date and
    /// name are 1 MB each, and one used row whose account, industry and product are 1 MB each.
    func program() throws -> String {
        let dir = try HostileStringTests().hostileProgram(["Acme Health", "Beta Bank"])
        let big = "B" + Self.megabyte
        var opps = try String(contentsOfFile: dir + "/opportunities.csv", encoding: .utf8)
        opps += "L1,\(big),Acme,o,Prospecting,\(Self.megabyte),5000,50,,,,,,\n"
        opps += "L2,Deal,\(big),o,Prospecting,12/20/2026,5000,50,\(big),US,US,500,\(big),\n"
        try write(opps, to: dir + "/opportunities.csv")
        return dir
    }

    @Test func reportsStaySmallAndRejectsKeepTheRowWhole() throws {
        let outcome = try runPipeline(try program())
        for name in ["gap-report.md", "gap-report.html", "priorities.md", "priorities.html"] {
            let text = file(outcome, name)
            #expect(!text.isEmpty, "\(name) missing")
            #expect(text.utf8.count < 200_000, "\(name) is \(text.utf8.count) bytes")
        }
        let md = file(outcome, "gap-report.md")
        #expect(
            md.contains("close date \"" + String(repeating: "x", count: Clip.valueLength) + "…\" is not a date"),
            "the reason quotes the cut value")
        let rejects = file(outcome, "rejects/opportunities.csv")
        #expect(rejects.contains(Self.megabyte + ","), "rejects/ keeps the close date whole")
        #expect(rejects.contains("B" + Self.megabyte), "rejects/ keeps the name whole")
    }

    @Test func terminalMessagesStaySmall() throws {
        let dir = try program()
        let validated = try runBinary(["validate", dir], in: dir)
        #expect(
            validated.stdout.utf8.count + validated.stderr.utf8.count < 50_000,
            "validate printed \(validated.stdout.utf8.count) bytes")
        #expect(validated.stdout.contains("…\" is not a date"), "\(validated.stdout.prefix(2000))")
        // A 1 MB header: the error names it, cut.
        try write(
            "Opportunity ID,\(Self.megabyte),Account Name,Stage,Amount\n1,x,y,Prospecting,5\n",
            to: dir + "/opportunities.csv")
        let failed = try runBinary(["run", dir, "--out", dir + "/out"], in: dir)
        #expect(failed.status == 2)
        #expect(failed.stderr.utf8.count < 50_000, "the error is \(failed.stderr.utf8.count) bytes")
        let inspected = try runBinary(["inspect", dir + "/opportunities.csv"], in: dir)
        #expect(inspected.stdout.utf8.count < 50_000)
    }

    @Test func cutsWholeCharactersBeforeEscaping() {
        #expect(Clip.text("short") == "short")
        let exact = String(repeating: "é", count: Clip.valueLength)
        #expect(Clip.text(exact) == exact)
        #expect(Clip.text(exact + "!") == exact + "…")
        // A family emoji is one Character of seven scalars; a letter with a combining accent, one of two.
        let family = "👨\u{200D}👩\u{200D}👧"
        let families = Clip.text(String(repeating: family, count: 30), to: 10)
        #expect(families == String(repeating: family, count: 10) + "…")
        #expect(Clip.text(String(repeating: "e\u{301}", count: 150)) == String(repeating: "e\u{301}", count: 100) + "…")
        // 200 overrides: cut to 100 before escaping, so every escape is whole.
        let shown = Escape.markdownCell(Clip.text(String(repeating: "\u{202E}", count: 200)))
        #expect(shown == String(repeating: "\\u{202E}", count: 100) + "…")
        // One Character of a million combining marks: cut between scalars, at 1 KB.
        let bomb = "a" + String(repeating: "\u{301}", count: 1 << 20)
        let cut = Clip.text(bomb)
        #expect(cut.utf8.count <= 1_024 + 3 && cut.unicodeScalars.first == "a" && cut.hasSuffix("…"))
        // Past 1 KB of whole Characters, fewer than the limit.
        let wide = Clip.text(String(repeating: family, count: 100))
        #expect(wide.utf8.count <= 1_024 + 3 && wide.hasSuffix(family + "…"))
        // A prepended mark (U+0605) before a control stands alone, but would join a `…` after it: it is
        // dropped rather than take the `…` into its Character (the values fuzzer's find).
        let mark = Clip.text("+z1\u{0605}\u{0}abc", to: 4)
        #expect(mark == "+z1…" && mark.hasSuffix("…"))
        #expect(Clip.text(String(repeating: "\u{0605}\u{0}", count: 3), to: 1) == "…")
    }
}
