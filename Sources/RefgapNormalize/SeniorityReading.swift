import RefgapModel

extension Normalizer {
    /// The seniority column if it reads, else from the title: VP first (a Vice President is not a
    /// President), then C-level, Director (and Head of), Manager, else Practitioner. Words match whole.
    package static func seniority(column: String?, title: String) -> Seniority {
        if let column, let v = SeniorityTable.levels[Text.fold(column)] {
            switch v {
            case "C-level": return .cLevel
            case "VP": return .vp
            case "Director": return .director
            case "Manager": return .manager
            default: return .practitioner
            }
        }
        return seniority(title: title)
    }

    /// The roster's note on the levels read from job titles (no seniority column, or a value it does
    /// not know), where `needs` calendar needs ask for a minimum: a guess that decides who can serve them.
    package static func seniorityFromTitlesNote(_ counts: [Seniority: Int], needs: Int) -> String {
        let n = counts.values.reduce(0, +)
        let levels = Seniority.allCases.reversed().compactMap { level in
            counts[level].map { "\(level.label) \($0)" }
        }
        return
            "Seniority was read from job titles for \(n) contact\(n == 1 ? "" : "s") (\(levels.joined(separator: ", "))): \(needs) calendar need\(needs == 1 ? " asks" : "s ask") for a minimum, matched on it. A title is read by its words (`VP`, `Chief`, `Director`, `Manager`; an assistant to one is not one); to set a contact's level, add a Seniority column (C-level, VP, Director, Manager or Practitioner)."
    }

    /// Abbreviations read without their dots (`V.P.`, `Dir.`, `Sr. Dir.`); a title is read up to where
    /// it names whom the person works for (`Executive Assistant to the CEO`, `Director, Office of the
    /// CIO`): a trial's executive assistant covered a C-level keynote. A chief of staff is a director.
    package static func seniority(title: String) -> Seniority {
        var words = title.replacingOccurrences(of: ".", with: "").lowercased()
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        if let office = words.firstIndex(of: "office"), office + 1 < words.count, words[office + 1] == "of" {
            words = Array(words[..<office])
        }
        if !Set(words).isDisjoint(with: ["assistant", "secretary", "aide", "assistente", "assistentin"]),
            let to = words.firstIndex(of: "to")
        {
            words = Array(words[..<to])
        }
        let set = Set(words)
        let phrase = " " + words.joined(separator: " ") + " "
        if set.contains("vp") || set.contains("svp") || set.contains("evp") || set.contains("avp")
            || phrase.contains(" vice president ")
        {
            return .vp
        }
        if phrase.contains(" chief of staff ") { return .director }
        let chiefs: Set<String> = [
            "chief", "ceo", "cio", "cto", "cfo", "cmo", "coo", "ciso", "cdo", "cro", "cpo", "cso", "cno", "cmio",
            "president", "président", "presidente", "founder", "cofounder", "pdg",
        ]
        if !set.isDisjoint(with: chiefs) { return .cLevel }
        let directors: Set<String> = [
            "director", "dir", "head", "directeur", "directrice", "direktor", "direktorin", "directora", "diretor",
            "diretora", "direttore", "direttrice", "leiter", "leiterin",
        ]
        if !set.isDisjoint(with: directors) { return .director }
        if set.contains("manager") || set.contains("mgr") || set.contains("gerente") { return .manager }
        return .practitioner
    }
}
