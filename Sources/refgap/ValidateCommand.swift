import ArgumentParser
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

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
        // Each input read once: the ledgers as ingest left them, and the stages the vocabulary needs.
        let checked = try guarded { try Pipeline.check(paths, config: config, today: config.asOf ?? Pipeline.today()) }
        var over = false
        for l in checked.ledgers {
            say(
                "\(l.path): \(l.dialect ?? l.kind.rawValue), \(l.encoding), delimiter \(l.delimiter == "tab" ? "tab" : l.delimiter)"
            )
            say(
                "  rows read \(Format.grouped(l.rowsRead)): used \(Format.grouped(l.rowsRead - l.rowsRejected - l.rowsSetAside)), rejected \(Format.grouped(l.rowsRejected)), set aside \(Format.grouped(l.rowsSetAside))\(l.setAside.isEmpty ? "" : " (" + l.setAside.map { "\(Format.grouped($0.rows)) \($0.reason)" }.joined(separator: "; ") + ")")"
            )
            say("  columns: " + l.mapping.map { "\($0.field) ← \(Clip.quoted($0.header))" }.joined(separator: ", "))
            // Columns without a header are counted, not listed as blanks (a trial's "not used: , ").
            let named = l.unmappedHeaders.filter { !Text.trim($0).isEmpty }
            let blank = l.unmappedHeaders.count - named.count
            if !l.unmappedHeaders.isEmpty {
                say(
                    "  not used: "
                        + (named.map { Clip.text($0) }
                        + (blank > 0 ? ["\(blank) column\(blank == 1 ? "" : "s") without a header"] : []))
                        .joined(separator: ", "))
            }
            for w in l.warnings { say("  \(l.path): warning: \(w)") }
            for n in l.notes { say("  note: \(n)") }
            if !l.stages.isEmpty {
                say(
                    "  stages (how each was read; stages: in refgap.yml overrides a line's class, and sets the probability of its deals that have none):"
                )
                for t in l.stages.prefix(60) {
                    let cls = t.reading.stageClass.rawValue + (t.reading.guessed ? " (a guess)" : "")
                    say(
                        "    \(Terminal.visible(t.reading.stage)): \(Format.count(t.deals, "deal")), \(Format.money(t.pipeline, config.currency)) → \(cls), \(t.reading.reason)"
                            + (t.reading.stageClass == .open
                                ? "; probability: \(t.probabilityUsed(defaultProbability: config.defaultProbability))"
                                : ""))
                }
                if l.stages.count > 60 { say("    … and \(l.stages.count - 60) more stages (the report lists them)") }
            }
            for g in l.rejectGroups.groups.prefix(10) {
                say(
                    "  \(l.path):\(g.firstLine): rejected: \(g.reason)"
                        // The others may hold other values (`amount "n/a"`, `amount "TBD"`): like it, not the same.
                        + (g.rows > 1
                            ? " (and \(Format.grouped(g.rows - 1)) more row\(g.rows == 2 ? "" : "s") like it; `refgap run` lists each in rejects/\(l.kind.rawValue).csv)"
                            : ""))
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
        let todo = FirstSteps.exampleRowsLeft(checked.ledgers)
        if !todo.isEmpty {
            say("Still to do:")
            for t in todo { say("  " + t) }
        }
        let vocabulary = VocabularyText.lines(checked.result)
        if !vocabulary.isEmpty {
            say("Supply and demand vocabulary:")
            for line in vocabulary { say("  " + line) }
        }
        for line in GoalsMatchingNothing.lines(checked.result) { say("config: " + line) }
        if over { throw ExitCode(3) }
    }
}
