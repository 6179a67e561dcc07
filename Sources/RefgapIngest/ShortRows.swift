import RefgapModel

/// Data rows with fewer fields than the header, missing a column refgap reads: their missing cells
/// are read as blank, a guess the ledger's notes say (data quality, `refgap validate`): a trial's
/// roster row cut short was read as a contact never verified, and nothing said so. A note, not a
/// warning: an export that leaves out trailing blank cells is read right, and a warning on every
/// weekly run would teach the reader to skip warnings. Counted, with the first few lines.
///
/// Two short rows on consecutive lines whose fields add up to the header's and one more are one row
/// broken by a line break inside a value that is not quoted: that is a warning (a trial's roster lost
/// two contacts so, with nothing printed under --quiet).
struct ShortRows: Sendable {
    private(set) var count = 0
    private(set) var first: [(line: Int, fields: Int)] = []
    private(set) var broken = 0
    private(set) var firstBroken: [(line: Int, fields: Int, next: Int)] = []
    private var previous: (line: Int, fields: Int)? = nil
    static let shown = 5

    /// A data row at `line` with `fields` fields (shorter than the header's `width`), when the last
    /// column read is `lastRead`.
    @inline(__always)
    mutating func add(line: Int, fields: Int, width: Int, lastRead: Int) {
        guard fields < width else { return }
        if let p = previous, p.line + 1 == line, p.fields + fields == width + 1 {
            broken += 1
            if firstBroken.count < Self.shown { firstBroken.append((p.line, p.fields, fields)) }
            previous = nil
        } else {
            previous = (line, fields)
        }
        guard fields <= lastRead else { return }
        count += 1
        if first.count < Self.shown { first.append((line, fields)) }
    }

    mutating func add(_ other: ShortRows) {
        count += other.count
        for row in other.first where first.count < Self.shown { first.append(row) }
        broken += other.broken
        for pair in other.firstBroken where firstBroken.count < Self.shown { firstBroken.append(pair) }
    }

    /// The ledger's warning for rows broken in two, when there are any.
    func warning(headerFields: Int) -> String? {
        guard broken > 0 else { return nil }
        let pairs = firstBroken.map {
            "lines \($0.line) and \($0.line + 1) (\($0.fields) + \($0.next) fields)"
        }.joined(separator: "; ")
        return
            "\(broken) row\(broken == 1 ? " looks" : "s look") broken in two by a line break inside a value that is not quoted: \(pairs)\(broken > firstBroken.count ? "; and \(broken - firstBroken.count) more" : ""), the header has \(headerFields). Each half is read as a row of its own (most are rejected). Quote that value in the file, or take the line break out."
    }

    /// The ledger's note, when there are any.
    func note(headerFields: Int) -> String? {
        guard count > 0 else { return nil }
        let lines = first.map { "line \($0.line): \($0.fields) of \(headerFields)" }.joined(separator: "; ")
        return
            "\(count) row\(count == 1 ? " has" : "s have") fewer fields than the header (\(lines)\(count > first.count ? "; and \(count - first.count) more" : "")): the missing cells, columns refgap reads among them, were read as blank. A line break inside a value that is not quoted, or a tool that leaves out a row's trailing blank cells, does this: check those rows."
    }
}
