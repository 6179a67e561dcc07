import RefgapModel

extension RosterDuplicates {
    /// What the rules compare of each row, made once per row: the name and account hashed folded
    /// (without making the folded strings: 40,000 of them on a 20,000-contact roster were a fifth of
    /// the step; rows whose hashes meet are compared folded), whether the name folds to anything, the
    /// email as a key and its hash, and whether the id was written. A large roster's rows are keyed in
    /// two halves on two cores: after the roster's typing this is one core's work, and the export's
    /// pass has not started yet.
    struct RowKeys: Sendable {
        var nameHashes: [Int] = [], accountHashes: [Int] = [], hasName: [Bool] = []
        var emails: [String?] = [], emailHashes: [Int?] = [], writtenID: [Bool] = []

        /// Below this many rows they are keyed in one pass (a second thread costs more than it saves).
        static let halvesFrom = 4096

        /// The keys of `rows`, whose table rows are `tableIndices` (same order).
        static func of(_ rows: [ContactRow], tableIndices: [Int], table: Table) -> RowKeys {
            let n = rows.count
            guard n >= halvesFrom else { return RowKeys(rows[...], tableIndices, table) }
            var (keys, second) = inParallel(
                { RowKeys(rows[..<(n / 2)], tableIndices, table) }, { RowKeys(rows[(n / 2)...], tableIndices, table) })
            keys.append(second)
            return keys
        }

        private init(_ rows: ArraySlice<ContactRow>, _ tableIndices: [Int], _ table: Table) {
            let idColumn = table.columns["id"]
            nameHashes.reserveCapacity(rows.count)
            accountHashes.reserveCapacity(rows.count)
            hasName.reserveCapacity(rows.count)
            emails.reserveCapacity(rows.count)
            emailHashes.reserveCapacity(rows.count)
            writtenID.reserveCapacity(rows.count)
            for i in rows.indices {
                let name = RosterDuplicates.foldedHash(rows[i].name)
                hasName.append(name.nonEmpty)
                nameHashes.append(name.hash)
                accountHashes.append(RosterDuplicates.foldedHash(rows[i].account).hash)
                let email = rows[i].email.isEmpty ? nil : RosterDuplicates.email(rows[i].email)
                emails.append(email)
                emailHashes.append(email.map { RosterDuplicates.hashBytes($0).hash })
                writtenID.append(idColumn != nil && !table.cell(table.rows[tableIndices[i]], idColumn).isEmpty)
            }
        }

        /// The next rows' keys after these.
        private mutating func append(_ next: RowKeys) {
            nameHashes += next.nameHashes
            accountHashes += next.accountHashes
            hasName += next.hasName
            emails += next.emails
            emailHashes += next.emailHashes
            writtenID += next.writtenID
        }
    }
}
