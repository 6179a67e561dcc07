/// Values of a seniority column (or a calendar's minimum seniority), folded to the five levels of
/// docs/model.md (Calendar needs): C-level > VP > Director > Manager > Practitioner. Titles are read
/// by words instead (`levelByWords(title:)`). In the model (not normalize) because ingest reads a
/// calendar's minimum with them: a minimum neither reads is a rejected need, not "any seniority".
package enum SeniorityTable {
    package static let levels: [String: String] = [
        "admin": "Practitioner",
        "administrator": "Practitioner",
        "analyst": "Practitioner",
        "associate": "Practitioner",
        "boardmember": "C-level",
        "avp": "VP",
        "cdo": "C-level",
        "ceo": "C-level",
        "cfo": "C-level",
        "chief": "C-level",
        "cio": "C-level",
        "ciso": "C-level",
        "clevel": "C-level",
        "cmo": "C-level",
        "coo": "C-level",
        "csuite": "C-level",
        "cto": "C-level",
        "cxo": "C-level",
        "director": "Director",
        "directorandabove": "Director",
        "directororabove": "Director",
        "enduser": "Practitioner",
        "engineer": "Practitioner",
        "entry": "Practitioner",
        "evp": "VP",
        "exec": "C-level",
        "executive": "C-level",
        "executivelevel": "C-level",
        "executivevicepresident": "VP",
        "founder": "C-level",
        "head": "Director",
        "headof": "Director",
        "ic": "Practitioner",
        "individualcontributor": "Practitioner",
        "lead": "Manager",
        "management": "Manager",
        "manager": "Manager",
        "managerorabove": "Manager",
        "mgr": "Manager",
        "owner": "C-level",
        "practitioner": "Practitioner",
        "president": "C-level",
        "senior": "Practitioner",
        "seniordirector": "Director",
        "seniorexecutive": "C-level",
        "seniormanager": "Manager",
        "seniorvicepresident": "VP",
        "specialist": "Practitioner",
        "srdirector": "Director",
        "srmanager": "Manager",
        "staff": "Practitioner",
        "svp": "VP",
        "teamlead": "Manager",
        "user": "Practitioner",
        "vicepresident": "VP",
        "vp": "VP",
        "vpandabove": "VP",
        "vplevel": "VP",
        "vporabove": "VP",
    ]

    /// Values read as C-level that data providers also give VPs: Google's job levels define Executive
    /// as "executive-level managers and above, including C-level positions". Where a need asks for
    /// C-level, the roster's note says how many contacts were read so (`Normalize`).
    package static let broadExecutive: Set<String> = ["exec", "executive", "executivelevel", "seniorexecutive"]

    /// A column's value (or a calendar's minimum) as a level, when the table has it.
    package static func level(_ value: String) -> Seniority? {
        guard let v = levels[Text.fold(value)] else { return nil }
        switch v {
        case "C-level": return .cLevel
        case "VP": return .vp
        case "Director": return .director
        case "Manager": return .manager
        default: return .practitioner
        }
    }

    /// A title's level by its words: VP first (a Vice President is not a President), then C-level,
    /// Director (and Head of), Manager; nil when no word names a level. Words match whole;
    /// abbreviations are read without their dots (`V.P.`, `Dir.`, `Sr. Dir.`); a title is read up to
    /// where it names whom the person works for (`Executive Assistant to the CEO`, `Director, Office of
    /// the CIO`): a trial's executive assistant covered a C-level keynote. A chief of staff is a director.
    package static func levelByWords(title: String) -> Seniority? {
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
            "president", "président", "presidente", "founder", "cofounder", "pdg", "chairman", "chairwoman",
            "chairperson", "geschäftsführer", "geschäftsführerin", "inhaber", "inhaberin",
        ]
        // A deputy to a chief reports to one (`Deputy CIO`); a trial's was read as C-level.
        if !set.isDisjoint(with: chiefs) { return set.contains("deputy") ? .vp : .cLevel }
        // A company's head by another name (a trial's `Managing Director`, `Owner`, `Chairman of the
        // Board` were read as Director and Practitioner). An owner of something (`Product Owner`) is not.
        if phrase.contains(" managing director ") || words.first == "owner" || set.contains("coowner")
            || phrase.contains(" co owner ")
        {
            return .cLevel
        }
        let directors: Set<String> = [
            "director", "dir", "head", "directeur", "directrice", "direktor", "direktorin", "directora", "diretor",
            "diretora", "direttore", "direttrice", "leiter", "leiterin",
        ]
        if !set.isDisjoint(with: directors) { return .director }
        if set.contains("manager") || set.contains("mgr") || set.contains("gerente") { return .manager }
        return nil
    }

    /// A calendar's minimum seniority as written: a level's name, else read by its words, where a
    /// minimum naming two levels (`VP/Director`, `Director or VP`) asks for the lower and one it
    /// excludes (`Director (not VP)`) is left out (a trial's two were read as VP where Director was meant).
    package static func minimum(_ written: String) -> Seniority? {
        if let named = level(written) { return named }
        var words = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(
            String.init)
        // Without what a `not`, `except` or `excluding` leaves out.
        var i = 0
        while i < words.count {
            if ["not", "except", "excluding", "but"].contains(words[i]) {
                words.removeSubrange(i..<min(i + 2, words.count))
            } else {
                i += 1
            }
        }
        // A range names two levels as a list does (`Manager to VP`, `Manager - VP`, `Manager–Director`,
        // `Director through VP`): the lower is asked for. A trial's ranges took the higher. A hyphen
        // with no spaces stays inside its word (`C-level`).
        let pieces = words.joined(separator: " ").components(separatedBy: "/")
            .flatMap { $0.components(separatedBy: " or ") }.flatMap { $0.components(separatedBy: ",") }
            .flatMap { $0.components(separatedBy: " to ") }.flatMap { $0.components(separatedBy: " through ") }
            .flatMap { $0.components(separatedBy: " - ") }.flatMap { $0.components(separatedBy: "–") }
            .flatMap { $0.components(separatedBy: "—") }
        let levels = pieces.compactMap { piece in level(piece) ?? levelByWords(title: piece) }
        return levels.min() ?? levelByWords(title: written)
    }
}
