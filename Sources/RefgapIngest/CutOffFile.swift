import RefgapModel

/// Inputs a scheduled export left incomplete: an export that wrote its header and no rows, or one cut
/// off in the middle of a row. Either read as it stands gives a confident report on part of the
/// program (a trial's weekly run said "the gap went from 224.4 to 13" and turned its coverage alert
/// off on an export with only its header), so either stops the run (exit 2).
enum CutOffFile {
    /// The last record of a file that does not end with a line break, when it was read as a data row
    /// without a column refgap reads (`lastRead`, the highest read column's index): the file stops
    /// inside that row. (A complete last row that leaves out trailing cells refgap does not read is
    /// read as it is: a trial's export without a final line break was refused for a missing Notes cell.)
    static func check(
        path: String, endsWithLineBreak: Bool, lastDataRow: (line: Int, fields: Int)?, header: [String],
        lastRead: Int
    ) throws {
        guard !endsWithLineBreak, let last = lastDataRow, last.fields <= lastRead, last.fields < header.count
        else { return }
        let missing =
            header.indices.contains(last.fields) ? " (it stops before \"\(Clip.text(header[last.fields]))\")" : ""
        throw InputError(
            path: path, line: last.line,
            "the file ends in the middle of a row: line \(last.line) has \(last.fields) of the header's \(header.count) fields\(missing) and no line break after it. The export was cut off (interrupted, or still being written when refgap read it): export it again. If the file is kept by hand and that row is whole, end it with a line break (or fill its cells). No part of a cut file is used."
        )
    }

    /// An opportunity export with a header and no data rows: every sales figure would be zero.
    static func noDeals(path: String) -> InputError {
        InputError(
            path: path,
            "the file has a header but no data rows, which is what a CRM export writes when it fails or its filter matches nothing. Every sales figure would be zero; export it again. (refgap needs at least one deal row.)"
        )
    }
}
