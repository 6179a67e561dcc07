import RefgapModel

/// Number and text formatting. Machine files get plain numbers (`1234.5`); reports get readable ones.
package enum Format {
    /// Plain, deterministic: at most four decimals, no trailing zeros, no exponent (`1234.5`, `0.175`).
    package static func plain(_ v: Double) -> String {
        var out: [UInt8] = []
        appendPlain(v, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `plain(v)` appended as UTF-8 bytes (run.json writes thousands of numbers).
    static func appendPlain<Sink: ByteSink & ~Copyable>(_ v: Double, into out: inout Sink) {
        guard v.isFinite else {
            out.append(0x30)
            return
        }
        let scaled = (v * 10_000).rounded()
        if scaled == 0 {
            out.append(0x30)
            return
        }
        let magnitude = abs(scaled)
        guard magnitude < 9e18 else {
            // Past Int: whole digits while 128 bits hold them, else Swift's own notation (still a JSON number).
            var text = Int128(exactly: v.rounded()).map { String($0) } ?? String(v)
            text.withUTF8 { out.append(contentsOf: $0) }
            return
        }
        if scaled < 0 { out.append(0x2D) }
        let units = Int(magnitude)
        appendInteger(units / 10_000, into: &out)
        var fraction = units % 10_000, digits = 4
        guard fraction != 0 else { return }
        // Four decimals at most, without trailing zeros: 0.0050 is written 0.005.
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        out.append(0x2E)
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            out.append(0x30 + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `String(n)` appended as UTF-8 bytes.
    static func appendInteger<Sink: ByteSink & ~Copyable>(_ n: Int, into out: inout Sink) {
        if n < 0 { out.append(0x2D) }
        // The magnitude as unsigned, so Int.min has one too.
        var m = n.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = 0x30 + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            // As typed bytes: appending the raw slice went through generic code (~160 instructions a
            // number, and run.json writes hundreds of thousands).
            guard let base = buffer.baseAddress else { return }
            out.append(
                contentsOf: UnsafeBufferPointer(
                    start: base.assumingMemoryBound(to: UInt8.self) + (20 - count), count: count))
        }
    }

    /// Two decimals with thousands separators: `1,234.50`; whole numbers without decimals.
    package static func number(_ v: Double, decimals: Int = 2) -> String {
        guard v.isFinite else { return "0" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (v * factor).rounded() / factor
        let negative = rounded < 0
        let whole = Int(abs(rounded).rounded(.down))
        var text = grouped(whole)
        let fractionUnits = Int(((abs(rounded) - Double(whole)) * factor).rounded())
        if decimals > 0 && fractionUnits > 0 {
            var fraction = String(fractionUnits)
            fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return negative && rounded != 0 ? "-" + text : text
    }

    /// References: one decimal (`12.3`), whole numbers bare.
    package static func refs(_ v: Double) -> String { number(v, decimals: 1) }

    /// References a recruit adds: under 0.05 with two decimals (`0.04`), not `0` (a trial read a plan
    /// step as adding nothing, which is not why the plan took it).
    package static func refsAdded(_ v: Double) -> String { v > 0 && v < 0.05 ? number(v, decimals: 2) : refs(v) }

    /// A gap shown beside its demand and covered: the shown demand less the shown covered, so the three
    /// add up as printed (a trial read "demand 639.6, covered 354.9, gap 284.6"). It differs from the gap
    /// rounded alone by a tenth at most; run.json and the CSVs keep every figure exact.
    package static func refsGap(demand: Double, covered: Double) -> String {
        number(shownGap(demand: demand, covered: covered), decimals: 1)
    }

    /// The value `refsGap` prints.
    package static func shownGap(demand: Double, covered: Double) -> Double {
        max(0, (demand * 10).rounded() - (covered * 10).rounded()) / 10
    }

    /// Money in the run's currency: `USD 1,250,000`; large values shortened: `USD 12.4M`.
    package static func money(_ v: Double, _ currency: String, short: Bool = false) -> String {
        if short {
            let a = abs(v)
            if a >= 1e9 { return "\(currency) \(number(v / 1e9, decimals: 1))B" }
            if a >= 1e6 { return "\(currency) \(number(v / 1e6, decimals: 1))M" }
            if a >= 1e3 { return "\(currency) \(number(v / 1e3, decimals: 0))K" }
        }
        return "\(currency) \(number(v, decimals: 0))"
    }

    /// `1 deal`, `3 deals` (thousands grouped).
    package static func count(_ n: Int, _ noun: String) -> String { "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

    package static func percent(_ fraction: Double) -> String { "\(number(fraction * 100, decimals: 0))%" }

    package static func grouped(_ n: Int) -> String { GroupedDigits.of(n) }
}

/// Escaping for each place an input string is written.
package enum Escape {
    /// A Markdown table cell: `|`, `\`, backticks, `<`, `>`, `*`, `_`, `[`, `]` and line breaks made inert.
    /// Decided per Unicode scalar, not per Character: a `*` that carries a combining mark is one
    /// Character to Swift but still a `*` to a Markdown renderer. Control characters other than tab
    /// are dropped (they would act on a terminal showing the file); invisible format characters are
    /// shown as `\u{202E}` (a backslash before a letter is plain text to Markdown).
    package static func markdownCell(_ s: String) -> String {
        // Text with nothing to escape or drop (most of it) is returned as it is.
        needsMarkdownEscape(s) ? escapeMarkdown(s) : s
    }

    /// `markdownCell` scalar by scalar.
    static func escapeMarkdown(_ s: String) -> String {
        var afterCR = false
        return replacing(s) { u in
            defer { afterCR = u == "\r" }
            switch u {
            case "|", "\\", "`", "*", "_", "[", "]": return "\\" + String(u)
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\r": return " "
            case "\n": return afterCR ? "" : " "  // a CRLF is one line break
            default: return isControl(u) ? "" : nil
            }
        }
    }

    /// `markdownCell(s)`'s bytes appended to `out`: text with nothing to escape is copied in place (a
    /// report's tables append tens of thousands of cells).
    static func appendMarkdownCell<Sink: ByteSink & ~Copyable>(_ s: String, to out: inout Sink) {
        if needsMarkdownEscape(s) {
            withBytes(escapeMarkdown(s)) { out.append(contentsOf: $0) }
        } else {
            withBytes(s) { out.append(contentsOf: $0) }
        }
    }

    /// `xml(s)`'s bytes appended to `out`, copied in place when it changes nothing.
    static func appendXML<Sink: ByteSink & ~Copyable>(_ s: String, to out: inout Sink) {
        if needsXMLEscape(s) {
            withBytes(escapeXML(s)) { out.append(contentsOf: $0) }
        } else {
            withBytes(s) { out.append(contentsOf: $0) }
        }
    }

    /// Markdown text outside tables: the same, since any of those characters could start markup.
    package static func markdown(_ s: String) -> String { markdownCell(s) }

    /// XML/HTML text and attribute values: the SVG built in code, and every `{{value}}` of the HTML
    /// template (`ReportHTML`). Per Unicode scalar, so a quote or bracket that carries a combining mark
    /// is escaped too; control characters XML forbids are dropped; invisible format characters are
    /// shown as `\u{202E}`. Text with nothing to escape (most of it) is returned as it is.
    package static func xml(_ s: String) -> String { needsXMLEscape(s) ? escapeXML(s) : s }

    /// Whether `xml` changes anything: one of the five characters, a control character XML forbids, or
    /// (in text that is not all ASCII, which cannot hold one) maybe an invisible format character.
    /// One pass over ASCII text: a report's tables call this for every cell.
    static func needsXMLEscape(_ s: String) -> Bool {
        let ascii = withBytes(s) { bytes -> Bool? in
            var high: UInt8 = 0
            for b in bytes {
                switch b {
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x22, 0x26, 0x27, 0x3C, 0x3E: return nil
                default: high |= b
                }
            }
            return high < 0x80
        }
        guard let ascii else { return true }
        return !ascii && HiddenCharacters.mayHold(s)
    }

    /// `body` over the string's UTF-8 bytes, in place where the string has them contiguous (native and
    /// small strings): iterating `s.utf8` costs several times more per byte.
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }

    /// `xml` scalar by scalar.
    static func escapeXML(_ s: String) -> String {
        replacing(s) { u in
            switch u {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            default: return u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" ? "" : nil
            }
        }
    }

    /// Whether `markdownCell` changes anything: one of its characters, a control character (C0, DEL,
    /// or C1, which UTF-8 writes as C2 80–C2 9F), or (in text that is not all ASCII, which cannot hold
    /// one) maybe an invisible format character. One pass over ASCII text.
    static func needsMarkdownEscape(_ s: String) -> Bool {
        let ascii = withBytes(s) { bytes -> Bool? in
            var previous: UInt8 = 0
            var high: UInt8 = 0
            for b in bytes {
                switch b {
                case 0x00...0x1F, 0x7F, 0x7C, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E: return nil
                case 0x80...0x9F where previous == 0xC2: return nil
                default:
                    previous = b
                    high |= b
                }
            }
            return high < 0x80
        }
        guard let ascii else { return true }
        return !ascii && HiddenCharacters.mayHold(s)
    }

    /// C0 and C1 control characters other than tab, line feed and carriage return.
    static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.isControlCharacter && u != "\t" && u != "\n" && u != "\r"
    }

    /// `s` with each invisible format character shown as `\u{202E}` and each other Unicode scalar
    /// replaced by `replacement(u)` where it gives one ("" drops it).
    private static func replacing(_ s: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        // ASCII holds no invisible format character (all are above U+00AC): byte by byte, without
        // building the text a scalar at a time (a report's names, escaped for every table they are in).
        let ascii = withBytes(s) { bytes -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for b in bytes {
                guard b < 0x80 else { return nil }
                if let r = replacement(Unicode.Scalar(b)) { out.append(contentsOf: r.utf8) } else { out.append(b) }
            }
            return out
        }
        if let ascii { return String(decoding: ascii, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        HiddenCharacters.forEachScalar(s) { u, hidden in
            if hidden {
                out.append(contentsOf: u.visibleEscape.unicodeScalars)
            } else if let r = replacement(u) {
                out.append(contentsOf: r.unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// A CSV cell, as `CSVText.cell` writes it (shared with ingest, which writes rejected rows).
    package static func csv(_ s: String) -> String { CSVText.cell(s) }
}
