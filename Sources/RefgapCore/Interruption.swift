import Dispatch
import Foundation

/// On SIGINT or SIGTERM, removes the staging folder of a write in progress (the previous reports are
/// untouched: files are only renamed into place once all are written) and exits 130 or 143.
package final class Interruption: @unchecked Sendable {
    package static let shared = Interruption()
    private let lock = NSLock()
    private var staging: String?
    private var committing = false
    private var pending: Int32?
    /// Every new report is in place: a signal now can only say so.
    private var written = false
    private var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once at start-up.
    package func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in self?.interrupted(sig) }
            source.resume()
            sources.append(source)
        }
    }

    /// The folder to remove if interrupted now (nil when no write is in progress).
    func cleanUp(_ path: String?) {
        lock.lock()
        staging = path
        lock.unlock()
    }

    /// While files are renamed into place a signal waits, so the reports are all old or all new.
    func committing(_ on: Bool) {
        lock.lock()
        committing = on
        let sig = on ? nil : pending
        lock.unlock()
        if let sig { interrupted(sig) }
    }

    /// The new reports are all in place (called once the last one is renamed).
    func reportsWritten() {
        lock.lock()
        written = true
        lock.unlock()
    }

    /// Runs `body` (writing one file into the staging folder) where a signal cannot cut in: the handler
    /// waits for it, so it never removes the folder while a file is being added to it (which left the
    /// folder behind, half removed).
    func writing<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func interrupted(_ sig: Int32) {
        lock.lock()
        if committing {
            pending = sig
            lock.unlock()
            return
        }
        // The lock stays held to the exit: no file is written into the folder once its removal starts.
        if let path = staging { try? FileManager.default.removeItem(atPath: path) }
        let what = written ? "the new reports were all written first" : "the previous reports are untouched"
        FileHandle.standardError.write(Data("refgap: interrupted; \(what).\n".utf8))
        exit(128 + sig)
    }
}
