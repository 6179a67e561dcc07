import RefgapIngest
import RefgapModel

extension SettingValue {
    /// As run.json writes it.
    var json: JSON {
        switch self {
        case .unset: return .null
        case .int(let i): return .int(i)
        case .number(let d), .percent(let d): return .number(d)
        case .text(let s): return .string(s)
        case .list(let items): return .array(items.map(\.json))
        case .map(let entries): return .object(entries.map { ($0.key, $0.value.json) })
        case .phrase: return .string(words(unset: ""))
        }
    }

    /// As the gap report shows it: `unset` for no value, an empty list or an empty map.
    func words(unset: String) -> String {
        switch self {
        case .unset: return unset
        case .int(let i): return String(i)
        case .number(let d): return Format.plain(d)
        case .percent(let d): return Format.percent(d)
        case .text(let s): return s
        case .list(let items):
            return items.isEmpty ? unset : items.map { $0.words(unset: unset) }.joined(separator: ", ")
        case .map(let entries):
            return entries.isEmpty
                ? unset : entries.map { "\($0.key) → \($0.value.words(unset: unset))" }.joined(separator: ", ")
        case .phrase(let parts): return parts.map { $0.words(unset: unset) }.joined()
        }
    }
}

/// The gap report's settings table: every key refgap.yml takes, its value and whether that is the
/// default. A map shows a line per entry (`currency_rates.EUR`), an empty one a single line.
enum AssumptionsTable {
    static func rows(_ config: Config) -> [ReportModel.Row] {
        let defaults = Config()
        var rows: [ReportModel.Row] = []
        func add(_ label: String, _ value: String, _ def: String) {
            rows.append(
                .init(cells: [
                    .text(label), .message(value),
                    .message(value == def ? "default" : "changed (default \(def.isEmpty ? "none" : def))"),
                ]))
        }
        for s in Settings.all {
            if let lines = s.rows?(config), !lines.isEmpty {
                for l in lines { add(l.label, l.value.words(unset: s.unset), l.defaultValue.words(unset: s.unset)) }
                continue
            }
            let value = s.value(config)
            if case .map(let entries) = value, !entries.isEmpty {
                for e in entries { add("\(s.key).\(e.key)", e.value.words(unset: s.unset), s.unset) }
            } else {
                add(s.key, value.words(unset: s.unset), s.value(defaults).words(unset: s.unset))
            }
        }
        return rows
    }
}
