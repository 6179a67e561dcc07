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
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += Format.plain(d)
        case .int(let i): out += String(i)
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (i, (k, v)) in pairs.enumerated() {
                out += inner
                JSON.quote(k, into: &out)
                out += ": "
                v.write(into: &out, indent: inner)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: written whole. (U+2028 and U+2029 start with byte 0xE2.)
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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
