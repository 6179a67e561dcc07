import Foundation
import Testing
import CSVReader
import RefgapCore
import RefgapModel

/// The bad-input corpus: each case under Tests/Fixtures/bad/ is a valid program (`_base`) with one
/// thing broken; `expect` gives the exit code and the words the message must contain.
@Suite("Bad input corpus")
struct BadInputTests {
    static let root = repoRoot + "/Tests/Fixtures/bad"
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter {
        !$0.hasPrefix("_")
    }.sorted()

    /// A copy of the base program with the case's files laid over it (`X.delete` removes X).
    static func program(_ name: String) throws -> String {
        let fm = FileManager.default
        let dir = try tempDir()
        for f in try fm.contentsOfDirectory(atPath: root + "/_base") {
            try fm.copyItem(atPath: "\(root)/_base/\(f)", toPath: "\(dir)/\(f)")
        }
        for f in try fm.contentsOfDirectory(atPath: "\(root)/\(name)") where f != "expect" {
            if f.hasSuffix(".delete") {
                try fm.removeItem(atPath: "\(dir)/\(f.dropLast(7))")
                continue
            }
            try? fm.removeItem(atPath: "\(dir)/\(f)")
            try fm.copyItem(atPath: "\(root)/\(name)/\(f)", toPath: "\(dir)/\(f)")
        }
        return dir
    }

    @Test(arguments: cases)
    func badInputGetsAClearMessageAndTheDocumentedExitCode(_ name: String) throws {
        let expect = try String(contentsOfFile: "\(Self.root)/\(name)/expect", encoding: .utf8)
        var code: Int32 = -1
        var words: [String] = []
        for line in expect.split(separator: "\n") {
            if line.hasPrefix("exit: ") { code = Int32(line.dropFirst(6)) ?? -1 }
            if line.hasPrefix("words: ") { words = line.dropFirst(7).split(separator: "|").map(String.init) }
        }
        let dir = try Self.program(name)
        let result = try runBinary(["run", dir, "--out", dir + "/out", "--quiet"], in: dir)
        #expect(result.status == code, "\(name): \(result.stderr)")
        for w in words where !w.isEmpty {
            #expect(result.stderr.contains(w), "\(name): «\(w)» not in «\(result.stderr)»")
        }
        for crash in ["Fatal error", "Stack dump", "Segmentation", "internal error"] {
            #expect(!result.stderr.contains(crash), "\(name)")
        }
    }

    /// validate says every file it cannot read at once (a trial fixed the calendar, only to learn of the roster).
    @Test func validateNamesEveryUnreadableFileAtOnce() throws {
        let dir = try Self.program("xlsx-renamed")
        try FileManager.default.removeItem(atPath: dir + "/roster.csv")
        try FileManager.default.copyItem(atPath: Self.root + "/utf16-no-bom/roster.csv", toPath: dir + "/roster.csv")
        let result = try runBinary(["validate", dir], in: dir)
        #expect(result.status == 2)
        let said = result.stdout + result.stderr
        #expect(said.contains("opportunities.csv: error: it is a zip file"), "\(said)")
        #expect(said.contains("roster.csv: error: it is UTF-16"), "\(said)")
    }

    /// Config values past what a program can mean are refused by name before anything is computed
    /// (they used to overflow the capacity sums, the window dates or the number to approach).
    @Test(arguments: [
        "max_uses_per_quarter=9223372036854775807", "windows=[60, 90, 9223372036854775807]", "acceptance_rate=1e-300",
        "idle_days=99999999999", "candidates_per_target=1000001", "concentration_top=-1",
    ])
    func configValuesPastTheirRangeAreRefused(_ setting: String) throws {
        let dir = try Self.program("header-only")
        let result = try runBinary(["run", dir, "--out", dir + "/out", "--quiet", "--set", setting], in: dir)
        let key = String(setting.prefix { $0 != "=" })
        #expect(result.status == 2, "\(setting): \(result.stderr)")
        #expect(result.stderr.contains("--set \(key): error: \(key) must be"), "\(result.stderr)")
        for crash in ["Fatal error", "crashed", "Illegal instruction"] {
            #expect(!result.stderr.contains(crash), "\(setting)")
        }
    }

    /// A setting is read as the export's amounts are (a trial's `--set large_deal_amount='$250,000'`
    /// was refused as "not a number from 0 to 1000000000000000.0").
    @Test func aSettingWrittenAsAnAmountIsReadAsOne() throws {
        let paths = InputPaths.resolve(
            dir: repoRoot + "/SampleData", opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil)
        let config = try Pipeline.config(
            paths, sets: ["large_deal_amount=$250,000", "reference_rate=0,7"], asOf: Day(iso: "2026-11-24"))
        #expect(config.largeDealAmount == 250_000)
        #expect(config.referenceRate == 0.7)
        // The European way: a dot between thousands, a decimal comma (a differential trial's €250.000
        // was read as 250, and 0,125 was refused as 125).
        let european = try Pipeline.config(
            paths, sets: ["large_deal_amount=€250.000", "reference_rate=0,125"], asOf: Day(iso: "2026-11-24"))
        #expect(european.largeDealAmount == 250_000)
        #expect(european.referenceRate == 0.125)
        #expect(throws: (any Error).self) {
            try Pipeline.config(paths, sets: ["large_deal_amount=abc"], asOf: nil)
        }
        do {
            _ = try Pipeline.config(paths, sets: ["large_deal_amount=abc"], asOf: nil)
        } catch {
            #expect("\(error)".contains("from 0 to 1000000000000000, not"), "\(error)")
        }
    }

    /// An export whose every row is rejected (a close date no one can read): past the first thousand,
    /// the rejected rows go to a spool on disk as they are read, and rejects/opportunities.csv still
    /// holds every one of them, in order, with its line.
    @Test func everyRowOfAWrongExportIsInRejectsWithItsLine() throws {
        let dir = try Self.program("header-only")
        var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount\n"
        for i in 0..<3_000 { text += "\(i),\"Deal \(i), \"\"quoted\"\"\",Acme,Prospecting,soon,100\n" }
        try text.write(toFile: dir + "/opportunities.csv", atomically: true, encoding: .utf8)
        // A temporary folder of its own, so no other test's spool can be seen in it.
        let tmp = try tempDir()
        let result = try runBinary(
            ["run", dir, "--out", dir + "/out", "--quiet"], in: dir, environment: ["TMPDIR": tmp])
        #expect(result.status == 3, "\(result.stderr)")
        var lines: [Int] = []
        var names: [String] = []
        try CSVReader(path: dir + "/out/rejects/opportunities.csv").forEachRecord { row in
            guard let line = Int(row.string(0)) else { return }
            lines.append(line)
            names.append(row.string(3))
        }
        #expect(lines == Array(2...3_001))
        #expect(names.last == "Deal 2999, \"quoted\"")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    /// A pipe given as an input (`--opportunities <(curl …)`) is refused with what to do: refgap
    /// reads each input more than once, and the readings would split the stream between them.
    @Test func aPipeAsAnInputIsAClearError() throws {
        let dir = try Self.program("header-only")
        let fifo = dir + "/export.pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try runBinary(["run", dir, "--opportunities", fifo, "--out", dir + "/out"], in: dir)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("export.pipe: error: this is a pipe or a device, not a file"), "\(result.stderr)")
        #expect(result.stderr.contains("save it to a file first"))
    }

    @Test func aHugeFieldAndTenThousandColumnsAreRead() throws {
        let dir = try Self.program("duplicate-headers")
        let big = String(repeating: "x", count: 5 << 20)
        let opps = try String(contentsOfFile: dir + "/opportunities.csv", encoding: .utf8)
        try write(
            opps.replacingOccurrences(of: "Deal A", with: "\"Deal A " + big + "\""), to: dir + "/opportunities.csv")
        let wide = (0..<10_000).map { "Extra \($0)" }.joined(separator: ",")
        let roster = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8).split(separator: "\n")
        try write(
            roster[0] + "," + wide + "\n" + roster[1] + "," + (0..<10_000).map(String.init).joined(separator: ",")
                + "\n", to: dir + "/roster.csv")
        let result = try runBinary(["run", dir, "--out", dir + "/out", "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
