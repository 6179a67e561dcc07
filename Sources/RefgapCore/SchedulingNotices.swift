import Foundation
import RefgapModel

/// What a scheduled run says about its own date and folder, where a scheduler would otherwise lose a
/// week without a word (a trial's weekly runs).
extension Scheduling {
    package struct Notice: Sendable, Equatable {
        package var text: String
        /// Printed even with --quiet.
        package var isWarning: Bool
    }

    /// The config's `as_of` fixes the date of every run. With dated folders (`{as_of}` in --out) that is
    /// a schedule writing the same folder each week: a warning. Otherwise a note.
    package static func pinnedDate(_ asOf: Day, today: Day, config: String, template: String) -> [Notice] {
        guard asOf != today else { return [] }
        let dated = template.contains(placeholder)
        let text =
            "\(config): \(dated ? "warning" : "note"): as_of: \(asOf) in the config fixes the run's date (today is \(today)), so every run plans from \(asOf)\(dated ? " and writes the same dated folder" : ""). For a scheduled run, remove as_of; --as-of sets one run's date."
        return [Notice(text: text, isWarning: dated)]
    }

    /// A dated folder that already holds a finished run for the same date is replaced: said, since the
    /// next week's change section may quote the figures replaced.
    package static func replacedRun(out: String, template: String, asOf: Day) -> [Notice] {
        guard template.contains(placeholder),
            FileManager.default.fileExists(atPath: out + "/history/\(asOf).json")
        else { return [] }
        return [
            Notice(
                text:
                    "\(out): warning: replaced the reports of an earlier run for \(asOf) (a dated folder keeps the last run of its date; a later week's \"Change since\" may quote the figures replaced).",
                isWarning: true)
        ]
    }
}
