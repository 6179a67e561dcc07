import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder this test process keeps its temporary files in, removed when the process exits, whether
/// the tests passed or failed: a run of the suite leaves nothing behind in the system's temporary
/// folder (it left a folder per test, 199 a run, on a CI machine that keeps /tmp).
package enum TestScratch {
    package static let path: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("refgap-tests-\(getpid())-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestScratch.path) }
        return path
    }()

    /// A new, empty folder inside it.
    package static func folder() throws -> URL {
        let url = URL(fileURLWithPath: path).appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
