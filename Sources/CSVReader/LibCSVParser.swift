import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growable buffer of plain values at a stable address, for the libcsv callbacks: appending is a
/// store and a count, with none of an Array's uniqueness and capacity checks per call.
struct RawBuffer<T: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<T>
    fileprivate(set) var count = 0
    fileprivate var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    func free() { base.deallocate() }

    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }
    subscript(_ i: Int) -> T {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    @inline(__always)
    mutating func append(_ value: T) {
        if count == capacity { reserve(count + 1) }
        base[count] = value
        count += 1
    }

    /// Drops the first `n` values, moving the rest to the front.
    mutating func removeFirst(_ n: Int) {
        guard n > 0 else { return }
        if n < count { base.update(from: base + n, count: count - n) }
        count = max(0, count - n)
    }

    mutating func removeAll() { count = 0 }

    fileprivate mutating func reserve(_ needed: Int) {
        var newCapacity = max(capacity * 2, 16)
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }
}

extension RawBuffer where T == UInt8 {
    /// Appends `n` bytes from `source` and says whether any is below 0x0E (a line end, LF or CR, is
    /// among them): one pass copies and looks, where a copy then two searches for LF and CR read a
    /// long field three times. Short fields, most of them, are copied as two overlapping words or
    /// vectors each way (no call into memmove, which costs more than the bytes).
    @inline(__always)
    mutating func appendFieldSeeingLineEnds(_ source: UnsafeRawPointer, count n: Int) -> Bool {
        if count + n > capacity { reserve(count + n) }
        let to = UnsafeMutableRawPointer(base + count)
        count += n
        if n >= 8 && n <= 16 {
            let head = source.loadUnaligned(as: UInt64.self),
                tail = source.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
            return hasLowByte(head) || hasLowByte(tail)
        }
        let fourteen = SIMD16<UInt8>(repeating: 0x0E)
        if n > 16 {
            var seen = SIMDMask<SIMD16<Int8>>()
            var i = 0
            while i + 16 < n {
                let v = source.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                to.storeBytes(of: v, toByteOffset: i, as: SIMD16<UInt8>.self)
                seen .|= v .< fourteen
                i += 16
            }
            // The last sixteen bytes, overlapping the vector before.
            let tail = source.loadUnaligned(fromByteOffset: n - 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: tail, toByteOffset: n - 16, as: SIMD16<UInt8>.self)
            seen .|= tail .< fourteen
            return any(seen)
        }
        if n >= 4 {
            let head = source.loadUnaligned(as: UInt32.self),
                tail = source.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
            return hasLowByte(UInt64(head) | UInt64(tail) << 32)
        }
        var low = false
        for k in 0..<n {
            let b = source.load(fromByteOffset: k, as: UInt8.self)
            to.storeBytes(of: b, toByteOffset: k, as: UInt8.self)
            low = low || b < 0x0E
        }
        return low
    }
}

/// Whether a byte of `w` may be below 0x0E (a word-at-a-time test: never false when one is).
@inline(__always)
func hasLowByte(_ w: UInt64) -> Bool { (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & 0x8080_8080_8080_8080 != 0 }

/// What the libcsv callbacks write to: kept behind a pointer (no class, no retain/release, no
/// exclusivity checks per callback). Field bytes are copied into one reused buffer; strings are made
/// later, only for the fields someone reads.
struct ParseState {
    /// Bytes of the fields of the records parsed from the current chunk (and of the record in progress).
    var bytes = RawBuffer<UInt8>(capacity: 1 << 16)
    /// Per field: its end offset in `bytes` times two, plus one where libcsv passed NULL (an empty
    /// unquoted field). A field starts where the previous one ends. One store per field.
    var fieldEnds = RawBuffer<Int>()
    /// For each complete record: the index in `fieldEnds` one past its last field, and its first line.
    var recordEnds = RawBuffer<Int>()
    var recordLines = RawBuffer<Int>()
    /// The line the parser is on (1-based), the line the record in progress starts on.
    var line = 1
    var recordStartLine = 1
    var fieldsInRecord = 0
    /// The last line end was a CR: a LF right after it is the same line end.
    var pendingCR = false

    func free() {
        bytes.free()
        fieldEnds.free()
        recordEnds.free()
        recordLines.free()
    }
}

private let CR = Int32(0x0D)
private let LF = Int32(0x0A)

@inline(__always)
private func onField(_ ptr: UnsafeMutableRawPointer?, _ len: Int, _ data: UnsafeMutableRawPointer?) {
    guard let data else { return }
    let st = data.assumingMemoryBound(to: ParseState.self)
    if st.pointee.fieldsInRecord == 0 { st.pointee.recordStartLine = st.pointee.line }
    st.pointee.pendingCR = false
    var nullFlag = 0
    if let ptr, len > 0 {
        // Line ends inside a field are counted only where the copy saw a byte that may be one.
        if st.pointee.bytes.appendFieldSeeingLineEnds(UnsafeRawPointer(ptr), count: len) {
            st.pointee.line += lineBreaks(in: UnsafeRawBufferPointer(start: ptr, count: len))
        }
    } else if ptr == nil {
        nullFlag = 1
    }
    st.pointee.fieldEnds.append(st.pointee.bytes.count << 1 | nullFlag)
    st.pointee.fieldsInRecord += 1
}

@inline(__always)
private func onRecord(_ c: Int32, _ data: UnsafeMutableRawPointer?) {
    guard let data else { return }
    let st = data.assumingMemoryBound(to: ParseState.self)
    if st.pointee.fieldsInRecord > 0 {
        st.pointee.recordEnds.append(st.pointee.fieldEnds.count)
        st.pointee.recordLines.append(st.pointee.recordStartLine)
        st.pointee.fieldsInRecord = 0
        if c == LF || c == CR { st.pointee.line += 1 }
        st.pointee.pendingCR = (c == CR)
        return
    }
    // A line end with no fields: a blank line, or the LF of a CRLF.
    if c == LF {
        if st.pointee.pendingCR { st.pointee.pendingCR = false } else { st.pointee.line += 1 }
    } else if c == CR {
        st.pointee.line += 1
        st.pointee.pendingCR = true
    }
}

/// Line breaks inside a (quoted) field: LF, CRLF and a lone CR each count once.
@inline(__always)
func lineBreaks(in field: UnsafeRawBufferPointer) -> Int {
    guard let base = field.baseAddress else { return 0 }
    if field.count < 64 {
        // Short fields (most of them): eight bytes at a time, the last eight overlapping the word
        // before, looking for a byte below 0x0E (LF and CR are 0x0A and 0x0D); memchr's call costs
        // more than the bytes.
        let n = field.count
        var found = false
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if hasLowByte(field.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    found = true
                    break
                }
                i += 8
            }
            if !found { found = hasLowByte(field.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) }
        } else if n >= 4 {
            let w =
                UInt64(field.loadUnaligned(as: UInt32.self)) | UInt64(
                    field.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
            found = hasLowByte(w)
        } else {
            for b in field where b < 0x0E {
                found = true
                break
            }
        }
        if !found { return 0 }
    } else {
        let hasLF = memchr(base, 0x0A, field.count) != nil
        let hasCR = memchr(base, 0x0D, field.count) != nil
        if !hasLF && !hasCR { return 0 }
    }
    var count = 0
    var previousCR = false
    for b in field {
        if b == 0x0A {
            if !previousCR { count += 1 }
            previousCR = false
        } else if b == 0x0D {
            count += 1
            previousCR = true
        } else {
            previousCR = false
        }
    }
    return count
}

/// One libcsv parser and its callback state, both at stable heap addresses.
struct LibCSVParser {
    let path: String
    private let parser: UnsafeMutablePointer<csv_parser>
    private let state: UnsafeMutablePointer<ParseState>
    private var initialized = false
    private var offset = 0

    init(path: String, firstLine: Int = 1) {
        self.path = path
        parser = .allocate(capacity: 1)
        state = .allocate(capacity: 1)
        state.initialize(to: ParseState())
        state.pointee.line = firstLine
    }

    /// The lines this parser has passed: the line it is on, less one when it stands at a line start.
    var lastLine: Int { state.pointee.line - (state.pointee.fieldsInRecord == 0 ? 1 : 0) }

    mutating func start(delimiter: UInt8) {
        let options = UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_EMPTY_IS_NULL)
        _ = csv_init(parser, options)
        csv_set_delim(parser, delimiter)
        // Keep spaces and tabs around unquoted fields exactly as they are.
        csv_set_space_func(parser, refgap_csv_no_space)
        csv_set_blk_size(parser, 65536)
        initialized = true
    }

    mutating func free() {
        if initialized { csv_free(parser) }
        initialized = false
        state.pointee.free()
        state.deinitialize(count: 1)
        state.deallocate()
        parser.deallocate()
    }

    mutating func parse(
        _ bytes: UnsafeRawBufferPointer, decodeStats: UnsafeMutablePointer<Int>,
        body: (borrowing CSVRow) throws -> Void
    ) throws {
        guard let base = bytes.baseAddress else { return }
        let consumed = csv_parse(parser, base, bytes.count, onField, onRecord, state)
        offset += consumed
        // Hand out what parsed cleanly before an error too: rows before the broken one are real rows.
        try deliver(decodeStats: decodeStats, body: body)
        if consumed < bytes.count {
            throw malformed(code: csv_error(parser))
        }
    }

    mutating func finish(
        delimiter: UInt8, decodeStats: UnsafeMutablePointer<Int>, body: (borrowing CSVRow) throws -> Void
    ) throws {
        guard initialized else { return }
        if csv_fini(parser, onField, onRecord, state) != 0 {
            throw CSVError(
                .malformed, path: path, line: state.pointee.recordStartLineForError,
                "a quoted field that starts on line \(state.pointee.recordStartLineForError) is never closed: the file ends inside quotes. Look for a \" without its closing \" (a quote inside a field is written twice: \"\")"
            )
        }
        try deliver(decodeStats: decodeStats, body: body)
    }

    private func malformed(code: Int32) -> CSVError {
        let line = state.pointee.recordStartLineForError
        if code == CSV_EPARSE {
            return CSVError(
                .malformed, path: path, line: line,
                "malformed quotes in the field that starts on line \(line): a quoted field must end with a quote followed by the delimiter or the line end, and a quote inside a field is written twice (\"\")"
            )
        }
        return CSVError(
            .malformed, path: path, line: line, "the CSV parser failed: \(String(cString: csv_strerror(code)))")
    }

    /// Calls `body` with each complete record, then keeps only the record in progress.
    private func deliver(decodeStats: UnsafeMutablePointer<Int>, body: (borrowing CSVRow) throws -> Void) throws {
        let st = state
        let recordCount = st.pointee.recordEnds.count
        if recordCount > 0 {
            let bytes = st.pointee.bytes.buffer, ends = st.pointee.fieldEnds.buffer
            var firstField = 0
            for r in 0..<recordCount {
                let end = st.pointee.recordEnds[r]
                let row = CSVRow(
                    bytes: bytes, ends: ends, firstField: firstField,
                    count: end - firstField, line: st.pointee.recordLines[r], decodeStats: decodeStats)
                try body(row)
                firstField = end
            }
        }
        // Keep the fields of the record in progress, moved to the front.
        let keptFields = st.pointee.fieldsInRecord
        let totalFields = st.pointee.fieldEnds.count
        let firstKept = totalFields - keptFields
        let byteStart = firstKept > 0 ? st.pointee.fieldEnds[firstKept - 1] >> 1 : 0
        if firstKept > 0 {
            st.pointee.bytes.removeFirst(byteStart)
            st.pointee.fieldEnds.removeFirst(firstKept)
            // Ends keep their null flag in the low bit: subtracting twice the bytes leaves it alone.
            if byteStart > 0 { for i in 0..<st.pointee.fieldEnds.count { st.pointee.fieldEnds[i] -= byteStart << 1 } }
        }
        st.pointee.recordEnds.removeAll()
        st.pointee.recordLines.removeAll()
    }
}

extension ParseState {
    /// Where the broken field starts: the line the parser is on, since line breaks inside earlier fields
    /// and blank lines have all been counted by the time a field begins.
    var recordStartLineForError: Int { line }
}
