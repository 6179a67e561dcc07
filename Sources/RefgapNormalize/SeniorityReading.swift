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

    package static func seniority(title: String) -> Seniority {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let set = Set(words)
        let phrase = " " + words.joined(separator: " ") + " "
        if set.contains("vp") || set.contains("svp") || set.contains("evp") || set.contains("avp")
            || phrase.contains(" vice president ")
        {
            return .vp
        }
        let chiefs: Set<String> = [
            "chief", "ceo", "cio", "cto", "cfo", "cmo", "coo", "ciso", "cdo", "cro", "cpo", "cso", "cno", "cmio",
            "president", "founder", "cofounder",
        ]
        if !set.isDisjoint(with: chiefs) { return .cLevel }
        if set.contains("director") || phrase.contains(" head of ") || set.contains("head") { return .director }
        if set.contains("manager") || set.contains("mgr") { return .manager }
        return .practitioner
    }
}
