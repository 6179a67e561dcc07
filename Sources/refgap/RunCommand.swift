import ArgumentParser
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

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
    @Flag(help: "Print nothing but errors and warnings.") var quiet = false

    func validate() throws {
        // A placeholder misspelt is a literal folder every run writes again (a trial's `{asof}`).
        if out.replacingOccurrences(of: Scheduling.placeholder, with: "").contains(where: { $0 == "{" || $0 == "}" }) {
            throw ValidationError(
                "--out \"\(out)\" has a { } that refgap does not replace: the only placeholder is \(Scheduling.placeholder) (the as-of date), as in --out reports/\(Scheduling.placeholder)."
            )
        }
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
        // Said on standard error after the run: warnings even with --quiet, notes without it.
        var notices: [Scheduling.Notice] = []
        let outcome = try guarded { () -> RunOutcome in
            var config = try Pipeline.config(paths, sets: inputs.sets, asOf: inputs.asOfDay)
            config.scenarios += try Scenarios.parse(scenario, base: config)
            let asOf = config.asOf ?? Pipeline.today()
            out = Scheduling.outputFolder(self.out, asOf: asOf)
            // (A date given on the command line, --as-of or --set as_of=, is the command's own.)
            if inputs.asOfDay == nil, config.asOf != nil, !inputs.sets.contains(where: { $0.hasPrefix("as_of") }) {
                notices += Scheduling.pinnedDate(
                    asOf, today: Pipeline.today(), config: paths.config ?? "refgap.yml", template: self.out)
            }
            notices += Scheduling.replacedRun(out: out, template: self.out, asOf: asOf)
            let info = RunInfo(
                configPath: paths.config, previous: Scheduling.previousRun(template: self.out, asOf: asOf),
                formats: formats)
            let outcome = try Pipeline.run(
                paths, config: config, today: asOf, info: info, progress: ProgressLine.handler(quiet: quiet))
            try OutputWriter.write(
                outcome.files.map { ($0.path, $0.pieces, $0.spools, $0.stream, $0.weight) }, to: out,
                replacing: Render.fileNames
            ) {
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
        for notice in notices where !quiet || notice.isWarning {
            FileHandle.standardError.write(Data((Terminal.visible(notice.text) + "\n").utf8))
        }
        let warnings = outcome.summary.split(separator: "\n").filter { $0.contains(": warning: ") }
        if quiet && outcome.exitCode == 0 && !warnings.isEmpty {
            FileHandle.standardError.write(Data((Terminal.visible(warnings.joined(separator: "\n")) + "\n").utf8))
        }
        if !quiet {
            let text =
                outcome.summary + "\nReports written to \(out)/: "
                + outcome.files.map(\.path).filter { !$0.contains("/") }.joined(separator: ", ")
            FileHandle.standardError.write(Data((Terminal.visible(text) + "\n").utf8))
        } else if outcome.exitCode != 0 {
            // --quiet prints errors and warnings only, whatever the exit code.
            let lines = outcome.summary.split(separator: "\n").filter {
                $0.contains(": error: ") || $0.contains(": warning: ")
            }
            FileHandle.standardError.write(Data((Terminal.visible(lines.joined(separator: "\n")) + "\n").utf8))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        if let failUnder, let threshold = Scheduling.coverage(failUnder) {
            let coverage = Scheduling.firstWindowCoverage(outcome.result.prioritized)
            if coverage < threshold - 1e-9 {
                let window = outcome.result.prioritized.config.windowLabels.first ?? "0-60"
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
