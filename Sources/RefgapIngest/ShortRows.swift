import RefgapModel

/// Data rows with fewer fields than the header, missing a column refgap reads: their missing cells
/// are read as blank, a guess the ledger's notes say (data quality, `refgap validate`): a trial's
/// roster row cut short was read as a contact never verified, and nothing said so. A note, not a
/// warning: an export that leaves out trailing blank cells is read right, and a warning on every
/// weekly run would teach the reader to skip warnings. Counted, with the first few lines.
struct ShortRows: Sendable {
    private(set) var count = 0
    private(set) var first: [(line: Int, fields: Int)] = []
    static let shown = 5

    /// A data row at `line` with `fields` fields, when the last column read is `lastRead`.
    @inline(__always)
    mutating func add(line: Int, fields: Int, lastRead: Int) {
        guard fields <= lastRead else { return }
        count += 1
        if first.count < Self.shown { first.append((line, fields)) }
    }

    mutating func add(_ other: ShortRows) {
        count += other.count
        for row in other.first where first.count < Self.shown { first.append(row) }
    }

    /// The ledger's note, when there are any.
    func note(headerFields: Int) -> String? {
        guard count > 0 else { return nil }
        let lines = first.map { "line \($0.line): \($0.fields) of \(headerFields)" }.joined(separator: "; ")
        return
            "\(count) row\(count == 1 ? " has" : "s have") fewer fields than the header (\(lines)\(count > first.count ? "; and \(count - first.count) more" : "")): the missing cells, columns refgap reads among them, were read as blank. A line break inside a value that is not quoted, or a tool that leaves out a row's trailing blank cells, does this: check those rows."
    }
}
