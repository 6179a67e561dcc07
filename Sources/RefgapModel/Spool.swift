import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes written once to an anonymous temporary file and read back later: the rejected rows of a large
/// export past the first thousand per part, as rejects-CSV rows. A wrong export whose every row is
/// rejected then costs disk, not memory. The file leaves the directory as soon as it is made (nothing
/// is left behind, even by a killed run) and is closed when the spool is let go.
package final class Spool: @unchecked Sendable {
    private let fd: Int32
    /// The folder the file was made in, for messages.
    private let dir: String
    /// Bytes not yet written to the file.
    private var pending: [UInt8] = []
    package private(set) var byteCount = 0

    package init() throws {
        let dir = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
        var template = Array((dir + "/refgap-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw Spool.failure(dir: dir) }
        template.withUnsafeBufferPointer { if let path = $0.baseAddress { _ = unlink(path) } }
        self.fd = fd
        self.dir = dir
        pending.reserveCapacity(1 << 16)
    }

    deinit { close(fd) }

    /// Appends bytes; they reach the file in blocks of 64 KiB.
    package func append(_ bytes: [UInt8]) throws {
        pending += bytes
        byteCount += bytes.count
        if pending.count >= 1 << 16 { try flush() }
    }

    /// Everything appended is on file.
    package func flush() throws {
        var offset = 0
        while offset < pending.count {
            let n = pending.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return write(fd, base + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Spool.failure(dir: dir)
            }
            offset += n
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the spool's bytes in order, a block at a time (package-only: the block is
    /// its own buffer, valid only during the call; for the output writer).
    package func forEachBlock(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try flush()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < byteCount {
            let n = pread(fd, buffer.baseAddress, min(buffer.count, byteCount - offset), off_t(offset))
            if n < 0 {
                if errno == EINTR { continue }
                throw Spool.failure(dir: dir)
            }
            if n == 0 { break }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            offset += n
        }
    }

    /// All the bytes (for tests and small spools).
    package func contents() throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(byteCount)
        try forEachBlock { out += $0 }
        return out
    }

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    static func failure(dir: String) -> Failure {
        Failure(
            description:
                "cannot keep the rejected rows in a temporary file in \(dir) (\(String(cString: strerror(errno)))); free some space there, or set TMPDIR to a folder with room"
        )
    }
}
