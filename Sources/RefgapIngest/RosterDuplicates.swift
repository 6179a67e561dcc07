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

    /// `rows` with their table rows (`tableIndices`, same order) and which of them are identical to an
    /// earlier one (`identicalRows`), left with the contacts kept (in place: a copy of a 20,000-contact
    /// roster was 7 MB at the run's start).
    static func resolve(
        _ rows: inout [ContactRow], identical: [Bool], tableIndices: [Int], table: Table, config: Config,
        ledger: inout InputLedger
    ) {
        guard rows.count > 1 else { return }
        let identicalLines = rows.indices.filter { identical[$0] }.map { rows[$0].line }
        if !identicalLines.isEmpty {
            ledger.setAside(identicalReason, rows: identicalLines.count)
            let n = identicalLines.count
            ledger.notes.append(
                "\(n) row\(n == 1 ? " was" : "s were") identical to an earlier row and set aside as duplicates (line\(n == 1 ? "" : "s") \(Clip.lines(identicalLines))): each contact counts once."
            )
        }
        var people = UnionFind(rows.count)
        var rules = [Int: Set<String>]()
        var namesakePairs: [(Int, Int)] = []
        let keys = RowKey.of(rows, tableIndices: tableIndices, table: table)
        // Per rule, the first row of each key, found by the key's hash and checked against that row
        // (keys as strings were 40,000 allocations on a 20,000-contact roster, held to the end). Each
        // sized at once for the rows that have its key (grown step by step, each was rehashed often).
        // Counted in one plain loop (a lazy filter's count ran as unspecialized generic code: 3 ms of a
        // 20,000-contact roster, on one core).
        var named = 0, emailed = 0, withID = 0
        for key in keys {
            if key.hasName { named += 1 }
            if key.emailHash != nil { emailed += 1 }
            if key.writtenID { withID += 1 }
        }
        var firstByRule: [[Int: Int]] = [
            Dictionary(minimumCapacity: emailed), Dictionary(minimumCapacity: withID),
            Dictionary(minimumCapacity: named),
        ]
        let ruleNames = ["same email", "same id and name", "same name and account"]
        // A name written last name first (`Smith, Quinn`) at the same account is the same name (not `Lee
        // Kim` and `Kim Lee`, nor at two companies sharing a mailbox: a trial's were two people).
        func sameName(_ i: Int, _ j: Int) -> Bool {
            if Text.fold(rows[i].name) == Text.fold(rows[j].name) { return true }
            return rows[i].name.contains(",") != rows[j].name.contains(",")
                && Text.fold(firstNameFirst(rows[i].name)) == Text.fold(firstNameFirst(rows[j].name))
                && sameAccount(i, j)
        }
        func sameAccount(_ i: Int, _ j: Int) -> Bool { Text.fold(rows[i].account) == Text.fold(rows[j].account) }
        func sameKey(_ rule: Int, _ i: Int, _ j: Int) -> Bool {
            switch rule {
            // An email alone joins rows whose names agree (or one is blank): a trial's three customers
            // at three companies, all written with the program's own mailbox, were merged into one.
            case 0:
                return keys[i].email != nil && keys[i].email == keys[j].email
                    && (!keys[i].hasName || !keys[j].hasName || sameName(i, j))
            case 1: return keys[i].writtenID && keys[j].writtenID && rows[i].id == rows[j].id && sameName(i, j)
            default: return keys[i].hasName && keys[i].email == keys[j].email && sameName(i, j) && sameAccount(i, j)
            }
        }
        // Keys' hashes mixed from the parts' (a `Hasher` per key was most of what was left).
        func mix(_ parts: Int...) -> Int { parts.reduce(0x2545_F491) { ($0 ^ $1) &* 0x100_0000_01b3 } }
        func hash(_ rule: Int, _ i: Int) -> Int? {
            switch rule {
            case 0: return keys[i].emailHash.map { mix(0, $0) }
            case 1: return keys[i].writtenID ? mix(1, Self.hashBytes(rows[i].id).hash, keys[i].nameHash) : nil
            default:
                return keys[i].hasName
                    ? mix(2, keys[i].nameHash, keys[i].accountHash, keys[i].emailHash ?? 0) : nil
            }
        }
        var firstAtAccount = [Int: Int](minimumCapacity: named)
        // By the first row with an email, the rows with other names that share it.
        var sharedEmail: [Int: [Int]] = [:]
        for i in rows.indices where !identical[i] {
            for rule in 0..<3 {
                guard let h = hash(rule, i) else { continue }
                if let j = firstByRule[rule][h] {
                    // A different key with the same hash (rare) joins nothing; one email under other
                    // names is a shared mailbox, said below.
                    guard sameKey(rule, i, j) else {
                        if rule == 0, keys[i].email != nil, keys[i].email == keys[j].email {
                            sharedEmail[j, default: [j]].append(i)
                        }
                        continue
                    }
                    people.join(i, j)
                    rules[i, default: []].insert(ruleNames[rule])
                    rules[j, default: []].insert(ruleNames[rule])
                } else {
                    firstByRule[rule][h] = i
                }
            }
            if keys[i].hasName {
                let key = mix(3, keys[i].nameHash, keys[i].accountHash)
                if let j = firstAtAccount[key] {
                    if sameName(i, j) && sameAccount(i, j) { namesakePairs.append((j, i)) }
                } else {
                    firstAtAccount[key] = i
                }
            }
        }
        let roots = rows.indices.map { people.root($0) }
        // Only people with more than one row are grouped (a list per row was 20,000 arrays for a few
        // hundred duplicates).
        var rowsOfRoot = [Int](repeating: 0, count: rows.count)
        for i in rows.indices where !identical[i] { rowsOfRoot[roots[i]] += 1 }
        var groups: [Int: [Int]] = [:]
        for i in rows.indices where !identical[i] && rowsOfRoot[roots[i]] > 1 {
            groups[roots[i], default: []].append(i)
        }
        let repeated = groups.values.sorted { $0[0] < $1[0] }
        let keep = config.rosterDuplicates == .keep
        var setAside = Set<Int>()
        var shown: [String] = []
        var combined: [String] = []
        let cells = RosterDuplicateCells(table: table, tableIndices: tableIndices)
        // Per cell, the people whose kept row took it from another row; the people whose uses were
        // added up across rows kept per activity (the first few as the warning shows them).
        var filled: [String: Int] = [:], summed: [String] = [], summedCount = 0, summedAcrossDays = 0,
            sameOnEveryRow = 0, tied = 0
        for group in repeated {
            // The row verified most recently stands for the person (the first among equals, an active
            // one first: a roster kept as one row per activity, each with its own status, had a
            // person's on-hold row stand over the active one verified the same day).
            var kept = group[0]
            for i in group.dropFirst() {
                let (day, keptDay) = (
                    rows[i].lastVerified?.ordinal ?? Int.min, rows[kept].lastVerified?.ordinal ?? Int.min
                )
                if day > keptDay || (day == keptDay && rows[i].status == .active && rows[kept].status != .active) {
                    kept = i
                }
            }
            if group.contains(where: { $0 != kept && rows[$0].lastVerified == rows[kept].lastVerified }) { tied += 1 }
            if !keep {
                for i in group where i != kept { setAside.insert(i) }
                // The others, the most recently verified first (file order among equals).
                let others = group.filter { $0 != kept }.sorted {
                    (rows[$0].lastVerified?.ordinal ?? Int.min) > (rows[$1].lastVerified?.ordinal ?? Int.min)
                }
                let perActivity = cells.usesPerActivity(group, rows, defaultActivity: config.defaultActivity)
                // A roster kept as one row per activity or product (a trial's) lists one person's
                // activities and products across the rows: the kept row takes them all.
                let (gained, notGained) = combine(
                    into: kept, from: group.filter { $0 != kept }, &rows, defaultActivity: config.defaultActivity)
                if (!gained.isEmpty || !notGained.isEmpty) && combined.count < 10 {
                    let not =
                        notGained.isEmpty ? "" : "not \(notGained.joined(separator: ", ")), whose rows are not active"
                    combined.append(
                        "\(who(rows[kept])) "
                            + (gained.isEmpty
                                ? not
                                : "gains \(gained.joined(separator: ", ")) from its other rows"
                                    + (not.isEmpty ? "" : " (\(not))")))
                }
                for label in cells.fill(kept, from: others, &rows) where perActivity == nil || label != "uses" {
                    filled[label, default: 0] += 1
                }
                switch perActivity {
                case .summed(let total, let addends, let sameDay):
                    if !sameDay { summedAcrossDays += 1 }
                    let parts = addends.map(String.init)
                    rows[kept].usesLast90Days = total
                    summedCount += 1
                    if summed.count < 5 {
                        summed.append("\(who(rows[kept])): \(parts.joined(separator: " + ")) = \(total)")
                    }
                case .sameOnEveryRow: sameOnEveryRow += 1
                case nil: break
                }
            }
            if shown.count < 10 {
                let why = group.reduce(into: Set<String>()) { $0.formUnion(rules[$1] ?? []) }.sorted()
                shown.append(
                    "\(who(rows[kept])) (lines \(Clip.lines(group.map { rows[$0].line })); \(why.joined(separator: ", ")))"
                )
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
                    // The list last: the reports clip a long warning, and what was guessed (cells taken,
                    // uses added up) must not be what is cut (a 3,000-person roster's was).
                    "\(listed). Each counts once, as its row verified most recently\(tied > 0 ? " (for \(tied) whose rows were verified the same day or not at all, the first active one of those rows, else the first)" : "")\(combined.isEmpty ? "" : ", with the activities and products of all its rows (\(combined.joined(separator: "; ")))"); \(extra) row\(extra == 1 ? " was" : "s were") set aside.\(Self.filledSentence(filled))\(Self.summedSentence(summedCount, summed, acrossDays: summedAcrossDays, sameOnEveryRow: sameOnEveryRow)) If they are different people, give each their own email, or set `roster_duplicates: keep` in refgap.yml. They are: \(list)."
                )
            }
        }
        if !sharedEmail.isEmpty {
            let lists = sharedEmail.values.sorted { $0[0] < $1[0] }
            let shownShared = lists.prefix(5).map { l in
                "\(Clip.quoted(rows[l[0]].email)) (\(l.map { who(rows[$0]) }.joined(separator: ", ")))"
            }
            ledger.notes.append(
                "\(lists.count) email\(lists.count == 1 ? " is" : "s are") written for contacts with different names, counted as different people (a shared mailbox?): \(shownShared.joined(separator: "; "))\(lists.count > 5 ? "; and \(lists.count - 5) more" : ""). If one is a copy, give it the same name, or delete it."
            )
        }
        // Namesakes at one account no rule joined: counted apart, and said (by the first such row).
        var namesakeLists: [Int: [Int]] = [:]
        for (j, i) in namesakePairs where roots[i] != roots[j] {
            namesakeLists[j, default: [j]].append(i)
        }
        let namesakes = namesakeLists.values.sorted { $0[0] < $1[0] }
        if !namesakes.isEmpty {
            let n = namesakes.count
            let list = namesakes.prefix(10).map {
                "\(who(rows[$0[0]])) (lines \(Clip.lines($0.map { rows[$0].line })))"
            }
            ledger.notes.append(
                "\(n) name\(n == 1 ? " appears" : "s appear") more than once at the same account with different or missing emails, counted as different people: \(list.joined(separator: "; "))\(n > 10 ? "; and \(n - 10) more" : ""). If a row is a copy, delete it or give it the same email."
            )
        }
        guard identical.contains(true) || !setAside.isEmpty else { return }
        var kept = 0
        for i in rows.indices where !identical[i] && !setAside.contains(i) {
            if kept != i { rows.swapAt(kept, i) }
            kept += 1
        }
        rows.removeLast(rows.count - kept)
    }

    /// The warning's words for the blank cells the kept rows took from their other rows.
    static func filledSentence(_ filled: [String: Int]) -> String {
        guard !filled.isEmpty else { return "" }
        let cells = RosterDuplicateCells.fillable.map(\.label) + ["segment values"]
        let shown = cells.compactMap { label in
            filled[label].map { "\(label) (\($0) contact\($0 == 1 ? "" : "s"))" }
        }
        return
            " Cells blank in a kept row were taken from the person's other rows (a blank cell is not newer information): \(shown.joined(separator: ", "))."
    }

    /// The warning's words for the uses added up across rows kept per activity.
    static func summedSentence(_ count: Int, _ shown: [String], acrossDays: Int, sameOnEveryRow same: Int) -> String {
        var text = ""
        if count > 0 {
            text +=
                " \(count) contact\(count == 1 ? " is" : "s are") listed once per activity with different uses on each row: each row was read as the uses of its activity, and the person's uses are their sum (\(shown.joined(separator: "; "))\(count > shown.count ? "; and \(count - shown.count) more" : "")). If each row holds the person's total, write the same total on every row."
            if acrossDays > 0 {
                text +=
                    " For \(acrossDays) of them the rows were verified on different days (rows verified more than 90 days before a person's newest count no uses): if a newer row replaces an older one (a sheet appended), delete the older row."
            }
        }
        if same > 0 {
            text +=
                " \(same) contact\(same == 1 ? " is" : "s are") listed once per activity with the same uses on every row: read as the person's total, written on each row. If each row counts only its own activity's uses, put a person's activities on one row with their total uses."
        }
        return text
    }

    /// Per row, whether an earlier row has exactly the same cells (compared, not joined into a key: a
    /// large roster's rows are not copied for it).
    static func identicalRows(_ tableIndices: [Int], table: Table) -> [Bool] {
        var firstByHash: [Int: Int] = [:], others: [Int: [Int]] = [:]
        var out = [Bool](repeating: false, count: tableIndices.count)
        // Hashed by the cells that tell contacts apart (hashing every cell was most of this step's
        // cost); rows with the same hash are compared whole.
        let named = ["id", "account", "contact", "email"].compactMap { table.columns[$0] }
        for (i, t) in tableIndices.enumerated() {
            var h = 0
            for c in named where c < table.rows[t].fields.count {
                h = h &* 31 &+ hashBytes(table.rows[t].fields[c]).hash
            }
            guard let first = firstByHash[h] else {
                firstByHash[h] = i
                continue
            }
            // Rows with the same hash and other cells (an account-only roster's contacts at one
            // account) are kept apart in `others`, each compared in turn.
            let same = { (j: Int) in table.rows[tableIndices[j]].fields == table.rows[t].fields }
            if same(first) || others[h, default: []].contains(where: same) {
                out[i] = true
            } else {
                others[h, default: []].append(i)
            }
        }
        return out
    }

    /// An FNV-1a hash of `Text.fold(s)`, made from the bytes without the folded string when `s` is
    /// ASCII (the usual case), and whether it folds to anything. Equal folds hash equal; rows whose
    /// hashes meet are compared folded.
    static func foldedHash(_ s: String) -> (hash: Int, nonEmpty: Bool) {
        var text = s
        let ascii: (hash: Int, nonEmpty: Bool)? = text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var kept = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                let c: UInt8
                if (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) {
                    c = b
                } else if (0x41...0x5A).contains(b) {
                    c = b + 32
                } else {
                    continue
                }
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                kept += 1
            }
            return (Int(truncatingIfNeeded: h), kept > 0)
        }
        return ascii ?? hashBytes(Text.fold(s))
    }

    /// FNV-1a of a string's bytes as they are.
    static func hashBytes(_ s: String) -> (hash: Int, nonEmpty: Bool) {
        var text = s
        return text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return (Int(truncatingIfNeeded: h), !bytes.isEmpty)
        }
    }

    /// An email as a key: trimmed and lowercased, nil for a value that is not an address (`n/a`, `-`).
    static func email(_ raw: String) -> String? {
        var e = Text.trim(raw).lowercased()
        // A cell pasted from a link (`mailto:ray@x.com`) is the address it links to.
        if e.hasPrefix("mailto:") { e = Text.trim(String(e.dropFirst("mailto:".count))) }
        guard let at = e.firstIndex(of: "@"), at != e.startIndex, e[e.index(after: at)...].contains("."),
            !e.contains(" ")
        else { return nil }
        return e
    }

    /// `Smith, Quinn` as `Quinn Smith` (a name without one comma as it is).
    static func firstNameFirst(_ name: String) -> String {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return name }
        return Text.trim(String(parts[1])) + " " + Text.trim(String(parts[0]))
    }

    static func who(_ c: ContactRow) -> String {
        "\(Clip.quoted(c.name.isEmpty ? c.id : c.name)) (\(Clip.text(c.account)))"
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
