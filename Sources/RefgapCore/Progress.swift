import Foundation
import RefgapModel
import RefgapIngest

/// The progress line on standard error for long inputs: bytes read of total, rate, time left. Only
/// on a terminal and for files over 8 MB; at most four updates a second.
package final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var started: [String: Date] = [:]
    private var lastPrint = Date.distantPast
    private var shown = false

    package init() {}

    /// nil when standard error is not a terminal or `quiet` is set: then nothing is printed.
    package static func handler(quiet: Bool) -> ProgressHandler? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let line = ProgressLine()
        return { path, done, total in line.update(path: path, done: done, total: total) }
    }

    func update(path: String, done: Int, total: Int) {
        guard total > 8 << 20 else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let start = started[path] ?? now
        started[path] = start
        guard done >= total || now.timeIntervalSince(lastPrint) >= 0.25 else { return }
        lastPrint = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let mb = { (b: Int) in String(format: "%.0f", Double(b) / 1_048_576) }
        var text =
            "\rReading \(PathText.lastComponent(path)): \(mb(done)) of \(mb(total)) MB (\(Int(Double(done) * 100 / Double(max(total, 1))))%), \(mb(Int(rate))) MB/s, \(Int(left.rounded())) s left   "
        if done >= total { text += "\n" }
        FileHandle.standardError.write(Data(text.utf8))
        shown = true
    }
}
