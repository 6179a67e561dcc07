/// A JSON value with ordered keys, written deterministically.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case int(Int)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.text() == b.text() }

    public func text(indent: String = "") -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 12)
        write(into: &out, indent: Array(indent.utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes: appending small pieces to a byte array costs far less than to a String.
    func write(into out: inout [UInt8], indent: [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let d): out += Format.plain(d).utf8
        case .int(let i): out += String(i).utf8
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            let inner = indent + [0x20, 0x20]
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            out += indent
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            let inner = indent + [0x20, 0x20]
            out += "{\n".utf8
            for (i, (k, v)) in pairs.enumerated() {
                out += inner
                JSON.quote(k, into: &out)
                out += ": ".utf8
                v.write(into: &out, indent: inner)
                out += (i + 1 < pairs.count ? ",\n" : "\n").utf8
            }
            out += indent
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal; `<`, `>` and `&` escaped too, so the text is inert inside HTML.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escape: copied whole. (U+2028 and U+2029 start with byte 0xE2.)
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out += s.utf8
            out.append(0x22)
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            case "<": out += "\\u003c".utf8
            case ">": out += "\\u003e".utf8
            case "&": out += "\\u0026".utf8
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                } else {
                    out += String(scalar).utf8
                }
            }
        }
        out.append(0x22)
    }
}

/// Rows to CSV text: a header, escaped cells, LF line ends.
public struct CSVTable {
    public var header: [String]
    public var rows: [[CSVCell]] = []
    public init(header: [String]) { self.header = header }

    public enum CSVCell {
        case text(String)
        case number(Double)
        case int(Int)
    }

    public var text: String {
        var out = header.map(Escape.csv).joined(separator: ",") + "\n"
        for row in rows {
            out += row.map { cell -> String in
                switch cell {
                case .text(let s): return Escape.csv(s)
                case .number(let d): return Format.plain(d)
                case .int(let i): return String(i)
                }
            }.joined(separator: ",")
            out += "\n"
        }
        return out
    }
}
