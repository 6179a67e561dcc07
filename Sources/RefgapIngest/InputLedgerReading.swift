import CSVReader
import RefgapModel

/// What only ingest does to a ledger: record a rejected row as it was read, and how the file was read.
extension InputLedger {
    /// Sets the row aside as rejected for `reason`: kept as it was, counted in its reason's group.
    package mutating func reject(_ row: RawRow, _ reason: String) {
        let r = Reject(line: row.line, reason: reason, fields: row.fields)
        rejects.append(r)
        rejectGroups.add(r)
        rowsRejected += 1
    }

    /// How the file was read: its encoding (Windows-1252 where cells were not UTF-8) and delimiter,
    /// noted first among the notes. `everyCell` is false for the opportunity export's stream, which
    /// decodes a value repeated in a column once and some columns only for the deals it lists: its
    /// count was of its decodings, not of the file's cells (a trial's moved from 56 to 58 when the
    /// overdue list read two more deals' names, another's said 2 for one cell read twice), so none is given.
    mutating func recordReading(_ reader: CSVReader, everyCell: Bool = true) {
        encoding = reader.encoding.rawValue
        delimiter = reader.delimiter == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(reader.delimiter))
        if reader.windows1252Fields > 0 {
            encoding = "Windows-1252"
            let n = reader.windows1252Fields
            notes.insert(
                everyCell
                    ? "\(n) \(n == 1 ? "cell was" : "cells were") not UTF-8 and \(n == 1 ? "was" : "were") read as Windows-1252."
                    : "Cells that were not UTF-8 were read as Windows-1252 (the export's cells are decoded as they are used, some of them more than once, so they are not counted).",
                at: 0)
            if EncodingHints.looksLikeCyrillic1251(header) { warnings.append(EncodingHints.cyrillicAdvice) }
        } else if reader.encoding != .utf8 {
            notes.insert("Read as \(reader.encoding.rawValue).", at: 0)
        }
    }
}
