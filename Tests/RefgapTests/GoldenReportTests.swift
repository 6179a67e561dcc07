import Foundation
import Testing

/// Tests/Golden/SampleData holds what `refgap run SampleData` writes, committed. This regenerates it
/// and fails on any difference, showing where. To accept a change on purpose: `make golden`, look
/// at the diff, commit.
@Suite("Golden reports")
struct GoldenReportTests {
    @Test func reportsMatchTheCommittedOnes() throws {
        let out = try tempDir()
        let result = try runBinary(["run", "SampleData", "--out", out, "--quiet"], in: repoRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = repoRoot + "/Tests/Golden/SampleData"
        let fm = FileManager.default
        let committed = try files(under: golden).filter { !$0.hasPrefix("png/") }
        let fresh = try files(under: out)
        #expect(committed == fresh, "files differ: committed \(committed), regenerated \(fresh)")
        for name in committed where fresh.contains(name) {
            let a = fm.contents(atPath: "\(golden)/\(name)") ?? Data()
            let b = fm.contents(atPath: "\(out)/\(name)") ?? Data()
            if a != b {
                Issue.record(
                    "Tests/Golden/SampleData/\(name) differs from a fresh run (make golden accepts it):\n\(firstDifference(a, b))"
                )
            }
        }
    }

    @Test func aSecondRunGivesTheSameBytes() throws {
        let one = try tempDir(), two = try tempDir()
        #expect(try runBinary(["run", "SampleData", "--out", one, "--quiet"], in: repoRoot).status == 0)
        #expect(try runBinary(["run", "SampleData", "--out", two, "--quiet"], in: repoRoot).status == 0)
        for name in try files(under: one) {
            #expect(
                FileManager.default.contents(atPath: "\(one)/\(name)")
                    == FileManager.default.contents(atPath: "\(two)/\(name)"), "\(name)")
        }
    }

    func files(under dir: String) throws -> [String] {
        var out: [String] = []
        guard let e = FileManager.default.enumerator(atPath: dir) else { return out }
        for case let path as String in e {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(dir)/\(path)", isDirectory: &isDir), !isDir.boolValue,
                !path.hasPrefix(".")
            {
                out.append(path)
            }
        }
        return out.sorted()
    }

    func firstDifference(_ a: Data, _ b: Data) -> String {
        let x = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let y = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) where (i < x.count ? x[i] : "<end>") != (i < y.count ? y[i] : "<end>") {
            return "line \(i + 1):\n- \(i < x.count ? x[i] : "<end>")\n+ \(i < y.count ? y[i] : "<end>")"
        }
        return "(same lines, different bytes)"
    }
}
