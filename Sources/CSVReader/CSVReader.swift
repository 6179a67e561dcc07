import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming CSV reader over libcsv.
///
/// It reads the file in large chunks (never the whole file), detects the delimiter from the header line,
/// strips a UTF-8 byte-order mark, transcodes UTF-16 (with a byte-order mark) to UTF-8, and gives every
/// record the line number it starts on. Records are handed out after each chunk has been parsed, as
/// ``CSVRow`` views that are valid only inside the closure: strings are made only for the fields a
/// caller asks for.
package final class CSVReader {
    package struct Options: Sendable {
        /// Bytes read per `read(2)`; 1 MiB by default.
        package var chunkSize: Int = 1 << 20
        /// Force a delimiter instead of detecting it.
        package var delimiter: UInt8? = nil
        package init() {}
    }

    package let path: String
    package let options: Options
    /// The delimiter used: detected from the header line unless given.
    package internal(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// The file starts with a `sep=;` line (Excel's way of naming the delimiter), which set `delimiter`.
    /// The line is still handed out as a record: the caller skips it with the other lines above the header.
    package internal(set) var separatorLine = false
    package internal(set) var encoding: CSVEncoding = .utf8
    /// Bytes of the file read so far (for progress).
    package internal(set) var bytesRead: Int = 0
    /// Size of the file in bytes.
    package let byteSize: Int
    /// Fields whose bytes were not UTF-8 and were decoded as Windows-1252.
    package var windows1252Fields: Int { decodeStats.pointee }
    /// Called after each chunk with the bytes read so far.
    package var progress: ((Int) -> Void)?

    let decodeStats: UnsafeMutablePointer<Int>

    package init(path: String, options: Options = Options()) throws(CSVError) {
        self.path = path
        self.options = options
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            if code == ENOENT { throw CSVError(.missingFile, path: path, "the file does not exist") }
            throw CSVError(.unreadable, path: path, "it cannot be read (\(String(cString: strerror(code))))")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw CSVError(.unreadable, path: path, "it is a folder, not a CSV file")
        }
        self.byteSize = Int(st.st_size)
        self.decodeStats = .allocate(capacity: 1)
        self.decodeStats.initialize(to: 0)
    }

    deinit { decodeStats.deallocate() }

    /// Whether the file's last byte ends a line (`\n` or `\r`, or UTF-16's `\n` and its zero byte),
    /// or the file is empty. An export cut off mid-write ends inside its last row. A DOS end-of-file
    /// byte (0x1A) after the last line break is not a row.
    package func endsWithLineBreak() -> Bool {
        guard byteSize > 0 else { return true }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
        let count = min(3, byteSize)
        let got = withUnsafeMutableBytes(of: &tail) { pread(fd, $0.baseAddress, count, off_t(byteSize - count)) }
        guard got == count else { return true }
        var bytes = withUnsafeBytes(of: tail) { Array($0.prefix(count)) }
        if bytes.last == 0x1A { bytes.removeLast() }
        guard let last = bytes.last else { return true }
        let before = bytes.count >= 2 ? bytes[bytes.count - 2] : 0
        return last == 0x0A || last == 0x0D || (last == 0 && (before == 0x0A || before == 0x0D))
    }

    /// Reads every record (the header too, as the first) and calls `body` with each, in file order.
    package func forEachRecord(_ body: (borrowing CSVRow) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CSVError(.unreadable, path: path, "it cannot be opened (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }

        let chunkSize = max(options.chunkSize, 64)
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { raw.deallocate() }

        var parser = LibCSVParser(path: path)
        defer { parser.free() }
        var transcoder: UTF16Transcoder? = nil
        var started = false
        var sawAnyByte = false
        var utf8Scratch: [UInt8] = []

        while true {
            let n = read(fd, raw.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw CSVError(.unreadable, path: path, "reading failed (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            bytesRead += n
            var chunk = UnsafeRawBufferPointer(rebasing: raw[0..<n])
            if !started {
                // Byte-order marks and binary files are decided on the first chunk.
                let head = Array(chunk.prefix(4))
                if head.starts(with: [0xEF, 0xBB, 0xBF]) {
                    encoding = .utf8BOM
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[3...])
                } else if head.starts(with: [0xFF, 0xFE]) {
                    encoding = .utf16LE
                    transcoder = UTF16Transcoder(littleEndian: true)
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[2...])
                } else if head.starts(with: [0xFE, 0xFF]) {
                    encoding = .utf16BE
                    transcoder = UTF16Transcoder(littleEndian: false)
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[2...])
                }
                // After a UTF-8 byte-order mark too (a web page may carry one), as the parallel reader does.
                if transcoder == nil, let problem = NotCSVText.problem(chunk) {
                    throw CSVError(.binary, path: path, problem)
                }
            }
            if transcoder != nil {
                utf8Scratch.removeAll(keepingCapacity: true)
                transcoder?.transcode(chunk, into: &utf8Scratch)
                try utf8Scratch.withUnsafeBytes { bytes in
                    try feed(bytes, parser: &parser, started: &started, sawAnyByte: &sawAnyByte, body: body)
                }
            } else {
                try feed(chunk, parser: &parser, started: &started, sawAnyByte: &sawAnyByte, body: body)
            }
            progress?(bytesRead)
        }
        if !sawAnyByte {
            throw CSVError(.empty, path: path, "the file is empty; export it again with its header row")
        }
        try parser.finish(delimiter: delimiter, decodeStats: decodeStats, body: body)
    }

    private func feed(
        _ bytes: UnsafeRawBufferPointer, parser: inout LibCSVParser, started: inout Bool, sawAnyByte: inout Bool,
        body: (borrowing CSVRow) throws -> Void
    ) throws {
        guard !bytes.isEmpty else { return }
        sawAnyByte = true
        if !started {
            started = true
            let declared = declaredDelimiter(bytes)
            separatorLine = declared != nil
            delimiter = options.delimiter ?? declared ?? detectDelimiter(bytes)
            parser.start(delimiter: delimiter)
        }
        try parser.parse(bytes, decodeStats: decodeStats, body: body)
    }
}

/// A file's text encoding, as found from its first bytes.
package enum CSVEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with byte-order mark"
    case utf16LE = "UTF-16 little-endian"
    case utf16BE = "UTF-16 big-endian"
}

/// What went wrong reading a CSV file; `line` is where the broken record or field starts.
package struct CSVError: Error, Sendable, CustomStringConvertible {
    package enum Kind: String, Sendable {
        case missingFile, unreadable, empty, binary, malformed
    }
    package let kind: Kind
    package let path: String
    package let line: Int?
    package let message: String

    package init(_ kind: Kind, path: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: error: message`, the form compilers use, so editors can jump to it.
    package var description: String {
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }
}

/// The delimiter a first line `sep=;` names (`sep=,`, `sep=|`, a tab or `\t` after the `=`; in any case,
/// quoted or not), as Excel writes and reads it; nil when the file does not start so.
func declaredDelimiter(_ bytes: UnsafeRawBufferPointer) -> UInt8? {
    var i = bytes.first == UInt8(ascii: "\"") ? 1 : 0
    guard bytes.count >= i + 5 else { return nil }
    for expected in "sep=".utf8 {
        guard bytes[i] | 0x20 == expected else { return nil }
        i += 1
    }
    var delimiter = bytes[i]
    i += 1
    if delimiter == UInt8(ascii: "\\"), i < bytes.count, bytes[i] == UInt8(ascii: "t") {
        delimiter = UInt8(ascii: "\t")
        i += 1
    }
    guard delimiter != UInt8(ascii: "\n"), delimiter != UInt8(ascii: "\r"), delimiter != UInt8(ascii: "\"") else {
        return nil
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") { i += 1 }
    guard i == bytes.count || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\r") else { return nil }
    return delimiter
}

/// Comma, semicolon or tab: whichever occurs most often outside quotes in the first line (comma on a tie).
func detectDelimiter(_ bytes: UnsafeRawBufferPointer) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
    var inQuotes = false
    for b in bytes {
        if b == UInt8(ascii: "\"") {
            inQuotes.toggle()
            continue
        }
        if inQuotes { continue }
        if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
        if counts[b] != nil { counts[b, default: 0] += 1 }
    }
    var best = UInt8(ascii: ",")
    var bestCount = counts[best] ?? 0
    for candidate in [UInt8(ascii: ";"), UInt8(ascii: "\t")] where (counts[candidate] ?? 0) > bestCount {
        best = candidate
        bestCount = counts[candidate] ?? 0
    }
    return best
}

/// A NUL byte, or many control characters, in the first chunk: not a text file.
func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let sample = bytes.prefix(8192)
    var control = 0
    for b in sample {
        if b == 0 { return true }
        if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
    }
    return sample.count > 0 && control * 20 > sample.count
}
