import CLibCSV
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading one file with several libcsv parsers at once. The file is cut at record boundaries that
/// a quote-parity scan finds (a newline is a boundary when an even number of quotes precede it; doubled
/// quotes keep the parity), each part is parsed on its own thread, and line numbers are shifted by the
/// lines of the parts before it, so every record carries the line a sequential read would give it.
extension CSVReader {
    /// A part of the file: bytes `start..<end`, each record's line counted from 1 within the part.
    package struct Part: Sendable {
        package let index: Int
        package let start: Int
        package let end: Int
        /// The line breaks in the part's bytes (LF, CRLF and a lone CR each once, quoted or not): the
        /// lines it spans, which shift the lines of the parts after it. Counted by the scan that
        /// finds the cuts, so nil for the last part, which the scan does not read.
        package var lineBreaks: Int? = nil
    }

    /// Up to `count` parts of the file, cut at record boundaries. One part for UTF-16 files (they are
    /// transcoded as they stream) and for files under `minimumBytes`.
    package func parts(_ count: Int, minimumBytes: Int = 4 << 20) throws -> [Part] {
        try Self.parts(path: path, byteSize: byteSize, count, minimumBytes: minimumBytes)
    }

    /// The same for a file of `byteSize` bytes at `path`, without a reader (from another thread).
    package static func parts(path: String, byteSize: Int, _ count: Int, minimumBytes: Int = 4 << 20) throws -> [Part] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CSVError(.unreadable, path: path, "it cannot be opened (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 4)
        let got = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 4, 0) }
        let isUTF16 = got >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))
        guard count > 1, byteSize >= minimumBytes, !isUTF16 else { return [Part(index: 0, start: 0, end: byteSize)] }

        var cuts: [Int] = [0]
        var breaksAtCut: [Int] = [0]
        let block = 1 << 18
        // Byte 0 of the buffer holds the byte before the block, so a CRLF split between blocks counts.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: block + 1, alignment: 16)
        defer { buffer.deallocate() }
        buffer[0] = 0
        var quotes = 0
        var lf = 0, cr = 0, crlf = 0
        var offset = 0
        var target = byteSize / count
        scan: while offset < byteSize && cuts.count < count {
            let n = pread(fd, buffer.baseAddress.map { $0 + 1 }, block, off_t(offset))
            if n < 0 {
                if errno == EINTR { continue }
                throw CSVError(.unreadable, path: path, "reading failed")
            }
            if n == 0 { break }
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[0...n])
            var i = 1
            while i <= n {
                // Sixteen bytes at a time while no cut can fall among them: count quotes and line ends.
                if i + 16 <= n + 1 && offset + i - 1 + 16 <= target {
                    let stop = min(n + 1, target - offset + 1)
                    let counts = Self.countBytes(bytes, from: i, upTo: stop)
                    quotes &+= counts.quotes
                    lf += counts.lf
                    cr += counts.cr
                    crlf += counts.crlf
                    i = counts.end
                    continue
                }
                let b = bytes[i]
                defer { i += 1 }
                if b == 0x22 {
                    quotes &+= 1
                    continue
                }
                if b == 0x0D {
                    cr += 1
                    continue
                }
                guard b == 0x0A else { continue }
                lf += 1
                if bytes[i - 1] == 0x0D { crlf += 1 }
                if offset + i - 1 >= target && quotes & 1 == 0 {
                    cuts.append(offset + i)
                    breaksAtCut.append(lf + cr - crlf)
                    if cuts.count == count { break scan }
                    target = byteSize * cuts.count / count
                }
            }
            buffer[0] = bytes[n]
            offset += n
        }
        cuts.append(byteSize)
        var parts: [Part] = []
        for i in 0..<(cuts.count - 1) where cuts[i] < cuts[i + 1] {
            let breaks = i + 1 < breaksAtCut.count ? breaksAtCut[i + 1] - breaksAtCut[i] : nil
            parts.append(Part(index: parts.count, start: cuts[i], end: cuts[i + 1], lineBreaks: breaks))
        }
        return parts
    }

    /// Quotes, LFs, CRs and CRLFs among `bytes[from..<upTo]`, sixteen bytes at a time; `end` is where
    /// it stopped (fewer than sixteen bytes before `upTo`). `bytes[from - 1]` must be readable: it is
    /// the byte before, for a CRLF that straddles.
    @inline(__always)
    static func countBytes(_ bytes: UnsafeRawBufferPointer, from: Int, upTo: Int) -> (
        quotes: Int, lf: Int, cr: Int, crlf: Int, end: Int
    ) {
        let quote = SIMD16<UInt8>(repeating: 0x22), lineFeed = SIMD16<UInt8>(repeating: 0x0A),
            carriage = SIMD16<UInt8>(repeating: 0x0D)
        var totals = (quotes: 0, lf: 0, cr: 0, crlf: 0, end: from)
        var i = from
        while i + 16 <= upTo {
            // Lanes count to 255 at most before they are added up.
            var q = SIMD16<UInt8>(), l = SIMD16<UInt8>(), c = SIMD16<UInt8>(), cl = SIMD16<UInt8>()
            var k = 0
            while k < 255 && i + 16 <= upTo {
                let v = bytes.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let before = bytes.loadUnaligned(fromByteOffset: i - 1, as: SIMD16<UInt8>.self)
                let isLF = v .== lineFeed
                // A true lane is all ones: subtracting it adds one.
                q &-= unsafeBitCast(v .== quote, to: SIMD16<UInt8>.self)
                l &-= unsafeBitCast(isLF, to: SIMD16<UInt8>.self)
                c &-= unsafeBitCast(v .== carriage, to: SIMD16<UInt8>.self)
                cl &-= unsafeBitCast(isLF .& (before .== carriage), to: SIMD16<UInt8>.self)
                i += 16
                k += 1
            }
            totals.quotes += Self.laneSum(q)
            totals.lf += Self.laneSum(l)
            totals.cr += Self.laneSum(c)
            totals.crlf += Self.laneSum(cl)
        }
        totals.end = i
        return totals
    }

    @inline(__always)
    private static func laneSum(_ v: SIMD16<UInt8>) -> Int {
        let wide = SIMD16<UInt16>(truncatingIfNeeded: v)
        return Int(wide.wrappedSum())
    }

    /// Parses the parts concurrently. `body(part, row)` runs on the part's thread: it must only touch
    /// that part's state. Returns, per part, the number of lines it spans, so callers can shift the
    /// lines of later parts (part k's line + the lines of parts 0..<k).
    package func parse(
        _ parts: [Part], progress: (@Sendable (Int) -> Void)? = nil,
        _ body: @Sendable (Int, borrowing CSVRow) throws -> Void
    ) throws -> [Int] {
        if parts.count <= 1 {
            var lines = 0
            let previous = self.progress
            if let progress { self.progress = { progress($0) } }
            defer { self.progress = previous }
            try forEachRecord { row in
                lines = max(lines, row.line)
                try body(0, row)
            }
            return [lines]
        }
        // Delimiter, encoding and the binary check come from the first bytes, as in a sequential read.
        let probe = try sniff()
        delimiter = probe.delimiter
        separatorLine = probe.separatorLine
        encoding = probe.bom ? .utf8BOM : .utf8
        let results = parts.map { _ in PartResult() }
        // Each part reads in chunks of at most 256 KiB: with a parser per core, smaller chunks keep the
        // buffers (the chunk, and the fields parsed from it) small at no cost in speed.
        let path = self.path, chunkSize = max(min(options.chunkSize, 1 << 18), 64)
        let counter = ByteCounter(progress)
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            do {
                let (lines, latin) = try Self.parseRange(
                    parts[i], path: path, chunkSize: chunkSize, skipBOM: i == 0 && probe.bom,
                    delimiter: probe.delimiter, counter: counter
                ) { try body(i, $0) }
                results[i].lines = lines
                results[i].windows1252 = latin
            } catch {
                results[i].error = error
            }
        }
        decodeStats.pointee += results.reduce(0) { $0 + $1.windows1252 }
        bytesRead = byteSize
        progress?(byteSize)
        // The first error in file order wins, with its line shifted like the rows'.
        var before = 0
        for i in parts.indices {
            if let error = results[i].error {
                if let e = error as? CSVError, let line = e.line {
                    throw CSVError(e.kind, path: e.path, line: line + before, shifted(e.message, by: before))
                }
                throw error
            }
            before += results[i].lines
        }
        return results.map(\.lines)
    }

    private func shifted(_ message: String, by lines: Int) -> String {
        guard lines > 0 else { return message }
        // Messages name the line as "line N": rewrite the number for the whole file.
        var words = message.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for i in words.indices.dropFirst() where words[i - 1] == "line" {
            let digits = words[i].prefix { $0.isNumber }
            if let n = Int(digits) { words[i] = String(n + lines) + words[i].dropFirst(digits.count) }
        }
        return words.joined(separator: " ")
    }

    /// Delimiter and byte-order mark from the first 64 KiB (throws for an empty or binary file).
    private func sniff() throws -> (delimiter: UInt8, bom: Bool, separatorLine: Bool) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CSVError(.unreadable, path: path, "it cannot be opened") }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 65536)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 65536, 0) }
        guard n > 0 else {
            throw CSVError(.empty, path: path, "the file is empty; export it again with its header row")
        }
        let bom = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF
        return try head.withUnsafeBytes { raw in
            let bytes = UnsafeRawBufferPointer(rebasing: raw[(bom ? 3 : 0)..<n])
            if let problem = NotCSVText.problem(bytes) { throw CSVError(.binary, path: path, problem) }
            let declared = declaredDelimiter(bytes)
            return (options.delimiter ?? declared ?? detectDelimiter(bytes), bom, declared != nil)
        }
    }

    /// One part with its own parser; returns the lines it spans and its cells read as Windows-1252.
    private static func parseRange(
        _ part: Part, path: String, chunkSize: Int, skipBOM: Bool, delimiter: UInt8,
        counter: ByteCounter, _ body: (borrowing CSVRow) throws -> Void
    ) throws -> (Int, Int) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CSVError(.unreadable, path: path, "it cannot be opened") }
        defer { close(fd) }
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { raw.deallocate() }
        let stats = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        stats.initialize(to: 0)
        defer { stats.deallocate() }
        var parser = LibCSVParser(path: path)
        defer { parser.free() }
        parser.start(delimiter: delimiter)
        var offset = part.start + (skipBOM ? 3 : 0)
        while offset < part.end {
            let n = pread(fd, raw.baseAddress, min(chunkSize, part.end - offset), off_t(offset))
            if n < 0 {
                if errno == EINTR { continue }
                throw CSVError(.unreadable, path: path, "reading failed")
            }
            if n == 0 { break }
            try parser.parse(UnsafeRawBufferPointer(rebasing: raw[0..<n]), decodeStats: stats, body: body)
            offset += n
            counter.add(n)
        }
        try parser.finish(delimiter: delimiter, decodeStats: stats, body: body)
        return (parser.lastLine, stats.pointee)
    }
}

/// Bytes parsed by all parts so far, reported as they grow.
private final class ByteCounter: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var total = 0
    private let progress: (@Sendable (Int) -> Void)?
    init(_ progress: (@Sendable (Int) -> Void)?) {
        self.progress = progress
        pthread_mutex_init(&mutex, nil)
    }
    deinit { pthread_mutex_destroy(&mutex) }
    func add(_ n: Int) {
        guard let progress else { return }
        pthread_mutex_lock(&mutex)
        total += n
        let now = total
        pthread_mutex_unlock(&mutex)
        progress(now)
    }
}

/// One part's result, written by its worker thread only.
private final class PartResult: @unchecked Sendable {
    var lines = 0
    var windows1252 = 0
    var error: Error?
}
