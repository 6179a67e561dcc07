/// Rejected rows that share a reason but for the cell as written (`close date "TBD" is not a date` and
/// `close date "soon" is not a date`): how many, and the first of them.
package struct RejectGroup: Sendable, Equatable {
    /// The reason with its quoted cells and numbers blanked: what the group's rows share.
    package var key: String
    /// The first row's reason and line.
    package var reason: String
    package var firstLine: Int
    package var rows: Int

    /// `reason` with each quoted value replaced by `"…"` and each run of digits by `#`.
    package static func key(_ reason: String) -> String {
        var out = String.UnicodeScalarView()
        var quoted = false, digits = false
        for u in reason.unicodeScalars {
            if u == "\"" {
                quoted.toggle()
                if quoted { out.append(contentsOf: "\"…\"".unicodeScalars) }
                continue
            }
            if quoted { continue }
            let digit = ("0"..."9").contains(u)
            if digit && !digits { out.append("#") }
            digits = digit
            if !digit { out.append(u) }
        }
        return String(out)
    }
}

/// Reject groups in first-seen order, with an index by key.
package struct RejectGroups: Sendable, Equatable {
    package private(set) var groups: [RejectGroup] = []
    private var index: [String: Int] = [:]

    package init() {}

    package mutating func add(_ r: Reject) {
        add(RejectGroup(key: RejectGroup.key(r.reason), reason: r.reason, firstLine: r.line, rows: 1))
    }

    /// Adds a group (of a later part of the file): counted into the one with its key, or appended.
    package mutating func add(_ g: RejectGroup) {
        if let i = index[g.key] {
            groups[i].rows += g.rows
            return
        }
        index[g.key] = groups.count
        groups.append(g)
    }
}
