import Foundation
import Testing
@testable import RefgapCore
@testable import RefgapRender

/// A small valid program in a temporary folder.
func smallProgram() throws -> String {
    let dir = try tempDir()
    try write(
        """
        Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Industry,Billing State/Province,Billing Country,Employees,Product Family
        1,Deal A,Acme Health,Prospecting,12/15/2026,100000,10,Healthcare,Illinois,United States,500,Cloud Platform
        2,Deal B,Beta Bank,Closed Won,11/01/2026,50000,100,Banking,NY,USA,5000,Analytics
        3,Deal C,Gamma,Negotiation/Review,01/30/2027,300000,90,Healthcare,IL,US,200,Cloud Platform

        """, to: dir + "/opportunities.csv")
    try write(
        """
        Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
        Analyst Relations,Forrester Wave,Analyst interview,2026-12-24,3,Any,,,,

        """, to: dir + "/calendar.csv")
    try write(
        """
        Reference ID,Account Name,Contact Name,Title,Reference Status,Industry,Billing State/Province,Billing Country,Products,Employees,Activities,Last Verified,Uses (Last 90 Days)
        R1,Acme Health,Ann,VP of IT,Active,Healthcare,Illinois,US,Cloud Platform,500,Reference call;Analyst interview,2026-10-01,0

        """, to: dir + "/roster.csv")
    return dir
}

@Suite("Outputs")
struct OutputTests {
    @Test func sameInputsGiveTheSameBytes() throws {
        let dir = try smallProgram()
        let a = try runPipeline(dir), b = try runPipeline(dir)
        #expect(a.files == b.files)
        #expect(
            a.files.map(\.path).sorted() == [
                "gap-report.html", "gap-report.md", "gaps.csv", "history/2026-11-24.json", "plan.csv",
                "priorities.html", "priorities.md",
                "rejects/calendar.csv", "rejects/opportunities.csv", "rejects/roster.csv", "run.json", "targets.csv",
            ])
    }

    @Test func aLongJSONDocumentComesInPiecesThatJoinToTheWholeText() throws {
        let items = (0..<20_000).map { JSON.object([("id", .string("R\($0)")), ("load", .number(Double($0) / 7))]) }
        let lazy = JSON.object([("contacts", .elements(items.count) { items[$0] })])
        let whole = JSON.object([("contacts", .array(items))])
        let pieces = lazy.document()
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.count >= JSON.Output.pieceSize })
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole.text() + "\n")
    }

    @Test func aStreamedJSONDocumentIsHandedOverInPiecesThatJoinToTheDocument() throws {
        let items = (0..<20_000).map { JSON.object([("id", .string("R\($0)")), ("load", .number(Double($0) / 7))]) }
        let lazy = JSON.object([("contacts", .elements(items.count) { items[$0] })])
        var pieces: [[UInt8]] = []
        lazy.stream { pieces.append($0) }
        // Handed over as made: no piece much past the piece size, and several of them.
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.count < JSON.Output.pieceSize + 4096 })
        #expect(Array(pieces.joined()) == Array(lazy.document().joined()))
    }

    @Test func runJSONAndGapsCSVAreWrittenAsTheyAreMadeWithTheSameBytes() throws {
        let dir = try smallProgram()
        let outcome = try runPipeline(dir)
        let written = try runBinary(["run", dir, "--out", dir + "/out", "--as-of", "2026-11-24", "--quiet"], in: dir)
        #expect(written.status == 0)
        for name in ["run.json", "gaps.csv"] {
            let made = try #require(outcome.files.first { $0.path == name })
            #expect(made.pieces.isEmpty && made.stream != nil, "\(name) is made as it is written")
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: dir + "/out/" + name))) == made.bytes, "\(name)")
        }
    }

    @Test func numbersInMachineFilesArePlainDecimalsWithAtMostFourPlaces() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (0.00004, "0"), (0.00005, "0.0001"), (0.005, "0.005"), (0.5, "0.5"), (1, "1"),
            (-1.25, "-1.25"),
            (10, "10"), (100.01, "100.01"), (123456.789012, "123456.789"), (-0.0004, "-0.0004"),
            (1e20, "100000000000000000000"),
            (.nan, "0"), (.infinity, "0"), (1234567.0625, "1234567.0625"), (-2e19, "-20000000000000000000"),
            (1e300, "1e+300"),
        ]
        for (value, text) in cases {
            #expect(Format.plain(value) == text, "\(value)")
        }
        var out: [UInt8] = []
        for n in [0, 7, -7, 1234567890, Int.max, Int.min] {
            out.removeAll()
            Format.appendInteger(n, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(n))
        }
    }

    @Test func markdownKeepsOneBlankLineBetweenBlocksAndNoneAtTheEnd() {
        let cases: [(String, String)] = [
            ("", ""), ("a", "a"), ("a\n", "a\n"), ("a\n\n\n", "a\n"), ("\n\n\na", "\na"),
            ("a\n\n\n\nb\n\nc", "a\n\nb\n\nc"),
            ("| x |\n\n\n\n| y |\n\n", "| x |\n\n| y |\n"), ("\n", ""), ("\n\n", ""),
        ]
        for (input, tidied) in cases {
            #expect(String(decoding: Render.tidy(input), as: UTF8.self) == tidied, "\(input.debugDescription)")
        }
    }

    /// A dimension with thousands of values (a free-text column mapped to industry) keeps the heatmap
    /// a chart: the rows with the most demand, then one "other" row for the rest, same totals.
    @Test func theHeatmapFoldsTheSmallestOfManyRowsIntoOne() {
        let cells = (0..<30).map { i in
            Charts.Cell(row: "Industry \(i)", column: i % 2 == 0 ? "EMEA" : "AMER", demand: Double(i + 1), covered: 1)
        }
        let svg = Charts.heatmap(cells, rowTitle: "Industry", columnTitle: "Region")
        #expect(svg.contains("Other industry (11)"))
        #expect(svg.contains(">Industry 29<") && svg.contains(">Industry 11<"))
        #expect(!svg.contains(">Industry 10<"))
        let few = Charts.heatmap(Array(cells.prefix(5)), rowTitle: "Industry", columnTitle: "Region")
        #expect(!few.contains("Other"))
        #expect(few.contains(">Industry 0<"))
    }

    /// Thousands of distinct values in a dimension mean the wrong column was read for it: the data
    /// quality section asks, instead of listing twelve of them.
    @Test func aDimensionWithThousandsOfValuesIsQuestioned() throws {
        let dir = try smallProgram()
        var opps = "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Industry\n"
        for i in 0..<1_200 { opps += "\(i),Deal \(i),Acme,Prospecting,12/15/2026,1000,Note \(i)\n" }
        try write(opps, to: dir + "/opportunities.csv")
        let report = file(try runPipeline(dir), "gap-report.md")
        #expect(report.contains("industry has 1200 values no built-in synonym knows"))
        #expect(report.contains("is the column read as industry the right one?"))
    }

    /// A scheduler reads run.json, not the terminal: each input's warnings are in it with its notes.
    @Test func runJSONCarriesEachInputsWarnings() throws {
        let dir = try smallProgram()
        try write(
            "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount\n1,Deal A,Acme Health,Prospecting,12/15/2026,GBP 100000\n",
            to: dir + "/opportunities.csv")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(file(try runPipeline(dir), "run.json").utf8)) as? [String: Any])
        let inputs = try #require(json["inputs"] as? [String: [String: Any]])
        let warnings = try #require(inputs["opportunities"]?["warnings"] as? [String])
        #expect(
            warnings.contains { $0.hasPrefix("1 amount in GBP (100,000 in all) was read as USD, unconverted") })
    }

    @Test func machineFilesHaveTheSpecColumnsAndKeys() throws {
        let outcome = try runPipeline(try smallProgram())
        #expect(
            file(outcome, "gaps.csv").hasPrefix(
                "window,kind,need,team,due,activity,industry,region,product,size,demand,covered,gap,priority"))
        #expect(
            file(outcome, "targets.csv").hasPrefix(
                "rank,activity,industry,region,product,size,recruits,gap,deadline,score,candidates"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(file(outcome, "run.json").utf8)) as? [String: Any])
        for key in ["as_of", "windows", "inputs", "totals", "eligible_contacts", "config"] {
            #expect(json[key] != nil, "run.json lacks \(key)")
        }
        let inputs = try #require(json["inputs"] as? [String: [String: Any]])
        for (_, input) in inputs {
            for key in [
                "path", "bytes", "sha256", "rows_read", "rows_used", "rows_rejected", "rows_set_aside", "warnings",
                "notes",
            ] {
                #expect(input[key] != nil)
            }
            let read = input["rows_read"] as? Int ?? -1
            let sum =
                (input["rows_used"] as? Int ?? 0) + (input["rows_rejected"] as? Int ?? 0)
                + (input["rows_set_aside"] as? Int ?? 0)
            #expect(read == sum)
        }
        let totals = try #require(json["totals"] as? [String: Any])
        for key in ["demand", "covered", "gap", "pipeline", "weighted_pipeline"] { #expect(totals[key] != nil) }
        #expect(json["as_of"] as? String == "2026-11-24")
    }

    @Test func aFailedRunLeavesThePreviousReportsWhole() throws {
        let dir = try smallProgram()
        let out = try tempDir() + "/reports"
        let first = try runBinary(["run", dir, "--out", out, "--as-of", "2026-11-24", "--quiet"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(out)
        #expect(before.count >= 10)
        // Break the roster: a required column disappears.
        try write("Reference ID,Account Name\nR1,Acme\n", to: dir + "/roster.csv")
        let second = try runBinary(["run", dir, "--out", out, "--as-of", "2026-11-24"], in: dir)
        #expect(second.status == 2)
        #expect(second.stderr.contains("roster.csv: error: no column for the required field \"status\""))
        #expect(try snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).allSatisfy { !$0.hasPrefix(".refgap-tmp") })
    }

    /// A folder with a report file's name is the user's: the run stops before any report is replaced.
    @Test func aFolderWithAReportsNameStopsTheRunBeforeAnyReportIsReplaced() throws {
        let dir = try smallProgram()
        let out = try tempDir() + "/reports"
        let first = try runBinary(["run", dir, "--out", out, "--as-of", "2026-11-24", "--quiet"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let blocker = out + "/rejects/roster.csv"
        try FileManager.default.removeItem(atPath: blocker)
        try FileManager.default.createDirectory(atPath: blocker + "/kept", withIntermediateDirectories: true)
        let before = try snapshot(out)
        let second = try runBinary(["run", dir, "--out", out, "--as-of", "2026-12-01"], in: dir)
        #expect(second.status == 2)
        #expect(second.stderr.contains("rejects/roster.csv: error: a folder has the name of a report file"))
        #expect(try snapshot(out) == before)
        #expect(FileManager.default.fileExists(atPath: blocker + "/kept"))
        #expect(!FileManager.default.fileExists(atPath: out + "/history/2026-12-01.json"))
    }

    /// A rename that fails after others succeeded (a new-user trial's read-only `rejects/` left the
    /// second week's reports beside the first week's rejects) puts back every file it replaced: here
    /// the last staged file is missing, a real failure of the real rename.
    @Test func aRenameThatFailsPutsBackTheFilesReplacedBeforeIt() throws {
        let out = try tempDir()
        let staging = out + "/.refgap-tmp-test"
        let fm = FileManager.default
        try fm.createDirectory(atPath: out + "/rejects", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: staging + "/rejects", withIntermediateDirectories: true)
        try write("old report\n", to: out + "/gap-report.md")
        try write("old rejects\n", to: out + "/rejects/roster.csv")
        try write("new report\n", to: staging + "/gap-report.md")
        try write("new, first run\n", to: staging + "/plan.csv")
        let paths = ["gap-report.md", "plan.csv", "rejects/roster.csv"]
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.commit(paths, from: staging, to: out) }
        #expect(try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8) == "old report\n")
        #expect(try String(contentsOfFile: out + "/rejects/roster.csv", encoding: .utf8) == "old rejects\n")
        #expect(!fm.fileExists(atPath: out + "/plan.csv"), "a file new in this run is taken away again")
        // With every file staged, all are replaced.
        try write("new rejects\n", to: staging + "/rejects/roster.csv")
        try write("new report\n", to: staging + "/gap-report.md")
        try write("new, first run\n", to: staging + "/plan.csv")
        try OutputWriter.commit(paths, from: staging, to: out)
        #expect(try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8) == "new report\n")
        #expect(try String(contentsOfFile: out + "/rejects/roster.csv", encoding: .utf8) == "new rejects\n")
        #expect(try String(contentsOfFile: out + "/plan.csv", encoding: .utf8) == "new, first run\n")
    }

    @Test func anUnwritableOutputFolderIsAClearError() throws {
        let dir = try smallProgram()
        let result = try runBinary(
            ["run", dir, "--out", "/proc/refgap-cannot-write-here", "--as-of", "2026-11-24"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("/proc/refgap-cannot-write-here: error:"))
    }

    func snapshot(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: dir) else { return out }
        for case let path as String in e {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: dir + "/" + path, isDirectory: &isDir), !isDir.boolValue,
                !path.hasPrefix(".refgap.lock")
            {
                out[path] = fm.contents(atPath: dir + "/" + path)
            }
        }
        return out
    }
}

@Suite("Outputs under stress")
struct StressTests {
    @Test func aFullDiskIsAnErrorNotAShortFile() throws {
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter.writeFully([Array(repeating: 0x41, count: 1 << 16)], to: "/dev/full")
        }
    }

    @Test func twoRunsIntoOneFolderDoNotInterleave() throws {
        let dir = try smallProgram()
        let out = try tempDir() + "/reports"
        let processes = try (0..<2).map { _ -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: refgapBinary())
            p.arguments = ["run", dir, "--out", out, "--quiet", "--as-of", "2026-11-24"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in processes {
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains { $0.hasPrefix(".refgap-tmp") })
        #expect(
            file(try runPipeline(dir), "gap-report.md")
                == (try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8)))
    }

    @Test func anInterruptedRunLeavesNoTemporaryFilesAndWholeReports() throws {
        let out = try tempDir() + "/reports"
        #expect(try runBinary(["run", "SampleData", "--out", out, "--quiet"], in: repoRoot).status == 0)
        let before = try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8)
        // A killed run's staging folder from a process that no longer exists is cleaned up too.
        try FileManager.default.createDirectory(atPath: out + "/.refgap-tmp-999999", withIntermediateDirectories: true)
        for delay in [0.0, 0.05, 0.1, 0.2] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: refgapBinary())
            p.arguments = ["run", "SampleData", "--out", out, "--quiet", "--as-of", "2026-12-01"]
            p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
            let stderr = Pipe()
            p.standardError = stderr
            // A file renamed into place is a new inode: whether this run replaced the reports.
            func inode() throws -> Int {
                (try FileManager.default.attributesOfItem(atPath: out + "/run.json")[.systemFileNumber] as? Int) ?? -1
            }
            let inodeBefore = try inode()
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            p.terminate()
            p.waitUntilExit()
            let said = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let names = try FileManager.default.contentsOfDirectory(atPath: out)
            #expect(
                !names.contains { $0.hasPrefix(".refgap-tmp-") && $0 != ".refgap-tmp-999999" },
                "after \(delay)s: \(names)")
            // Whole: every file from the first run, or every file from the interrupted one, never a mix.
            let now = try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8)
            let json = try String(contentsOfFile: out + "/run.json", encoding: .utf8)
            let newRun = now.contains("As of 2026-12-01")
            #expect(now == before || newRun)
            #expect(json.contains("\"as_of\": \"2026-12-01\"") == newRun)
            // What an interrupted run says matches what it left: the old reports, or all the new ones.
            if p.terminationStatus == 143 {
                let replaced = try inode() != inodeBefore
                #expect(said.contains("the previous reports are untouched") == !replaced, "after \(delay)s: \(said)")
                #expect(said.contains("the new reports were all written") == replaced, "after \(delay)s: \(said)")
            }
        }
        #expect(try runBinary(["run", "SampleData", "--out", out, "--quiet"], in: repoRoot).status == 0)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: out)).contains(".refgap-tmp-999999"))
    }
}

@Suite("History")
struct HistoryTests {
    /// The gap as the run's headline printed it (`Format.refsGap` of run.json's totals).
    static func totalGap(_ out: String) throws -> String {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/run.json")))
                as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Any])
        return Format.refsGap(
            demand: try #require(totals["demand"] as? Double), covered: try #require(totals["covered"] as? Double))
    }

    @Test func theNextRunShowsEachSegmentsChange() throws {
        let out = try tempDir() + "/reports"
        #expect(try runBinary(["run", "SampleData", "--out", out, "--quiet"], in: repoRoot).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/history/2026-11-24.json"))
        let first = try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8)
        #expect(!first.contains("Change since"))
        let gapBefore = try Self.totalGap(out)
        // A week later, with a lower reference rate: gaps shrink, and the report says by how much.
        let later = try runBinary(
            ["run", "SampleData", "--out", out, "--quiet", "--as-of", "2026-12-01", "--set", "reference_rate=0.5"],
            in: repoRoot)
        #expect(later.status == 0, "\(later.stderr)")
        let second = try String(contentsOfFile: out + "/gap-report.md", encoding: .utf8)
        #expect(second.contains("## Change since the run of 2026-11-24"))
        // The whole program's change comes first, with the two runs' total gaps (a trial's section named
        // neither, nor how many of its changed segments the table left out).
        let gapAfter = try Self.totalGap(out)
        #expect(
            second.contains(
                "In all, the gap went from \(gapBefore) to \(gapAfter) references ("),
            "\(gapBefore) → \(gapAfter)")
        #expect(second.contains("segments' gaps changed; the 30 largest changes are shown"))
        // The same figure as the lead's (a check found 284.6 here beside the lead's 284.7).
        #expect(second.contains("\(gapAfter) are missing."))
        #expect(second.contains("| Segment | Gap then | Gap now | Change |"))
        #expect(FileManager.default.fileExists(atPath: out + "/history/2026-12-01.json"))
        // Every change row's figures add up: now − then = change.
        let rows = second.components(separatedBy: "## Change since")[1].components(separatedBy: "## ")[0]
            .split(separator: "\n").filter {
                $0.hasPrefix("| ") && !$0.hasPrefix("| Segment") && !$0.hasPrefix("| ---")
            }
        #expect(!rows.isEmpty)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, let then = Double(cells[1].replacingOccurrences(of: ",", with: "")),
                let now = Double(cells[2].replacingOccurrences(of: ",", with: "")),
                let change = Double(
                    cells[3].replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "+", with: ""))
            else {
                Issue.record("unreadable row \(row)")
                continue
            }
            #expect(abs(now - then - change) < 0.11, "\(row)")
        }
    }
}

/// The HTML reports carry a Content-Security-Policy that allows no script, no network and no frame:
/// a slip in escaping can never run code or call out.
@Suite("Content-Security-Policy")
struct ContentSecurityPolicyTests {
    @Test func eachHTMLReportForbidsScriptsAndTheNetwork() throws {
        let outcome = try runPipeline(repoRoot + "/SampleData")
        for name in ["gap-report.html", "priorities.html"] {
            let html = file(outcome, name)
            #expect(
                html.contains(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                ), "\(name)")
            #expect(!html.lowercased().contains("<script"), "\(name)")
            // XML namespaces name a URL without loading it; nothing else may.
            let urls = html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").replacingOccurrences(
                of: "http://www.w3.org/1999/xhtml", with: "")
            #expect(!urls.contains("http://") && !urls.contains("https://"), "\(name) names a URL")
        }
    }
}
