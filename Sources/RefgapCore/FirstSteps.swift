import Foundation
import RefgapIngest
import RefgapModel

/// `refgap init` as the first thing a new program runs, often with nothing but the CRM export: the
/// calendar and roster templates where they are missing, a refgap.yml with the columns found (and a
/// placeholder for each required one that is not), and what to do next. `refgap validate` asks the
/// same questions afterwards (`stillMissing`).
package enum FirstSteps {
    package struct Prepared: Sendable {
        /// The refgap.yml text.
        package var config: String
        /// Template files to write where nothing is: path → contents.
        package var templates: [(path: String, text: String)]
        /// The next three steps.
        package var steps: [String]
    }

    /// Looks at the inputs that are there; `dir` is how the steps name the folder.
    package static func prepare(_ paths: InputPaths, config: Config, asOf: Day, dir: String) throws -> Prepared {
        let fm = FileManager.default
        guard fm.fileExists(atPath: paths.opportunities) else {
            throw InputError(
                path: paths.opportunities,
                "the opportunity export does not exist: save your CRM's opportunity (deal) export here as opportunities.csv, or name it with --opportunities, and run refgap init again"
            )
        }
        var templates: [(path: String, text: String)] = []
        if !fm.fileExists(atPath: paths.calendar) {
            templates.append((paths.calendar, InitTemplates.calendar(asOf: asOf)))
        }
        if !fm.fileExists(atPath: paths.roster) { templates.append((paths.roster, InitTemplates.roster(asOf: asOf))) }
        let surveys = try survey(paths, config: config)
        let missing = surveys.filter { !$0.missing.isEmpty }
        let ledgers: [InputLedger]
        if missing.isEmpty, templates.isEmpty {
            // Everything is there: read it as a run would, for the decisions it notes.
            ledgers = try Pipeline.ingest(paths, config: config).ledgers
        } else {
            ledgers = surveys.map { s in
                var l = InputLedger(kind: s.kind, path: s.path)
                l.header = s.header
                l.mapping = s.mapping
                l.dialect = s.dialect
                l.encoding = s.encoding
                l.delimiter = s.delimiter
                return l
            }
        }
        let folder = dir == "." ? "" : " " + dir
        var steps: [String] = []
        if !missing.isEmpty {
            let fields = missing.flatMap { s in s.missing.map { "\(s.kind.fileName) \($0.field.label)" } }
            steps.append(
                "Open refgap.yml and, under columns:, uncomment or correct the placeholder line for each required column refgap did not recognise (\(fields.joined(separator: ", ")))."
            )
        }
        let written = templates.map { PathText.lastComponent($0.path) }
        if !written.isEmpty {
            steps.append(
                "Fill \(written.joined(separator: " and ")) (one row per reference need in the calendar, one per reference contact in the roster; or replace them with your own exports) and delete the example row marked \(InitTemplates.exampleMarker)."
            )
        }
        steps.append("Run refgap validate\(folder): it says what is still missing.")
        if steps.count < 3 { steps.append("Run refgap run\(folder) and open reports/gap-report.html.") }
        if steps.count < 3 {
            steps.append(
                "Add your customer-success export as accounts.csv (optional): it fills blank industries, regions, sizes and contacts' products, and names recruiting candidates."
            )
        }
        let configText = ConfigTemplate.text(ledgers: ledgers, missing: missing, config: config)
        return Prepared(config: configText, templates: templates, steps: Array(steps.prefix(3)))
    }

    /// A first look at each input that exists (the templates about to be written are not there yet).
    static func survey(_ paths: InputPaths, config: Config) throws -> [ColumnSurvey] {
        let inputs: [(InputKind, String?)] = [
            (.opportunities, paths.opportunities), (.calendar, paths.calendar),
            (.roster, paths.roster), (.accounts, paths.accounts),
        ]
        return try inputs.compactMap { kind, path in
            guard let path, FileManager.default.fileExists(atPath: path) else { return nil }
            return try ColumnSurvey.read(kind, path: path, config: config)
        }
    }

    /// What a run still lacks before it can start: missing files and unrecognised required columns,
    /// each with what to do. Empty when the inputs can be read.
    package static func stillMissing(_ paths: InputPaths, config: Config) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        let required: [(InputKind, String)] = [
            (.opportunities, paths.opportunities), (.calendar, paths.calendar), (.roster, paths.roster),
        ]
        for (kind, path) in required where !fm.fileExists(atPath: path) {
            let hint =
                InputPaths.sameNameOtherwise(path, flag: "--\(kind.rawValue)").map {
                    " \($0.prefix(1).uppercased())\($0.dropFirst())."
                } ?? ""
            switch kind {
            case .opportunities: out.append("\(path): missing: the CRM's opportunity export.\(hint)")
            case .calendar:
                out.append(
                    "\(path): missing: the calendar of reference needs (refgap init writes a template).\(hint)")
            default: out.append("\(path): missing: the reference roster (refgap init writes a template).\(hint)")
            }
        }
        // Every input is looked at: a file that cannot be read is said with the others, not instead.
        var surveys: [ColumnSurvey] = []
        for (kind, path) in [
            (InputKind.opportunities, paths.opportunities), (.calendar, paths.calendar), (.roster, paths.roster),
            (.accounts, paths.accounts),
        ] {
            guard let path, fm.fileExists(atPath: path) else { continue }
            do { surveys.append(try ColumnSurvey.read(kind, path: path, config: config)) } catch let e as InputError {
                out.append(e.description)
            }
        }
        for s in surveys {
            for m in s.missing {
                let line =
                    "columns: {\(s.kind.rawValue): {\(m.field.key): \(Text.yamlQuote(m.candidate ?? "Your column"))}}"
                let next: String
                if let candidate = m.candidate {
                    next =
                        "the best candidate by its values is \"\(candidate)\" (\(m.why ?? "")): if it is right, add to refgap.yml \(line)"
                } else if let advice = m.advice {
                    next = "\(advice); if another column holds the names, name it in refgap.yml, \(line)"
                } else {
                    next = "no column looks like it: name the right one in refgap.yml, \(line)"
                }
                out.append("\(s.path): missing: no column for the required field \"\(m.field.label)\"; \(next)")
            }
        }
        return out
    }

    /// The example rows of init's templates that are still in the inputs, as things to do.
    package static func exampleRowsLeft(_ ledgers: [InputLedger]) -> [String] {
        ledgers.flatMap { l in
            l.rejectGroups.groups.filter { InitTemplates.isExampleReason($0.reason) }.map { g in
                let what =
                    l.kind == .calendar
                    ? "your reference needs (one row per need)" : "your reference contacts (one row per contact)"
                return "\(l.path):\(g.firstLine): still the example row refgap init wrote: add \(what) and delete it."
                    + (l.rowsRead == g.rows ? " The file holds nothing else yet." : "")
            }
        }
    }
}
