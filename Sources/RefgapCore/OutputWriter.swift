import CFileSync
import Foundation
import RefgapIngest
import RefgapModel
#if canImport(Glibc)
    import Glibc
#endif

/// Writes a run's files into the output folder so a failed run leaves the previous reports whole:
/// everything goes to a temporary folder inside it first, then each file is renamed into place. A
/// lock file keeps two runs into the same folder from interleaving: the second waits.
package enum OutputWriter {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// One file to write: its path in the output folder, its bytes (pieces, spooled blocks, or a stream
    /// that makes them) and its weight (heavier files start first).
    package typealias File = (
        path: String, pieces: [[UInt8]], spools: [Spool], stream: (@Sendable (([UInt8]) -> Void) -> Void)?,
        weight: Int
    )

    /// `stream`: a file made as it is written (its bytes handed over piece by piece), else nil.
    /// `replacing`: names of files an earlier run may have left that this one does not write; they are
    /// taken away with the previous versions once every new file is in place.
    package static func write(
        _ files: [File],
        to out: String, replacing: [String] = [], onWait: () -> Void = {}
    ) throws {
        let fm = FileManager.default
        do { try fm.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
            // A file where a folder of the path should be: Foundation says only "error 512".
            var folder = out
            while !folder.isEmpty && folder != "/" {
                var isFolder: ObjCBool = false
                if fm.fileExists(atPath: folder, isDirectory: &isFolder) && !isFolder.boolValue {
                    throw Failure(
                        description:
                            "\(out): error: cannot create the output folder: \(folder) is a file, not a folder. Choose another with --out."
                    )
                }
                folder = PathText.parent(folder)
            }
            throw Failure(
                description:
                    "\(out): error: cannot create the output folder (\(reason(error))). Choose another with --out.")
        }
        let lockPath = out + "/.refgap.lock"
        let lock = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard lock >= 0 else {
            throw Failure(
                description:
                    "\(out): error: the output folder is not writable (\(String(cString: strerror(errno)))). Choose another with --out."
            )
        }
        defer { close(lock) }
        if flock(lock, LOCK_EX | LOCK_NB) != 0 {
            onWait()
            guard flock(lock, LOCK_EX) == 0 else {
                throw Failure(description: "\(out): error: cannot lock the output folder")
            }
        }
        defer { _ = flock(lock, LOCK_UN) }

        removeAbandonedStaging(in: out)
        let staging = out + "/.refgap-tmp-\(getpid())"
        try? fm.removeItem(atPath: staging)
        Interruption.shared.cleanUp(staging)
        defer {
            try? fm.removeItem(atPath: staging)
            Interruption.shared.cleanUp(nil)
        }
        do {
            try Interruption.shared.writing {
                try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            }
            var made: Set<String> = [staging]
            for file in files {
                let folder = PathText.parent(staging + "/" + file.path)
                try Interruption.shared.writing {
                    if made.insert(folder).inserted {
                        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    }
                }
            }
            try writeInParallel(files, into: staging)
            // All synced at once: the file system commits them together rather than one by one.
            try Interruption.shared.writing { try syncAll(files.map { staging + "/" + $0.path }) }
        } catch let f as Failure {
            throw f
        } catch {
            throw Failure(
                description:
                    "\(out): error: writing the reports failed (\(reason(error))); the previous reports are untouched.")
        }
        Interruption.shared.committing(true)
        defer { Interruption.shared.committing(false) }
        try commit(files.map(\.path), from: staging, to: out)
        // The earlier run's files this one did not write go with the previous versions (the staging
        // folder is removed): best effort, after every new file is in place.
        let written = Set(files.map(\.path))
        for (i, name) in replacing.enumerated() where !written.contains(name) && fm.fileExists(atPath: out + "/" + name)
        {
            _ = rename(out + "/" + name, staging + "/.previous/stale-\(i)")
        }
        Interruption.shared.reportsWritten()
    }

    /// Moves the staged files into place, all or none. First every folder they go to is made and
    /// checked writable (a read-only `rejects/` once stopped a run after the reports were replaced and
    /// before the rejects were); then each file replaces its previous version, which is kept in the
    /// staging folder until all are in place, so a rename that still fails puts back every file
    /// replaced before it.
    static func commit(_ paths: [String], from staging: String, to out: String) throws {
        let fm = FileManager.default
        var folders: [String] = []
        for path in paths {
            let folder = PathText.parent(out + "/" + path)
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders {
            try? fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard access(folder, W_OK | X_OK) == 0 else {
                throw Failure(
                    description:
                        "\(folder): error: cannot write into this folder (\(String(cString: strerror(errno)))); the previous reports are untouched. Make it writable, or choose another folder with --out."
                )
            }
        }
        // A folder where a file goes is the user's, not a previous report: it is never moved aside.
        for path in paths {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: out + "/" + path, isDirectory: &isFolder), isFolder.boolValue {
                throw Failure(
                    description:
                        "\(out)/\(path): error: a folder has the name of a report file; the previous reports are untouched. Move or rename the folder, or choose another folder with --out."
                )
            }
        }
        let previous = staging + "/.previous"
        try? fm.createDirectory(atPath: previous, withIntermediateDirectories: true)
        // Per file moved: where its previous version was kept, or nil when it had none.
        var moved: [(target: String, kept: String?)] = []
        func putBack() {
            for m in moved.reversed() {
                if let kept = m.kept { _ = rename(kept, m.target) } else { _ = unlink(m.target) }
            }
        }
        for (i, path) in paths.enumerated() {
            let target = out + "/" + path
            var kept: String? = nil
            if fm.fileExists(atPath: target) {
                let place = previous + "/\(i)"
                guard rename(target, place) == 0 else {
                    let reason = String(cString: strerror(errno))
                    putBack()
                    throw Failure(
                        description:
                            "\(target): error: cannot replace the file (\(reason)); the previous reports are untouched."
                    )
                }
                kept = place
            }
            guard rename(staging + "/" + path, target) == 0 else {
                let reason = String(cString: strerror(errno))
                if let kept { _ = rename(kept, target) }
                putBack()
                throw Failure(
                    description:
                        "\(target): error: cannot replace the file (\(reason)); the previous reports are untouched.")
            }
            moved.append((target, kept))
        }
    }

    /// The files written into the staging folder two at a time, the heaviest first (run.json, then the
    /// reports: they are made as they are written), so the cores finish together.
    /// Each open, write and close holds the interruption lock on its own, so a signal waits for one
    /// write, not for a whole file. The error is the first failing file's, in the files' order.
    static func writeInParallel(
        _ files: [File],
        into staging: String
    ) throws {
        let order = files.indices.sorted {
            files[$0].weight != files[$1].weight ? files[$0].weight > files[$1].weight : $0 < $1
        }
        let errors = ErrorSlots(count: files.count)
        let jobs = files
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let file = jobs[order[k]]
            do {
                try writeFully(
                    file.pieces, stream: file.stream, spools: file.spools, to: staging + "/" + file.path, sync: false,
                    interruption: .shared)
            } catch {
                errors.set(order[k], error)
            }
        }
        if let first = errors.first { throw first }
    }

    /// Each file's error, set by the thread that writes (or syncs) it; the first in the files' order.
    private final class ErrorSlots: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [Error?]
        init(count: Int) { errors = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ error: Error) {
            lock.lock()
            errors[i] = error
            lock.unlock()
        }
        var first: Error? {
            lock.lock()
            defer { lock.unlock() }
            return errors.lazy.compactMap { $0 }.first
        }
    }

    /// Staging folders left by runs that were killed (their process is gone) are removed.
    static func removeAbandonedStaging(in out: String) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: out)) ?? [] where name.hasPrefix(".refgap-tmp-") {
            guard let pid = Int32(name.dropFirst(".refgap-tmp-".count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? fm.removeItem(atPath: out + "/" + name) }
        }
    }

    /// Syncs the files at once, each on its own thread; the first failure is the error.
    static func syncAll(_ paths: [String]) throws {
        let failures = ErrorSlots(count: paths.count)
        let group = DispatchGroup()
        for (i, path) in paths.enumerated() {
            DispatchQueue.global().async(group: group) {
                let fd = open(path, O_RDONLY)
                let code: Int32? =
                    fd < 0 ? errno : (fsync(fd) != 0 && errno != EINVAL ? errno : nil)
                if fd >= 0 { close(fd) }
                guard let code else { return }
                failures.set(
                    i,
                    Failure(
                        description:
                            "\(path): error: writing the reports failed (\(String(cString: strerror(code)))); the previous reports are untouched."
                    ))
            }
        }
        group.wait()
        if let first = failures.first { throw first }
    }

    /// Writes a file, and syncs it unless `sync` is false (the caller syncs it); a full disk or an I/O
    /// error is an error, not a short file.
    static func writeFully(
        _ pieces: [[UInt8]], stream: ((([UInt8]) -> Void) -> Void)? = nil, spools: [Spool] = [], to path: String,
        sync: Bool = true, interruption: Interruption? = nil
    ) throws {
        // Each step on the staging folder under the interruption lock, when there is one.
        func guarded<T>(_ body: () throws -> T) rethrows -> T {
            guard let interruption else { return try body() }
            return try interruption.writing(body)
        }
        let fd = guarded { open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        guard fd >= 0 else {
            throw Failure(description: "\(path): error: cannot create (\(String(cString: strerror(errno))))")
        }
        defer { _ = guarded { close(fd) } }
        // Unsynced files start going to disk every few MiB and once written, while the rest are still
        // made: the one fsync of them all then waits for less (a 67 MB run.json took ~80 ms of it).
        var unflushed = 0
        func put(_ buffer: UnsafeRawBufferPointer) throws {
            guard let base = buffer.baseAddress else { return }
            unflushed += buffer.count
            if !sync && unflushed >= Self.writebackBytes {
                _ = refgap_start_writeback(fd)
                unflushed = 0
            }
            var offset = 0
            while offset < buffer.count {
                let n = guarded { Glibc.write(fd, base + offset, buffer.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(
                        description:
                            "writing the reports failed (\(String(cString: strerror(errno)))); the previous reports are untouched."
                    )
                }
                offset += n
            }
        }
        for bytes in pieces { try bytes.withUnsafeBytes { try put($0) } }
        if let stream {
            // The sink cannot throw: the first failure stops the writing and is thrown once it returns.
            var failure: Error? = nil
            stream { piece in
                guard failure == nil else { return }
                do { try piece.withUnsafeBytes { try put($0) } } catch { failure = error }
            }
            if let failure { throw failure }
        }
        do {
            for spool in spools { try spool.forEachBlock { try put($0) } }
        } catch let e as Spool.Failure {
            throw Failure(
                description: "writing the reports failed: \(e.description); the previous reports are untouched.")
        }
        if !sync { _ = refgap_start_writeback(fd) }
        guard !sync || fsync(fd) == 0 || errno == EINVAL else {
            throw Failure(
                description:
                    "writing the reports failed (\(String(cString: strerror(errno)))); the previous reports are untouched."
            )
        }
    }

    /// How much of an unsynced file is written before its writeback is started again.
    static let writebackBytes = 4 << 20

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
