import Foundation
import RefgapIngest
#if canImport(Glibc)
import Glibc
#endif

/// Writes a run's files into the output folder so a failed run leaves the previous reports whole:
/// everything goes to a temporary folder inside it first, then each file is renamed into place. A
/// lock file keeps two runs into the same folder from interleaving: the second waits.
public enum OutputWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(_ files: [(path: String, pieces: [[UInt8]], spools: [Spool])], to out: String, onWait: () -> Void = {}) throws {
        let fm = FileManager.default
        do { try fm.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
            throw Failure(description: "\(out): error: cannot create the output folder (\(reason(error))). Choose another with --out.")
        }
        let lockPath = out + "/.refgap.lock"
        let lock = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard lock >= 0 else {
            throw Failure(description: "\(out): error: the output folder is not writable (\(String(cString: strerror(errno)))). Choose another with --out.")
        }
        defer { close(lock) }
        if flock(lock, LOCK_EX | LOCK_NB) != 0 {
            onWait()
            guard flock(lock, LOCK_EX) == 0 else { throw Failure(description: "\(out): error: cannot lock the output folder") }
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
            try Interruption.shared.writing { try fm.createDirectory(atPath: staging, withIntermediateDirectories: true) }
            for file in files {
                let path = staging + "/" + file.path
                try Interruption.shared.writing {
                    try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try writeFully(file.pieces, spools: file.spools, to: path)
                }
            }
        } catch let f as Failure {
            throw f
        } catch {
            throw Failure(description: "\(out): error: writing the reports failed (\(reason(error))); the previous reports are untouched.")
        }
        Interruption.shared.committing(true)
        defer { Interruption.shared.committing(false) }
        for file in files {
            let target = out + "/" + file.path
            try? fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard rename(staging + "/" + file.path, target) == 0 else {
                throw Failure(description: "\(target): error: cannot replace the file (\(String(cString: strerror(errno)))).")
            }
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

    /// Writes and syncs a file; a full disk or an I/O error is an error, not a short file.
    static func writeFully(_ pieces: [[UInt8]], spools: [Spool] = [], to path: String) throws {
        let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(description: "\(path): error: cannot create (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        func put(_ buffer: UnsafeRawBufferPointer) throws {
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: "writing the reports failed (\(String(cString: strerror(errno)))); the previous reports are untouched.")
                }
                offset += n
            }
        }
        for bytes in pieces { try bytes.withUnsafeBytes { try put($0) } }
        do {
            for spool in spools { try spool.forEachBlock { try put($0) } }
        } catch let e as Spool.Failure {
            throw Failure(description: "writing the reports failed: \(e.description); the previous reports are untouched.")
        }
        guard fsync(fd) == 0 || errno == EINVAL else {
            throw Failure(description: "writing the reports failed (\(String(cString: strerror(errno)))); the previous reports are untouched.")
        }
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// For tests: the write path's behaviour on a full disk.
public enum OutputWriterProbe {
    public static func writeToDevFull() throws { try OutputWriter.writeFully([Array(repeating: 0x41, count: 1 << 16)], to: "/dev/full") }
}
