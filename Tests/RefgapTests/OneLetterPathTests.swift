import Foundation
import Testing
import RefgapModel

/// Paths of one character: Foundation's `lastPathComponent` and `deletingLastPathComponent` (6.3.1)
/// stop the process with an illegal instruction on them, and `refgap run P --out o` did.
@Suite("One-letter paths")
struct OneLetterPathTests {
    @Test(arguments: [
        ("o", "", "o"), ("a/b", "a", "b"), ("a/b/", "a", "b"), ("/a", "/", "a"), ("/", "/", "/"),
        ("reports/2026-12-01", "reports", "2026-12-01"), ("x//y", "x", "y"), ("", "", ""),
    ])
    func aPathSplitsAsNSStringSplitsIt(_ path: String, _ parent: String, _ last: String) {
        #expect(PathText.parent(path) == parent)
        #expect(PathText.lastComponent(path) == last)
    }

    @Test func aRunIntoAOneLetterFolderFromAOneLetterFolderWritesItsReports() throws {
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/p", withIntermediateDirectories: true)
        for name in ["opportunities.csv", "calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/p/" + name)
        }
        let r = try runBinary(["run", "p", "--out", "o", "--quiet", "--as-of", "2026-12-01"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/o/run.json"))
    }
}
