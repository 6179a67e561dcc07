import RefgapIngest
import RefgapModel
import RefgapRender

/// The commented refgap.yml that `refgap init` writes: every default, and the mappings it detected.
package enum ConfigTemplate {
    package static func text(ingested: Pipeline.Ingested, config: Config) -> String {
        text(ledgers: ingested.ledgers, missing: [], config: config)
    }

    /// As above, from the inputs' ledgers (or a first look at them), with a commented placeholder
    /// line for each required column not recognised, naming the best candidate by its values.
    package static func text(ledgers: [InputLedger], missing: [ColumnSurvey], config: Config) -> String {
        let defaults = Config()
        var lines: [String] = [
            "# refgap configuration. Every key is optional: the values below are the defaults unless noted.",
            "# Written by `refgap init`; edit freely. `refgap run --set key=value` overrides one value for a run.",
            "",
        ]
        for setting in Settings.all {
            lines += setting.initComment ?? ["# " + setting.doc]
            if setting.key == "columns" {
                lines.append("columns:")
                lines += columnLines(ledgers: ledgers, missing: missing)
                continue
            }
            let source = setting.initWrites == .valueInEffect ? config : defaults
            let value = setting.value(source)
            if value.isEmpty, let example = setting.initExample?(config) {
                lines.append("# \(setting.key):" + (example.first.map { $0.isEmpty ? "" : " " + $0 } ?? ""))
                lines += example.dropFirst().map { "# " + $0 }
            } else {
                lines.append("\(setting.key): " + (setting.initText?(source) ?? yaml(value)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `columns:` lines: the mapping of each input read, a placeholder for each required column
    /// not recognised, and the headers not used.
    static func columnLines(ledgers: [InputLedger], missing: [ColumnSurvey]) -> [String] {
        var lines: [String] = []
        for l in ledgers {
            // A mapping with no line under it would read as null: written as an empty one.
            lines.append(
                "  \(l.kind.rawValue):\(l.mapping.isEmpty ? " {}" : "")   # "
                    + comment(
                        "\(l.path): \(l.dialect ?? "a CSV export no built-in dialect names"), \(l.encoding), delimiter \(l.delimiter)"
                    ))
            for m in l.mapping { lines.append("    \(m.field): \(Text.yamlQuote(m.header))") }
            for m in missing.first(where: { $0.kind == l.kind })?.missing ?? [] {
                if let candidate = m.candidate {
                    lines.append(
                        "    # \(m.field.key): " + comment(Text.yamlQuote(candidate))
                            + "   # REQUIRED and not recognised; the best candidate by its values ("
                            + comment(m.why ?? "") + "). Uncomment this line if it is right, or name the right column.")
                } else {
                    lines.append(
                        "    # \(m.field.key): \"Your column\"   # REQUIRED and not recognised, and no column looks like it: name the column that holds the \(m.field.label)."
                            + (m.advice.map { " " + comment($0) + "." } ?? ""))
                }
            }
            if !l.unmappedHeaders.isEmpty {
                lines.append(
                    "    # not used: " + comment(l.unmappedHeaders.map { Clip.text($0) }.joined(separator: ", ")))
            }
            for n in l.notes { lines.append("    # " + comment(n)) }
        }
        return lines
    }

    /// A value in YAML's one-line (flow) form, as refgap.yml reads it back.
    static func yaml(_ value: SettingValue) -> String {
        switch value {
        case .unset, .phrase: return ""
        case .int(let i): return String(i)
        case .number(let d), .percent(let d): return Format.plain(d)
        case .text(let s): return isPlain(s) ? s : Text.yamlQuote(s)
        case .list(let items): return "[" + items.map(yaml).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{"
                + entries.map { (isPlain($0.key) ? $0.key : Text.yamlQuote($0.key)) + ": " + yaml($0.value) }.joined(
                    separator: ", ") + "}"
        }
    }

    /// Text YAML reads as itself without quotes: letters, digits, and `-_./` and spaces inside.
    static func isPlain(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last, first != "-", first != " ",
            last != " "
        else { return false }
        return s.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./ ".unicodeScalars.contains($0)
        }
    }

    /// Text for a `#` comment: kept on its line (a header with a line break must not start a new key).
    static func comment(_ s: String) -> String { Terminal.visible(s, oneLine: true) }
}
