import Foundation
import Testing
import RefgapIngest
import RefgapModel

/// Every input the fuzzer ever crashed on (Tests/Fixtures/fuzz-crashes) and its seed corpus go
/// through every ingestor: each must give rows or an error, never a crash.
@Suite("Fuzz replay")
struct FuzzReplayTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static let files: [String] = ["fuzz-crashes", "fuzz-corpus"].flatMap { dir in
        ((try? FileManager.default.contentsOfDirectory(atPath: "\(fixtures)/\(dir)")) ?? []).filter {
            !$0.hasPrefix(".")
        }.map { "\(fixtures)/\(dir)/\($0)" }
    }.sorted()

    @Test func replayEveryKeptInput() throws {
        #expect(!Self.files.isEmpty)
        for path in Self.files {
            let config = Config()
            _ = try? Ingest.opportunities(path: path, config: config)
            _ = try? Ingest.calendar(path: path, config: config)
            _ = try? Ingest.roster(path: path, config: config)
            _ = try? Ingest.accounts(path: path, config: config)
            if let data = FileManager.default.contents(atPath: path) {
                _ = try? ConfigLoader.parse(String(decoding: data, as: UTF8.self), path: path)
            }
        }
    }
}
