import ArgumentParser
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

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
