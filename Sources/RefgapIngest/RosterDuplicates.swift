import RefgapModel

/// A contact listed twice counts once. A roster kept in a spreadsheet collects the same person twice
/// (a pasted block, a copy under a new id with the email in capitals), and each copy brought its own
/// capacity: a helper's trial had one person fill a need for two distinct speakers.
///
/// - A row identical to an earlier one is set aside (as for deals; no guess).
/// - Rows are one person when they share an email (any capitals; only a value that looks like an
///   email: `n/a` is no one's), an id as written together with the name, or the name and account
///   together with the email (both blank counts as the same). Each rule is an equality, so rows are
///   joined only through what they share: a second trial's namesakes with different emails, ids
///   restarting at 1, and ids refgap generated for blank cells joined people who were not one.
///   `roster_duplicates: set_aside` (the default) keeps the row verified most recently (the first
///   among equals) and sets the others aside, named in a warning with the rule that joined them;
///   `keep` counts every row as its own contact, and a note says so.
/// - The same name at the same account that no rule joins (a row without the email the other has) is
///   counted twice, and said, since one of them may be a copy.
enum RosterDuplicates {
    static let identicalReason = "identical to an earlier row (duplicate)"
    static let samePersonReason = "the same contact as another row (same email, id and name, or name and account)"

    /// `rows` with their table rows (`tableIndices`, same order); returns the contacts kept.
    static func resolve(
        _ rows: [ContactRow], tableIndices: [Int], table: Table, config: Config, ledger: inout InputLedger
    ) -> [ContactRow] {
        guard rows.count > 1 else { return rows }
        let identical = identicalRows(tableIndices, table: table)
        let identicalLines = rows.indices.filter { identical[$0] }.map { rows[$0].line }
        if !identicalLines.isEmpty {
            ledger.setAside(identicalReason, rows: identicalLines.count)
            let n = identicalLines.count
            ledger.notes.append(
                "\(n) row\(n == 1 ? " was" : "s were") identical to an earlier row and set aside as duplicates (line\(n == 1 ? "" : "s") \(lines(identicalLines))): each contact counts once."
            )
        }
        var people = UnionFind(rows.count)
        var rules = [Int: Set<String>]()
        var byKey: [String: Int] = [:]
        var byNameAtAccount: [String: [Int]] = [:]
        let idColumn = table.columns["id"]
        for (i, c) in rows.enumerated() where !identical[i] {
            let email = Self.email(c.email)
            let name = Text.fold(c.name)
            var keys: [(rule: String, key: String)] = []
            if let email { keys.append(("same email", "e\u{1F}" + email)) }
            // An id refgap generated for a blank cell is nobody's id.
            if idColumn != nil, !table.cell(table.rows[tableIndices[i]], idColumn).isEmpty {
                keys.append(("same id and name", "i\u{1F}" + c.id + "\u{1F}" + name))
            }
            if !name.isEmpty {
                let atAccount = name + "\u{1F}" + Text.fold(c.account)
                keys.append(("same name and account", "n\u{1F}" + atAccount + "\u{1F}" + (email ?? "")))
                byNameAtAccount[atAccount, default: []].append(i)
            }
            for (rule, key) in keys {
                if let j = byKey[key] {
                    people.join(i, j)
                    rules[i, default: []].insert(rule)
                    rules[j, default: []].insert(rule)
                } else {
                    byKey[key] = i
                }
            }
        }
        let roots = rows.indices.map { people.root($0) }
        var groups: [Int: [Int]] = [:]
        for i in rows.indices where !identical[i] { groups[roots[i], default: []].append(i) }
        let repeated = groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        let keep = config.rosterDuplicates == .keep
        var setAside = Set<Int>()
        var shown: [String] = []
        for group in repeated {
            // The row verified most recently stands for the person (the first among equals).
            var kept = group[0]
            for i in group.dropFirst()
            where (rows[i].lastVerified?.ordinal ?? Int.min) > (rows[kept].lastVerified?.ordinal ?? Int.min) {
                kept = i
            }
            if !keep { for i in group where i != kept { setAside.insert(i) } }
            if shown.count < 10 {
                let why = group.reduce(into: Set<String>()) { $0.formUnion(rules[$1] ?? []) }.sorted()
                shown.append(
                    "\(who(rows[kept])) (lines \(lines(group.map { rows[$0].line })); \(why.joined(separator: ", ")))")
            }
        }
        if !repeated.isEmpty {
            let extra = repeated.reduce(0) { $0 + $1.count - 1 }
            let list = shown.joined(separator: "; ") + (repeated.count > 10 ? "; and \(repeated.count - 10) more" : "")
            let listed = "\(repeated.count) contact\(repeated.count == 1 ? " is" : "s are") listed more than once"
            if keep {
                ledger.notes.append(
                    "\(listed): \(list). `roster_duplicates: keep` counts each row as its own contact (\(extra) more than there are people)."
                )
            } else {
                ledger.setAside(samePersonReason, rows: extra)
                ledger.warnings.append(
                    "\(listed): \(list). Each counts once, as its row verified most recently; \(extra) row\(extra == 1 ? " was" : "s were") set aside. If they are different people, give each their own email, or set `roster_duplicates: keep` in refgap.yml."
                )
            }
        }
        // Namesakes at one account no rule joined: counted apart, and said.
        let namesakes = byNameAtAccount.values.filter { list in
            list.count > 1 && Set(list.map { roots[$0] }).count > 1
        }.sorted { $0[0] < $1[0] }
        if !namesakes.isEmpty {
            let n = namesakes.count
            let list = namesakes.prefix(10).map { "\(who(rows[$0[0]])) (lines \(lines($0.map { rows[$0].line })))" }
            ledger.notes.append(
                "\(n) name\(n == 1 ? " appears" : "s appear") more than once at the same account with different or missing emails, counted as different people: \(list.joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). If a row is a copy, delete it or give it the same email."
            )
        }
        return rows.indices.filter { !identical[$0] && !setAside.contains($0) }.map { rows[$0] }
    }

    /// Per row, whether an earlier row has exactly the same cells (compared, not joined into a key: a
    /// large roster's rows are not copied for it).
    static func identicalRows(_ tableIndices: [Int], table: Table) -> [Bool] {
        var byHash: [Int: [Int]] = [:]
        var out = [Bool](repeating: false, count: tableIndices.count)
        for (i, t) in tableIndices.enumerated() {
            var hasher = Hasher()
            for f in table.rows[t].fields { hasher.combine(f) }
            let h = hasher.finalize()
            if let earlier = byHash[h],
                earlier.contains(where: { table.rows[tableIndices[$0]].fields == table.rows[t].fields })
            {
                out[i] = true
            } else {
                byHash[h, default: []].append(i)
            }
        }
        return out
    }

    /// An email as a key: trimmed and lowercased, nil for a value that is not an address (`n/a`, `-`).
    static func email(_ raw: String) -> String? {
        let e = Text.trim(raw).lowercased()
        guard let at = e.firstIndex(of: "@"), at != e.startIndex, e[e.index(after: at)...].contains("."),
            !e.contains(" ")
        else { return nil }
        return e
    }

    static func who(_ c: ContactRow) -> String {
        "\(Clip.quoted(c.name.isEmpty ? c.id : c.name)) (\(Clip.text(c.account)))"
    }

    /// "3, 4, 5", or the first five and how many more.
    static func lines(_ ls: [Int]) -> String {
        ls.prefix(5).map(String.init).joined(separator: ", ") + (ls.count > 5 ? " and \(ls.count - 5) more" : "")
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
