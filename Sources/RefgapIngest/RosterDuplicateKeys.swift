import RefgapModel

extension RosterDuplicates {
    /// What the rules compare of one row, made once per row: the name and account hashed folded
    /// (without making the folded strings: 40,000 of them on a 20,000-contact roster were a fifth of
    /// the step; rows whose hashes meet are compared folded), whether the name folds to anything, the
    /// email as a key and its hash, and whether the id was written. A large roster's rows are keyed in
    /// two halves on two cores: after the roster's typing this is one core's work, and the export's
    /// pass has not started yet.
    struct RowKey: Sendable {
        let nameHash: Int, accountHash: Int, hasName: Bool
        let email: String?, emailHash: Int?
        let writtenID: Bool

        /// Below this many rows they are keyed in one pass (a second thread costs more than it saves).
        static let halvesFrom = 4096

        /// The keys of `rows`, whose table rows are `tableIndices` (same order).
        static func of(_ rows: [ContactRow], tableIndices: [Int], table: Table) -> [RowKey] {
            let n = rows.count
            let idColumn = table.columns["id"]
            @Sendable func keys(_ range: Range<Int>) -> [RowKey] {
                range.map { i in
                    let name = RosterDuplicates.foldedHash(rows[i].name)
                    let email = rows[i].email.isEmpty ? nil : RosterDuplicates.email(rows[i].email)
                    return RowKey(
                        nameHash: name.hash, accountHash: RosterDuplicates.foldedHash(rows[i].account).hash,
                        hasName: name.nonEmpty, email: email,
                        emailHash: email.map { RosterDuplicates.hashBytes($0).hash },
                        writtenID: idColumn != nil && !table.cell(table.rows[tableIndices[i]], idColumn).isEmpty)
                }
            }
            guard n >= halvesFrom else { return keys(0..<n) }
            let (first, second) = inParallel({ keys(0..<(n / 2)) }, { keys((n / 2)..<n) })
            return first + second
        }
    }
}
