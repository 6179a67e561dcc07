import CLibCrypto
import RefgapModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SHA-256, for the inputs' fingerprints in run.json: libcrypto's SHA256 functions, which use the
/// CPU's SHA instructions where it has them: on a large export it runs beside the parse and costs
/// about a fifth of a hand-written one. Tests compare it with the FIPS 180-4 vectors.
package final class SHA256 {
    private let context: UnsafeMutablePointer<SHA256_CTX>

    /// libcrypto set up without its exit-time cleanup: a digest still running on its own thread when
    /// the process exits (a run that stops on an error in another input) must not find its state freed.
    private static let setUp: Bool = OPENSSL_init_crypto(UInt64(OPENSSL_INIT_NO_ATEXIT), nil) == 1

    package init() {
        _ = Self.setUp
        context = .allocate(capacity: 1)
        context.initialize(to: SHA256_CTX())
        SHA256_Init(context)
    }

    deinit { context.deallocate() }

    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        SHA256_Update(context, base, bytes.count)
    }

    package func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    /// The 32 bytes of the digest.
    package func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        SHA256_Final(&out, context)
        return out
    }

    package static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// The hex digest of a file, read in 256 KiB chunks.
    package static func hex(ofFile path: String) throws -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputErrorCode.unreadable }
        defer { close(fd) }
        let hasher = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw InputErrorCode.unreadable
            }
            if n == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return hex(hasher.finalize())
    }

    enum InputErrorCode: Error { case unreadable }
}

/// A file's SHA-256, computed beside the reading; `value` waits for it ("" if the file cannot be read).
final class Digest: @unchecked Sendable {
    private let work: Background<String, any Error>
    init(path: String) { work = Background { try SHA256.hex(ofFile: path) } }
    var value: String { (try? work.value()) ?? "" }
}
