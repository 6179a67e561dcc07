import CSVReader
import Foundation
import RefgapModel
#if canImport(Glibc)
    import Glibc
#endif

/// Called as a file is read: its path, bytes read so far, and its size.
package typealias ProgressHandler = @Sendable (_ path: String, _ bytesRead: Int, _ total: Int) -> Void

/// A CSV input read whole into cells, its header mapped to logical fields.
package struct Table: Sendable {
    package var ledger: InputLedger
    package var rows: [RawRow]
    /// Logical field → column index.
    package var columns: [String: Int]

    /// The header of `column` as the file writes it, for messages; `field` when there is none.
    package func header(of column: Int?, or field: String) -> String {
        guard let column, ledger.header.indices.contains(column) else { return field }
        return ledger.header[column]
    }

    /// The trimmed cell of `field` in `row`; "" when the column is absent or the row is short.
    package func value(_ row: RawRow, _ field: String) -> String {
        guard let i = columns[field] else { return "" }
        return cell(row, i)
    }

    /// The trimmed cell at a column index resolved once (hot loops look fields up by index).
    @inline(__always)
    package func cell(_ row: RawRow, _ column: Int?) -> String {
        guard let i = column, i < row.fields.count else { return "" }
        return Text.trim(row.fields[i])
    }

    package func has(_ field: String) -> Bool { columns[field] != nil }

    /// Reads `path`, maps its header for `kind` (built-in synonyms, then the config's `columns:`),
    /// checks the required fields, and sets aside the Salesforce report footer.
    package static func read(
        _ kind: InputKind, path: String, fields: [FieldSpec], config: Config, progress: ProgressHandler? = nil
    ) throws -> Table {
        let reader: CSVReader
        do { reader = try CSVReader(path: path) } catch { throw InputError(path: path, error.message) }
        // The fingerprint is computed on another thread while the file is parsed.
        let digest = Digest(path: path)
        if let progress {
            let total = reader.byteSize
            reader.progress = { progress(path, $0, total) }
        }
        // Large files are read in parts, one libcsv parser per core; rows come back in file order
        // with whole-file line numbers.
        var records: [RawRow] = []
        do {
            let parts = try reader.parts(max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            let boxes = parts.map { _ in PartRows() }
            let spans = try reader.parse(parts) { i, record in
                boxes[i].append(record)
            }
            var before = 0
            for i in parts.indices {
                if before == 0 {
                    records += boxes[i].rows
                } else {
                    records += boxes[i].rows.map { RawRow(line: $0.line + before, fields: $0.fields) }
                }
                boxes[i].rows = []
                before += spans[i]
            }
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        // Blank lines only (a sheet saved with nothing in it) is an empty file, not one missing a column.
        if records.allSatisfy({ $0.fields.allSatisfy { Text.trim($0).isEmpty } }) {
            throw InputError(
                path: path, "the file has no header and no rows, only blank lines; export it again with its header row")
        }
        // The header: the first row that maps the known headers, past a title, filters or blank lines.
        var search = HeaderSearch(kind, fields: fields, config: config)
        var headerIndex: Int? = nil
        for record in records.prefix(HeaderSearch.lookahead) {
            if let i = search.offer(record) {
                headerIndex = i
                break
            }
        }
        let at = records.isEmpty ? nil : (headerIndex ?? search.fallback)
        let header = at.map { records[$0].fields.map { Text.trim($0) } } ?? []
        var rows: [RawRow] = []
        var ragged: [RawRow] = []
        var footer = 0, subtotals = 0, empty = 0
        var inFooter = false
        var lastDataRow: (line: Int, fields: Int)? = nil
        for record in records.dropFirst(at.map { $0 + 1 } ?? 0) {
            lastDataRow = nil
            switch RowLayout.kind(record.fields, width: header.count, inFooter: &inFooter) {
            case .footer: footer += 1
            case .subtotal: subtotals += 1
            case .empty: empty += 1
            case .ragged: ragged.append(record)
            case .data:
                rows.append(record)
                lastDataRow = (record.line, record.fields.count)
            }
        }
        let headerLine = at.map { records[$0].line } ?? 1
        records = []
        var ledger = InputLedger(kind: kind, path: path)
        ledger.bytes = reader.byteSize
        ledger.sha256 = digest.value
        ledger.header = header
        ledger.recordReading(reader)
        ledger.noteLinesAboveHeader(headerLine: headerLine, separator: reader.separatorLine ? reader.delimiter : nil)
        ledger.rowsRead = rows.count + ragged.count + footer + subtotals + empty
        RowLayout.setAside(footer: footer, subtotals: subtotals, empty: empty, in: &ledger)
        for row in ragged { ledger.reject(row, RowLayout.raggedReason(fields: row.fields.count, header: header.count)) }
        if ledger.dataRows == 0 {
            ledger.warnings.append(
                ledger.rowsRead == 0
                    ? "the file has a header but no data rows."
                    : "the file has a header but no data rows (only footer, total or empty lines).")
        }

        let columns = try mapHeader(
            kind, header: header, fields: fields, config: config, ledger: &ledger,
            sample: rows.prefix(HeaderSearch.sampleRows).map(\.fields))
        try CutOffFile.check(
            path: path, endsWithLineBreak: reader.endsWithLineBreak(), lastDataRow: lastDataRow, header: header,
            lastRead: columns.values.max() ?? 0)
        if let lastRead = columns.values.max() {
            var short = ShortRows()
            for row in rows {
                short.add(line: row.line, fields: row.fields.count, width: header.count, lastRead: lastRead)
            }
            if let warning = short.warning(headerFields: header.count) { ledger.warnings.append(warning) }
            if let note = short.note(headerFields: header.count) { ledger.notes.append(note) }
        }
        return Table(ledger: ledger, rows: rows, columns: columns)
    }
}
