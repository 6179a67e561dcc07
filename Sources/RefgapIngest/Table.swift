import CSVReader
import Foundation
import RefgapModel
#if canImport(Glibc)
import Glibc
#endif

/// The four inputs.
public enum InputKind: String, Sendable, CaseIterable {
    case opportunities, calendar, roster, accounts

    public var fileName: String { rawValue + ".csv" }

    /// Built-in header spellings per logical field.
    var synonyms: [String: [String]] {
        switch self {
        case .opportunities: HeaderSynonyms.opportunities
        case .calendar: HeaderSynonyms.calendar
        case .roster: HeaderSynonyms.roster
        case .accounts: HeaderSynonyms.accounts
        }
    }
}

/// A value computed on a thread of its own (not a queue's, which the parsing parts may keep busy);
/// `value()` waits for it.
final class Background<T>: @unchecked Sendable {
    private var result: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    func value() throws -> T {
        done.wait()
        done.signal()
        guard let result else { preconditionFailure("signalled without a result") }
        return try result.get()
    }
}

/// A file's SHA-256, computed beside the reading; `value` waits for it ("" if the file cannot be read).
final class Digest: @unchecked Sendable {
    private let work: Background<String>
    init(path: String) { work = Background { try SHA256.hex(ofFile: path) } }
    var value: String { (try? work.value()) ?? "" }
}

/// Rows of one part of a file, filled by that part's thread only (one object per part, so no two
/// threads ever touch the same storage).
final class PartRows: @unchecked Sendable {
    var rows: [RawRow] = []
}

/// Called as a file is read: its path, bytes read so far, and its size.
public typealias ProgressHandler = @Sendable (_ path: String, _ bytesRead: Int, _ total: Int) -> Void

/// A logical field an input carries, and how a person reads its name.
public struct FieldSpec: Sendable {
    public var key: String
    public var required: Bool
    public var label: String { key.replacingOccurrences(of: "_", with: " ") }
    public init(_ key: String, required: Bool = false) { self.key = key; self.required = required }
}

/// A rejected row: as it was, its line, and why.
public struct Reject: Sendable, Equatable {
    public var line: Int
    public var reason: String
    public var fields: [String]
    public init(line: Int, reason: String, fields: [String]) { self.line = line; self.reason = reason; self.fields = fields }
}

/// Rejected rows that share a reason but for the cell as written (`close date "TBD" is not a date` and
/// `close date "soon" is not a date`): how many, and the first of them.
public struct RejectGroup: Sendable, Equatable {
    /// The reason with its quoted cells and numbers blanked: what the group's rows share.
    public var key: String
    /// The first row's reason and line.
    public var reason: String
    public var firstLine: Int
    public var rows: Int

    /// `reason` with each quoted value replaced by `"…"` and each run of digits by `#`.
    public static func key(_ reason: String) -> String {
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
public struct RejectGroups: Sendable, Equatable {
    public private(set) var groups: [RejectGroup] = []
    private var index: [String: Int] = [:]

    public init() {}

    public mutating func add(_ r: Reject) { add(RejectGroup(key: RejectGroup.key(r.reason), reason: r.reason, firstLine: r.line, rows: 1)) }

    /// Adds a group (of a later part of the file): counted into the one with its key, or appended.
    public mutating func add(_ g: RejectGroup) {
        if let i = index[g.key] { groups[i].rows += g.rows; return }
        index[g.key] = groups.count
        groups.append(g)
    }
}

/// Per input: where it came from, how it was read, and where every row went.
public struct InputLedger: Sendable, Equatable {
    public var kind: InputKind
    public var path: String
    public var bytes: Int = 0
    public var sha256: String = ""
    public var encoding: String = "UTF-8"
    public var delimiter: String = ","
    public var dialect: String? = nil
    public var header: [String] = []
    /// Logical field → the header it was read from.
    public var mapping: [(field: String, header: String)] = []
    public var unmappedHeaders: [String] = []
    public var rowsRead = 0
    public var rowsUsed = 0
    public var rowsRejected = 0
    /// Reason → rows set aside for it (report footer, closed, beyond the horizon, inactive, ...).
    public var setAside: [(reason: String, rows: Int)] = []
    /// The rejected rows, in file order: all of them, except in a large export with more than a
    /// thousand per part, where these are the first and `rejectSpools` holds the rest.
    public var rejects: [Reject] = []
    /// The rejected rows after `rejects`, in file order, as rejects-CSV rows on disk.
    public var rejectSpools: [Spool] = []
    /// Every rejected row counted by its reason, in the order the reasons first appear.
    public var rejectGroups = RejectGroups()
    /// What was decided while reading: date orders, encodings, conversions.
    public var notes: [String] = []
    /// What the person running refgap should look at: printed on standard error and in the report.
    public var warnings: [String] = []
    /// The opportunity export's stage table: every stage reading, its deals and pipeline, largest first.
    public var stages: [StageTally] = []

    public init(kind: InputKind, path: String) { self.kind = kind; self.path = path }

    public var rowsSetAside: Int { setAside.reduce(0) { $0 + $1.rows } }

    public mutating func setAside(_ reason: String, rows: Int = 1) {
        guard rows > 0 else { return }
        if let i = setAside.firstIndex(where: { $0.reason == reason }) { setAside[i].rows += rows }
        else { setAside.append((reason, rows)) }
    }

    public mutating func reject(_ row: RawRow, _ reason: String) {
        let r = Reject(line: row.line, reason: reason, fields: row.fields)
        rejects.append(r)
        rejectGroups.add(r)
        rowsRejected += 1
    }

    public var rejectRate: Double { rowsRead == 0 ? 0 : Double(rowsRejected) / Double(rowsRead) }

    public static func == (a: InputLedger, b: InputLedger) -> Bool {
        a.kind == b.kind && a.path == b.path && a.rowsRead == b.rowsRead && a.rowsUsed == b.rowsUsed
            && a.rowsRejected == b.rowsRejected && a.setAside.map(\.reason) == b.setAside.map(\.reason)
            && a.setAside.map(\.rows) == b.setAside.map(\.rows) && a.rejects == b.rejects && a.notes == b.notes
            && a.spooledRejects == b.spooledRejects && a.rejectGroups == b.rejectGroups
    }

    /// The bytes of `rejectSpools`, joined (nil when one cannot be read).
    public var spooledRejects: [UInt8]? {
        try? rejectSpools.reduce(into: [UInt8]()) { $0 += try $1.contents() }
    }

    /// A rejected row as a line of rejects/<input>.csv: line, reason, then the row's cells.
    public static func rejectRow(_ r: Reject, into out: inout [UInt8]) {
        CSVText.appendRow([String(r.line), r.reason] + r.fields, into: &out)
    }
}

extension Spool {
    /// A rejected row, as its line of rejects/<input>.csv.
    func append(_ r: Reject) throws {
        var row: [UInt8] = []
        InputLedger.rejectRow(r, into: &row)
        try append(row)
    }
}

extension InputLedger {
    /// How the file was read: its encoding (Windows-1252 where cells were not UTF-8) and delimiter,
    /// noted first among the notes.
    mutating func recordReading(_ reader: CSVReader) {
        encoding = reader.encoding.rawValue
        delimiter = reader.delimiter == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(reader.delimiter))
        if reader.windows1252Fields > 0 {
            encoding = "Windows-1252"
            notes.insert("\(reader.windows1252Fields) cells were not UTF-8 and were read as Windows-1252.", at: 0)
        } else if reader.encoding != .utf8 {
            notes.insert("Read as \(reader.encoding.rawValue).", at: 0)
        }
    }
}

/// One data row, every cell as parsed.
public struct RawRow: Sendable {
    public var line: Int
    public var fields: [String]
}

/// A CSV input read whole into cells, its header mapped to logical fields.
public struct Table: Sendable {
    public var ledger: InputLedger
    public var rows: [RawRow]
    /// Logical field → column index.
    public var columns: [String: Int]

    /// The trimmed cell of `field` in `row`; "" when the column is absent or the row is short.
    public func value(_ row: RawRow, _ field: String) -> String {
        guard let i = columns[field] else { return "" }
        return cell(row, i)
    }

    /// The trimmed cell at a column index resolved once (hot loops look fields up by index).
    @inline(__always)
    public func cell(_ row: RawRow, _ column: Int?) -> String {
        guard let i = column, i < row.fields.count else { return "" }
        return Text.trim(row.fields[i])
    }

    public func has(_ field: String) -> Bool { columns[field] != nil }

    /// Reads `path`, maps its header for `kind` (built-in synonyms, then the config's `columns:`),
    /// checks the required fields, and sets aside the Salesforce report footer.
    public static func read(
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
                boxes[i].rows.append(RawRow(line: record.line, fields: record.strings()))
            }
            var before = 0
            for i in parts.indices {
                if before == 0 { records += boxes[i].rows } else {
                    records += boxes[i].rows.map { RawRow(line: $0.line + before, fields: $0.fields) }
                }
                boxes[i].rows = []
                before += spans[i]
            }
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        // The header: the first row that maps the known headers, past a title, filters or blank lines.
        var search = HeaderSearch(kind, fields: fields, config: config)
        var headerIndex: Int? = nil
        for record in records.prefix(HeaderSearch.lookahead) {
            if let i = search.offer(record) { headerIndex = i; break }
        }
        let at = records.isEmpty ? nil : (headerIndex ?? search.fallback)
        let header = at.map { records[$0].fields.map { Text.trim($0) } } ?? []
        var rows: [RawRow] = []
        var ragged: [RawRow] = []
        var footer = 0, subtotals = 0, empty = 0
        var inFooter = false
        for record in records.dropFirst(at.map { $0 + 1 } ?? 0) {
            switch RowLayout.kind(record.fields, width: header.count, inFooter: &inFooter) {
            case .footer: footer += 1
            case .subtotal: subtotals += 1
            case .empty: empty += 1
            case .ragged: ragged.append(record)
            case .data: rows.append(record)
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
        ledger.setAside(Table.footerReason, rows: footer)
        ledger.setAside(RowLayout.subtotalReason, rows: subtotals)
        ledger.setAside(RowLayout.emptyReason, rows: empty)
        for row in ragged { ledger.reject(row, Table.raggedReason(fields: row.fields.count, header: header.count)) }
        if ledger.rowsRead == 0 {
            ledger.warnings.append("the file has a header but no data rows.")
        }

        let columns = try mapHeader(kind, header: header, fields: fields, config: config, ledger: &ledger,
                                    sample: rows.prefix(HeaderSearch.lookahead).map(\.fields))
        return Table(ledger: ledger, rows: rows, columns: columns)
    }

    static let footerReason = "report footer (Grand Totals, Confidential, Copyright lines)"

    static func raggedReason(fields: Int, header: Int) -> String {
        "has \(fields) fields but the header has \(header): a delimiter inside a value that is not quoted?"
    }

    /// Salesforce report exports end with a blank line and one-cell lines: `Grand Totals (N records)`,
    /// `Confidential Information - Do Not Distribute`, a copyright line, sometimes `Generated By`.
    static func isFooter(_ fields: [String], columns: Int, afterFooter: Bool) -> Bool {
        // A data row has a second cell; a footer line has one.
        if fields.count > 1, !Text.trim(fields[1]).isEmpty { return false }
        let nonEmpty = fields.filter { !Text.trim($0).isEmpty }
        guard columns > 1, nonEmpty.count <= 1 else { return false }
        guard let text = nonEmpty.first.map({ Text.trim($0).lowercased() }) else { return afterFooter }
        if afterFooter { return true }
        // Salesforce writes the footer in the user's language (German, French, Spanish, Italian, Dutch, Portuguese).
        let markers = ["grand totals", "grand total", "confidential information", "copyright", "generated by",
                       "total records", "salesforce.com", "gesamtsumme", "vertraulich", "totaux généraux", "total général",
                       "confidentiel", "totales generales", "total general", "confidencial", "totale complessivo", "riservat",
                       "eindtotaal", "vertrouwelijk", "totais gerais", "total geral"]
        return markers.contains { text.hasPrefix($0) || text.contains($0) }
    }

    /// Logical field → column. The config's `columns:` wins over the synonyms; a header that two
    /// fields could claim goes to the first; a field two headers match takes the first. `sample` holds
    /// the first data rows, whose values pick the suggestion when a required field has no column.
    static func mapHeader(
        _ kind: InputKind, header: [String], fields: [FieldSpec], config: Config, ledger: inout InputLedger,
        sample: [[String]] = []
    ) throws -> [String: Int] {
        let folded = header.map(Text.fold)
        var firstSeen: [String: Int] = [:]
        for (i, f) in folded.enumerated() where !f.isEmpty {
            if let first = firstSeen[f] {
                ledger.warnings.append("column \(Clip.quoted(header[i])) appears twice (columns \(first + 1) and \(i + 1)); the first is used.")
            } else {
                firstSeen[f] = i
            }
        }
        let match = HeaderMatch(kind, header: header, fields: fields, config: config)
        if let (field, wanted) = match.missingOverrides.first {
            throw InputError(path: ledger.path, """
                the config maps \(kind.rawValue) field "\(field)" to the column \(Clip.quoted(wanted)), but the file has no such column.
                  Headers found: \(header.map { Clip.text($0) }.joined(separator: ", "))
                """ + (Text.closest(to: wanted, in: header).map { "\n  Closest: \(Clip.quoted($0))" } ?? ""))
        }
        let knownKeys = Set(fields.map(\.key))
        for field in match.fromConfig where !knownKeys.contains(field) && !field.hasPrefix("dimension:") {
            if let i = match.columns[field] { ledger.notes.append("Column \(Clip.quoted(header[i])) mapped to extra field \"\(field)\" by the config.") }
        }
        let columns = match.columns
        for spec in fields where spec.required && columns[spec.key] == nil {
            throw missingColumn(kind, field: spec, header: header, path: ledger.path, sample: sample, claimed: match.claimed)
        }
        ledger.mapping = columns.sorted { $0.value < $1.value }.map { ($0.key, header[$0.value]) }
        ledger.unmappedHeaders = header.indices.filter { !match.claimed.contains($0) }.map { header[$0] }
        ledger.notes += UnreadDimension.notes(kind, header: header, claimed: match.claimed, columns: columns, fields: fields)
        ledger.warnings += UnreadDimension.moneyWarnings(kind, header: header, claimed: match.claimed, columns: columns, fields: fields)
        if kind == .opportunities {
            ledger.dialect = HeaderSynonyms.opportunityDialects.first { dialect in
                dialect.signature.allSatisfy { folded.contains(Text.fold($0)) }
            }?.name
        }
        return columns
    }
}

extension Error {
    /// The message without the `path: error:` prefix, for errors that carry their own path.
    var message: String {
        if let e = self as? CSVError { return e.message }
        return String(describing: self)
    }
}
