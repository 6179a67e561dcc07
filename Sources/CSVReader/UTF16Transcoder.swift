/// Turns UTF-16 bytes into UTF-8, chunk by chunk: an odd byte or a high surrogate at a chunk's end is
/// carried to the next. Unpaired surrogates become U+FFFD.
struct UTF16Transcoder {
    let littleEndian: Bool
    private var carryByte: UInt8? = nil
    private var highSurrogate: UInt16? = nil

    init(littleEndian: Bool) { self.littleEndian = littleEndian }

    mutating func transcode(_ input: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + input.count)
        var i = 0
        var first: UInt8? = carryByte
        carryByte = nil
        while i < input.count {
            guard let a = first else {
                first = input[i]
                i += 1
                continue
            }
            let b = input[i]
            i += 1
            first = nil
            let unit = littleEndian ? UInt16(a) | UInt16(b) << 8 : UInt16(a) << 8 | UInt16(b)
            emit(unit, into: &out)
        }
        carryByte = first
    }

    private mutating func emit(_ unit: UInt16, into out: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                append(value, into: &out)
                return
            }
            append(0xFFFD, into: &out)
        }
        if (0xD800...0xDBFF).contains(unit) {
            highSurrogate = unit
            return
        }
        if (0xDC00...0xDFFF).contains(unit) {
            append(0xFFFD, into: &out)
            return
        }
        append(UInt32(unit), into: &out)
    }

    private func append(_ value: UInt32, into out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
    }
}
