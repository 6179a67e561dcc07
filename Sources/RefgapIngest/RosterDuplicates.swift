import RefgapModel

/// A contact listed twice counts once. A roster kept in a spreadsheet collects the same person twice
/// (a pasted block, a second row under a new id, an email in other capitals), and each copy brought its
/// own capacity: a helper's trial had one person fill a need for two distinct speakers.
///
/// - A row identical to an earlier one is set aside (as for deals; no guess).
/// - Rows of one person are the same id, the same email (any capitals), or the same name at the same
///   account where their emails do not differ. `roster_duplicates: set_aside` (the default) keeps the
///   row verified most recently (the first among equals) and sets the others aside, named in a warning;
///   `keep` counts every row as its own contact and only says so.
enum RosterDuplicates {
    static let identicalReason = "identical to an earlier row (duplicate)"
    static let samePersonReason = "the same contact as another row (same id, email, or name at the same account)"

    /// `rows` with their table rows (`tableIndices`, same order); returns the contacts kept.
    static func resolve(
        _ rows: [ContactRow], tableIndices: [Int], table: Table, config: Config, ledger: inout InputLedger
    ) -> [ContactRow] {
        guard rows.count > 1 else { return rows }
        // Identical rows: the raw cells, trimmed, joined with a separator no cell holds.
        var seenRows: [String: Int] = [:]
        var identical: [Bool] = Array(repeating: false, count: rows.count)
        for (i, t) in tableIndices.enumerated() {
            let key = table.rows[t].fields.map(Text.trim).joined(separator: "\u{1F}")
            if seenRows[key] != nil { identical[i] = true } else { seenRows[key] = i }
        }
        var people = UnionFind(rows.count)
        var byID: [String: Int] = [:], byEmail: [String: Int] = [:], byName: [String: Int] = [:]
        let hasID = table.columns["id"] != nil
        for (i, c) in rows.enumerated() where !identical[i] {
            if hasID, !c.id.isEmpty {
                if let j = byID[c.id] { people.join(i, j) } else { byID[c.id] = i }
            }
            let email = Text.trim(c.email).lowercased()
            if !email.isEmpty {
                if let j = byEmail[email] { people.join(i, j) } else { byEmail[email] = i }
            }
            let name = Text.fold(c.name)
            if !name.isEmpty {
                let key = name + "\u{1F}" + Text.fold(c.account)
                if let j = byName[key] {
                    let other = Text.trim(rows[j].email).lowercased()
                    if email.isEmpty || other.isEmpty || email == other { people.join(i, j) }
                } else {
                    byName[key] = i
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in rows.indices where !identical[i] { groups[people.root(i), default: []].append(i) }
        let repeated = groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        let identicalCount = identical.filter { $0 }.count
        if identicalCount > 0 {
            ledger.setAside(identicalReason, rows: identicalCount)
            ledger.notes.append(
                "\(identicalCount) row\(identicalCount == 1 ? " was" : "s were") identical to an earlier row and set aside as duplicates (each contact counts once)."
            )
        }
        guard !repeated.isEmpty else { return zip(rows, identical).filter { !$0.1 }.map(\.0) }
        let keep = config.rosterDuplicates == .keep
        var setAside = Set<Int>()
        var shown: [String] = []
        for group in repeated {
            // The row verified most recently stands for the person (the first among equals).
            var kept = group[0]
            for i in group.dropFirst() {
                let v = rows[i].lastVerified?.ordinal ?? Int.min
                if v > rows[kept].lastVerified?.ordinal ?? Int.min { kept = i }
            }
            if !keep { for i in group where i != kept { setAside.insert(i) } }
            if shown.count < 10 {
                let c = rows[kept]
                let who = c.name.isEmpty ? c.id : c.name
                shown.append(
                    "\(Clip.quoted(who)) (\(Clip.text(c.account)), lines \(group.map { String(rows[$0].line) }.joined(separator: ", ")))"
                )
            }
        }
        let extra = repeated.reduce(0) { $0 + $1.count - 1 }
        let list = shown.joined(separator: "; ") + (repeated.count > 10 ? "; and \(repeated.count - 10) more" : "")
        let listed = "\(repeated.count) contact\(repeated.count == 1 ? " is" : "s are") listed more than once"
        if keep {
            ledger.warnings.append(
                "\(listed) (same id, email, or name at the same account): \(list). `roster_duplicates: keep` counts each row as its own contact (\(extra) more than there are people); remove the extra rows, or set `roster_duplicates: set_aside`."
            )
        } else {
            ledger.setAside(samePersonReason, rows: extra)
            ledger.warnings.append(
                "\(listed) (same id, email, or name at the same account): \(list). Each counts once, as its row verified most recently; \(extra) row\(extra == 1 ? " was" : "s were") set aside. If they are different people, give them different emails, or set `roster_duplicates: keep` in refgap.yml."
            )
        }
        return rows.indices.filter { !identical[$0] && !setAside.contains($0) }.map { rows[$0] }
    }

    /// Rows joined into people (path halving; small: a roster's rows).
    struct UnionFind {
        var parent: [Int]
        init(_ n: Int) { parent = Array(0..<n) }
        mutating func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        mutating func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            // The earlier row is the root, so a group's order is the file's.
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
    }
}
