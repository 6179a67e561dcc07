import ArgumentParser
#if os(Linux)
    import CMalloc
#endif
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

@main
struct Refgap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refgap",
        abstract: "Find the gaps between the customer references your teams will need and the roster you have.",
        discussion: """
            refgap reads a CRM opportunity export, the stakeholder teams' calendar of reference needs and the \
            reference roster (and optionally a customer-success accounts export), works out how many references \
            each segment will need in the next 60, 90 and 120 days, how many the roster can really serve, and \
            whom to recruit first. Reports go to reports/ as Markdown, HTML, CSV and JSON.

            Exit codes: 0 done; 1 internal error; 2 usage, config or input structure error; 3 done, but an \
            input had more rejected rows than max_reject_rate allows; 4 done, but the first window's coverage \
            is below --fail-under.
            """,
        subcommands: [Run.self, Validate.self, Inspect.self, Init.self],
        defaultSubcommand: Run.self)

    /// As ArgumentParser's, but usage errors exit 2 (the documented code) rather than 64.
    static func main() {
        #if os(Linux)
            // One malloc arena for all threads: the parts of a large export are parsed on their own
            // threads, and per-thread arenas left the peak memory 5–10 MiB higher, and varying from run
            // to run, for no measurable speed.
            _ = mallopt(M_ARENA_MAX, 1)
        #endif
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Terminal.visible(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The inputs every command that reads a program takes.
struct InputOptions: ParsableArguments {
    @Argument(
        help: "Folder holding opportunities.csv, calendar.csv, roster.csv, and optionally accounts.csv and refgap.yml.")
    var dir: String?

    @Option(help: ArgumentHelp("The CRM opportunity export.", valueName: "file")) var opportunities: String?
    @Option(help: ArgumentHelp("The stakeholder teams' calendar of reference needs.", valueName: "file")) var calendar:
        String?
    @Option(help: ArgumentHelp("The reference roster.", valueName: "file")) var roster: String?
    @Option(help: ArgumentHelp("The customer-success accounts export (optional).", valueName: "file")) var accounts:
        String?
    @Option(help: ArgumentHelp("The config file (default: refgap.yml in the folder, if present).", valueName: "file"))
    var config: String?
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date to plan from, YYYY-MM-DD (default: the config's as_of, else today).", valueName: "date"))
    var asOf: String?
    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override one config value for this run, e.g. --set reference_rate=0.6 (repeatable).",
            valueName: "key=value"))
    var sets: [String] = []

    var asOfDay: Day? { asOf.flatMap { Day(iso: $0) } }

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, like 2026-11-24 (got \"\(asOf)\").")
        }
    }

    var paths: InputPaths {
        InputPaths.resolve(
            dir: dir, opportunities: opportunities, calendar: calendar, roster: roster, accounts: accounts,
            config: config)
    }
}

/// Standard output, with any control characters from the inputs made visible (`Terminal.visible`).
func say(_ text: String, terminator: String = "\n") {
    print(Terminal.visible(text), terminator: terminator)
}

func fail(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data((Terminal.visible(message) + "\n").utf8))
    return ExitCode(code)
}

/// Runs `body`, turning input and config problems into exit code 2 with their message.
func guarded<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as InputError {
        throw fail(e.description, code: 2)
    } catch let e as OutputWriter.Failure {
        throw fail(e.description, code: 2)
    } catch let e as ExitCode {
        throw e
    } catch {
        throw fail("refgap: internal error: \(error)", code: 1)
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compute the gaps and write the reports.",
        discussion:
            "Writes gap-report.md/.html, priorities.md/.html, gaps.csv, targets.csv, run.json, rejects/ and history/ into the output folder. Files are written to a temporary folder and renamed, so a failed run leaves the previous reports whole."
    )

    @OptionGroup var inputs: InputOptions
    @Option(
        help: ArgumentHelp(
            "Where to write the reports; {as_of} is replaced by the as-of date (--out reports/{as_of} keeps one folder per run, with a latest link beside them).",
            valueName: "dir")) var out: String = "reports"
    @Option(
        name: .customLong("fail-under"),
        help: ArgumentHelp(
            "Exit 4 (reports still written) when the first window's coverage (0-60 days) is below this share, e.g. 0.8 or 80%.",
            valueName: "coverage"))
    var failUnder: String?
    @Option(
        name: .customLong("scenario"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Run a scenario beside the base case: a name, then the settings it changes (repeatable; give the input folder before it).",
            valueName: "name key=value"))
    var scenario: [String] = []
    @Option(help: ArgumentHelp("Comma-separated formats to write: md, html, csv, json.", valueName: "list")) var format:
        String = "md,html,csv,json"
    @Flag(help: "Print nothing but errors.") var quiet = false

    func validate() throws {
        if let failUnder, Scheduling.coverage(failUnder) == nil {
            throw ValidationError(
                "--fail-under takes a coverage from 0 to 1 or a percentage, like 0.8 or 80% (got \"\(failUnder)\").")
        }
        for f in format.split(separator: ",")
        where OutputFormat(rawValue: f.trimmingCharacters(in: .whitespaces).lowercased()) == nil {
            throw ValidationError("--format takes md, html, csv and json, comma-separated (got \"\(f)\").")
        }
    }

    func run() throws {
        Interruption.shared.install()
        let paths = inputs.paths
        let formats = Set(
            format.split(separator: ",").compactMap {
                OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased())
            })
        var out = self.out
        let outcome = try guarded { () -> RunOutcome in
            var config = try Pipeline.config(paths, sets: inputs.sets, asOf: inputs.asOfDay)
            config.scenarios += try Scenarios.parse(scenario, base: config)
            let asOf = config.asOf ?? Pipeline.today()
            out = Scheduling.outputFolder(self.out, asOf: asOf)
            let info = RunInfo(
                configPath: paths.config, previous: Scheduling.previousRun(template: self.out, asOf: asOf),
                formats: formats)
            let outcome = try Pipeline.run(
                paths, config: config, today: asOf, info: info, progress: ProgressLine.handler(quiet: quiet))
            try OutputWriter.write(outcome.files.map { ($0.path, $0.pieces, $0.spools, $0.stream) }, to: out) {
                if !quiet {
                    FileHandle.standardError.write(
                        Data(
                            Terminal.visible("refgap: another run is writing to \(out); waiting for it to finish…\n")
                                .utf8))
                }
            }
            try Scheduling.linkLatest(template: self.out, asOf: asOf)
            return outcome
        }
        // The process ends right after this: the results go with it rather than being freed object by
        // object (2 ms of a 100k-row export's run, 6 ms of a 1M-row one).
        _ = Unmanaged.passRetained(NeverFreed(outcome))
        let warnings = outcome.summary.split(separator: "\n").filter { $0.contains(": warning: ") }
        if quiet && outcome.exitCode == 0 && !warnings.isEmpty {
            FileHandle.standardError.write(Data((Terminal.visible(warnings.joined(separator: "\n")) + "\n").utf8))
        }
        if !quiet || outcome.exitCode != 0 {
            let text =
                outcome.summary + "\nReports written to \(out)/: "
                + outcome.files.map(\.path).filter { !$0.contains("/") }.joined(separator: ", ")
            FileHandle.standardError.write(Data((Terminal.visible(text) + "\n").utf8))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        if let failUnder, let threshold = Scheduling.coverage(failUnder) {
            let coverage = Scheduling.firstWindowCoverage(outcome.result)
            if coverage < threshold - 1e-9 {
                let window = outcome.result.config.windowLabels.first ?? "0-60"
                // One decimal, so a coverage just under the threshold does not read as equal to it.
                let shown = Format.number(coverage * 100, decimals: 1) + "%"
                throw fail(
                    "refgap: coverage of the \(window)-day window is \(shown), below --fail-under \(Format.percent(threshold)); the reports were written to \(out)/.",
                    code: 4)
            }
        }
    }
}

/// A value deliberately retained once more and never released: the process's exit reclaims it
/// rather than freeing its objects one by one.
final class NeverFreed<T> {
    let value: T
    init(_ value: T) { self.value = value }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Read and check the inputs and the config; write no reports.",
        discussion:
            "Prints each input's ledger (rows read, used, rejected, set aside), the columns it recognised and the decisions it made. Exit code 3 when an input's reject rate is over max_reject_rate."
    )

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let paths = inputs.paths
        let config = try guarded { try Pipeline.config(paths, sets: inputs.sets, asOf: inputs.asOfDay) }
        // Everything a run lacks, at once, rather than the first missing file or column.
        let missing = try guarded { try FirstSteps.stillMissing(paths, config: config) }
        if !missing.isEmpty {
            say("Still missing before refgap can run:")
            for m in missing { say("  " + m) }
            throw ExitCode(2)
        }
        let ingested = try guarded { try Pipeline.ingest(paths, config: config) }
        var over = false
        for l in ingested.ledgers {
            say(
                "\(l.path): \(l.dialect ?? l.kind.rawValue), \(l.encoding), delimiter \(l.delimiter == "tab" ? "tab" : l.delimiter)"
            )
            say(
                "  rows read \(l.rowsRead): parsed \(l.rowsRead - l.rowsRejected - l.rowsSetAside), rejected \(l.rowsRejected), set aside \(l.rowsSetAside)"
            )
            say("  columns: " + l.mapping.map { "\($0.field) ← \(Clip.quoted($0.header))" }.joined(separator: ", "))
            if !l.unmappedHeaders.isEmpty {
                say("  not used: " + l.unmappedHeaders.map { Clip.text($0) }.joined(separator: ", "))
            }
            for w in l.warnings { say("  \(l.path): warning: \(w)") }
            for n in l.notes { say("  note: \(n)") }
            if !l.stages.isEmpty {
                say("  stages (how each was read; stages: in refgap.yml overrides any line):")
                for t in l.stages.prefix(60) {
                    let cls = t.reading.stageClass.rawValue + (t.reading.guessed ? " (a guess)" : "")
                    say(
                        "    \(Terminal.visible(t.reading.stage)): \(t.deals) deals, \(Format.money(t.pipeline, config.currency)) → \(cls), \(t.reading.reason)"
                            + (t.reading.stageClass == .open
                                ? "; probability: \(t.probabilityUsed(defaultProbability: config.defaultProbability))"
                                : ""))
                }
                if l.stages.count > 60 { say("    … and \(l.stages.count - 60) more stages (the report lists them)") }
            }
            for g in l.rejectGroups.groups.prefix(10) {
                say(
                    "  \(l.path):\(g.firstLine): rejected: \(g.reason)"
                        + (g.rows > 1 ? " (and \(g.rows - 1) more rows for the same reason)" : ""))
            }
            if l.rejectGroups.groups.count > 10 {
                say(
                    "  … and \(l.rejectGroups.groups.count - 10) more reasons; every row is listed by `refgap run` in rejects/"
                )
            }
            if l.rejectRate > config.maxRejectRate {
                over = true
                say(
                    "  \(l.path): error: \(Format.percent(l.rejectRate)) of rows rejected, over max_reject_rate \(Format.percent(config.maxRejectRate))"
                )
            }
        }
        let todo = FirstSteps.exampleRowsLeft(ingested.ledgers)
        if !todo.isEmpty {
            say("Still to do:")
            for t in todo { say("  " + t) }
        }
        // The vocabulary of supply and demand needs the allocation: the whole pipeline, nothing written.
        let asOf = config.asOf ?? Pipeline.today()
        let outcome = try guarded {
            try Pipeline.run(
                paths, config: config, today: asOf, info: RunInfo(configPath: paths.config, previous: nil, formats: []))
        }
        let vocabulary = VocabularyText.lines(outcome.result)
        if !vocabulary.isEmpty {
            say("Supply and demand vocabulary:")
            for line in vocabulary { say("  " + line) }
        }
        if over { throw ExitCode(3) }
    }
}

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how refgap reads one CSV file: delimiter, encoding, header and rows.",
        discussion:
            "With --json, prints {\"header\": [...], \"rows\": [[...], ...]} with every cell exactly as parsed, before any typing."
    )

    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Print the parsed header and rows as JSON.") var json = false
    @Option(help: "Rows to show in the summary.") var rows = 5

    func run() throws {
        var header: [String] = []
        var data: [[String]] = []
        var count = 0
        let reader: CSVReader
        do {
            reader = try CSVReader(path: file)
            var separatorLine = false
            try reader.forEachRecord { row in
                // Excel's `sep=;` line names the delimiter; the header follows it.
                if reader.separatorLine && !separatorLine {
                    separatorLine = true
                    return
                }
                if header.isEmpty && count == 0 {
                    header = row.strings()
                    count = -1
                    return
                }
                count = max(count, 0) + 1
                if json || data.count < rows { data.append(row.strings()) }
            }
        } catch let e as CSVError {
            throw fail(e.description, code: 2)
        }
        if json {
            let out = JSON.object([
                ("header", .array(header.map { .string($0) })),
                ("rows", .array(data.map { .array($0.map { .string($0) }) })),
            ])
            print(out.text())
            return
        }
        let delimiter =
            reader.delimiter == UInt8(ascii: "\t") ? "tab" : "\"\(Character(UnicodeScalar(reader.delimiter)))\""
        say(
            "\(file): \(reader.byteSize) bytes, \(reader.encoding.rawValue)\(reader.windows1252Fields > 0 ? " (\(reader.windows1252Fields) cells read as Windows-1252)" : ""), delimiter \(delimiter)"
        )
        say("\(max(count, 0)) data rows, \(header.count) columns")
        let shown = [header] + data
        let widths = header.indices.map { i in
            min(28, shown.map { i < $0.count ? fitted($0[i], width: 28).count : 0 }.max() ?? 0)
        }
        for (n, row) in shown.enumerated() {
            let cells = header.indices.map { i -> String in
                let cut = fitted(i < row.count ? row[i] : "", width: widths[i])
                return cut + String(repeating: " ", count: max(0, widths[i] - cut.count))
            }
            say(
                (n == 0 ? "header │ " : "row \(n)".padding(toLength: 6, withPad: " ", startingAt: 0) + " │ ")
                    + cells.joined(separator: " │ "))
        }
    }

    /// A cell on one line of the table: line breaks as \r and \n, other control and invisible format
    /// characters as \u{..}.
    func display(_ s: String) -> String {
        Terminal.visible(
            s.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n"), oneLine: true)
    }

    /// `display(s)` in at most `width` Characters: the longest run of whole Characters of the cell
    /// whose display fits, and `…`. Cut before escaping, so an escape is never cut in half.
    func fitted(_ s: String, width: Int) -> String {
        if s.utf8.count <= width || s.count <= width {
            let whole = display(s)
            if whole.count <= width { return whole }
        }
        var end = s.startIndex, shown = ""
        while end < s.endIndex {
            let next = s.index(after: end)
            let d = display(String(s[..<next]))
            if d.count > width - 1 { break }
            shown = d
            end = next
        }
        return shown + "…"
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Start a program: write refgap.yml with the columns refgap recognised, and calendar.csv and roster.csv templates where they are missing.",
        discussion:
            "Needs only the CRM's opportunity export in DIR. Writes DIR/refgap.yml (or prints it with --print) with the column mappings it detected and a commented placeholder for each required column it did not recognise, naming the best candidate by its values; writes calendar.csv and roster.csv templates (the headers refgap reads and one example row to delete) where they are missing; prints the next three steps. Never overwrites a file (--force replaces refgap.yml)."
    )

    @OptionGroup var inputs: InputOptions
    @Flag(help: "Overwrite an existing refgap.yml.") var force = false
    @Flag(name: .customLong("print"), help: "Print the config instead of writing it (and write no templates).")
    var printOnly = false

    func run() throws {
        let paths = inputs.paths
        let dir = inputs.dir ?? "."
        let prepared = try guarded { () -> FirstSteps.Prepared in
            let config = try Pipeline.config(paths, sets: inputs.sets, asOf: inputs.asOfDay)
            return try FirstSteps.prepare(paths, config: config, asOf: config.asOf ?? Pipeline.today(), dir: dir)
        }
        if printOnly {
            say(prepared.config, terminator: "")
            return
        }
        let fm = FileManager.default
        for t in prepared.templates where !fm.fileExists(atPath: t.path) {
            do { try t.text.write(toFile: t.path, atomically: true, encoding: .utf8) } catch {
                throw fail("\(t.path): error: cannot write (\(error.localizedDescription)).", code: 2)
            }
            say("Wrote \(t.path): a template with one example row to replace.")
        }
        let target = (dir.hasSuffix("/") ? dir : dir + "/") + "refgap.yml"
        if fm.fileExists(atPath: target) && !force {
            say("\(target) is already there: left as it is (--force replaces it, --print shows the new one).")
        } else {
            do { try prepared.config.write(toFile: target, atomically: true, encoding: .utf8) } catch {
                throw fail("\(target): error: cannot write (\(error.localizedDescription)).", code: 2)
            }
            say("Wrote \(target).")
        }
        say("Next:")
        for (i, step) in prepared.steps.enumerated() { say("  \(i + 1). \(step)") }
    }
}
