import RefgapModel

extension Normalizer {
    /// The seniority column if it reads, else from the title: VP first (a Vice President is not a
    /// President), then C-level, Director (and Head of), Manager, else Practitioner. Words match whole.
    package static func seniority(column: String?, title: String) -> Seniority {
        if let column, let level = SeniorityTable.level(column) { return level }
        return seniority(title: title)
    }

    /// The roster's note on the levels read from job titles (no seniority column, or a value it does
    /// not know), where `needs` calendar needs ask for a minimum: a guess that decides who can serve them.
    /// `column` is the roster's seniority column, when it has one.
    package static func seniorityFromTitlesNote(_ counts: [Seniority: Int], needs: Int, column: String? = nil) -> String
    {
        let n = counts.values.reduce(0, +)
        let levels = Seniority.allCases.reversed().compactMap { level in
            counts[level].map { "\(level.label) \($0)" }
        }
        let howToSet =
            column.map {
                "to set a contact's level, write C-level, VP, Director, Manager or Practitioner in \(Clip.quoted($0)) (a value refgap does not know there was read from the title)"
            } ?? "to set a contact's level, add a Seniority column (C-level, VP, Director, Manager or Practitioner)"
        return
            "Seniority was read from job titles for \(n) contact\(n == 1 ? "" : "s") (\(levels.joined(separator: ", "))): \(needs) calendar need\(needs == 1 ? " asks" : "s ask") for a minimum, matched on it. A title is read by its words (`VP`, `Chief`, `Director`, `Manager`; an assistant to one is not one); \(howToSet)."
    }

    /// The roster's note on seniority cells read as C-level that data providers also give VPs
    /// (`SeniorityTable.broadExecutive`), where `needs` calendar needs of this run ask for C-level: who
    /// serves them rests on it. `column` is the roster's seniority column.
    package static func broadExecutiveNote(_ written: [String: Int], needs: Int, column: String?) -> String {
        let n = written.values.reduce(0, +)
        let shown = written.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
            "\(Clip.quoted($0.key)) (\($0.value))"
        }
        let place = column.map(Clip.quoted) ?? "the seniority column"
        return
            "\(n) contact\(n == 1 ? "'s" : "s'") seniority was read as C-level from \(shown.joined(separator: ", ")), and \(needs) calendar need\(needs == 1 ? " asks" : "s ask") for C-level. Executive is also used for VPs (job-level data sets count executive-level managers and above as executives): where one of these contacts is a VP, write VP in \(place), and C-level for one who is (either ends this note for them)."
    }

    /// A title's level by its words (`SeniorityTable.levelByWords`), Practitioner when none names one.
    package static func seniority(title: String) -> Seniority {
        SeniorityTable.levelByWords(title: title) ?? .practitioner
    }
}
