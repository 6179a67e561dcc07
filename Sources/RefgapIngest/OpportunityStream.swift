import CSVReader
import Foundation
import RefgapModel

/// Why a row is rejected.
struct RowRejection: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// The opportunity export, streamed: rows are typed as libcsv hands them out and given to the caller
/// one by one, never held all at once, so memory does not grow with the export. A large file is read
/// in parts, one libcsv parser per core, in two passes: the first settles what the whole column
/// decides (month-first or day-first dates, probabilities as fractions or percentages) and where each
/// part's lines and data rows start; the second types the rows. Rejects, line numbers and row
/// numbers are those of a sequential read.
public final class OpportunityStream {
    public let path: String
    let config: Config
    let reader: CSVReader
    let table: Table
    let parts: [CSVReader.Part]
    let lineOffsets: [Int]
    let rowOffsets: [Int]
    let closeOrder: Config.DateOrder
    let probabilityScale: Double
    let digest: Digest
    var ledger: InputLedger
    private var secondHalf: (@Sendable (Int) -> Void)?

    public var partCount: Int { parts.count }
    /// Logical fields the file has a column for.
    public var fields: Set<String> { Set(table.columns.keys) }

    /// `cores` parts at most; files under `minimumPartBytes` stay in one part.
    public init(path: String, config: Config, progress: ProgressHandler? = nil,
                cores: Int = ProcessInfo.processInfo.activeProcessorCount, minimumPartBytes: Int = 4 << 20) throws {
        self.path = path
        self.config = config
        do { reader = try CSVReader(path: path) } catch { throw InputError(path: path, error.message) }
        digest = Digest(path: path)
        // The header first: the parts need its columns.
        var header: [String] = []
        do {
            try reader.forEachRecord { record in
                header = record.strings().map { Text.trim($0) }
                throw HeaderRead()
            }
        } catch is HeaderRead {
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        var ledger = InputLedger(kind: .opportunities, path: path)
        ledger.bytes = reader.byteSize
        ledger.header = header
        let fields = Ingest.opportunityFields + Ingest.dimensionFields(config)
        let columns = try Table.mapHeader(.opportunities, header: header, fields: fields, config: config, ledger: &ledger)
        table = Table(ledger: ledger, rows: [], columns: columns)

        // A file without ids numbers its rows; that needs one pass in order, so it stays in one part.
        do {
            parts = try reader.parts(columns["id"] == nil ? 1 : max(1, cores), minimumBytes: minimumPartBytes)
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }

        // Progress per pass: bytes parsed of the file's size.
        let size = reader.byteSize
        var firstHalf: (@Sendable (Int) -> Void)? = nil
        if let progress {
            firstHalf = { @Sendable (done: Int) in progress(path + " (pass 1 of 2)", done, size) }
            secondHalf = { @Sendable (done: Int) in progress(path + " (pass 2 of 2)", done, size) }
        }

        // Pass 1: votes, data rows and lines per part.
        let scan = (0..<parts.count).map { _ in ScanState() }
        let closeColumn = columns["close_date"], probabilityColumn = columns["probability"]
        let width = header.count
        let spans: [Int]
        do {
            spans = try reader.parse(parts, progress: firstHalf) { i, record in
                let state = scan[i]
                if i == 0 && !state.skippedHeader { state.skippedHeader = true; return }
                switch OpportunityStream.classify(record, width: width, inFooter: &state.inFooter) {
                case .footer, .ragged: return
                case .data: break
                }
                state.dataRows += 1
                if let c = closeColumn, c < record.count { state.dates.add(record.string(c)) }
                if let c = probabilityColumn, c < record.count { state.probabilities.add(record.string(c)) }
            }
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        var dates = Ingest.DateVotes(), probabilities = Ingest.ProbabilityVotes()
        var lines: [Int] = [], rows: [Int] = []
        var lineTotal = 0, rowTotal = 0
        for i in parts.indices {
            lines.append(lineTotal)
            rows.append(rowTotal)
            lineTotal += spans[i]
            rowTotal += scan[i].dataRows
            dates.add(scan[i].dates)
            probabilities.add(scan[i].probabilities)
        }
        lineOffsets = lines
        rowOffsets = rows
        let closeHeader = closeColumn.map { header[$0] } ?? "close_date"
        closeOrder = closeColumn == nil ? config.dateOrder : Ingest.decideDateOrder(dates, header: closeHeader, config: config, ledger: &ledger)
        probabilityScale = Ingest.decideProbabilityScale(probabilities, ledger: &ledger)
        self.ledger = ledger
    }

    private struct HeaderRead: Error {}

    enum Kind { case data, footer, ragged }

    /// A Salesforce footer line, a row with more cells than the header, or data.
    static func classify(_ record: borrowing CSVRow, width: Int, inFooter: inout Bool) -> Kind {
        // The usual data row has a second cell: no strings needed to tell.
        if record.count > 1 && record.count <= width && !record.bytes(1).isEmpty && !inFooter { return .data }
        let fields = record.strings()
        if Table.isFooter(fields, columns: width, afterFooter: inFooter) {
            inFooter = true
            return .footer
        }
        if fields.count > width, fields[width...].contains(where: { !Text.trim($0).isEmpty }) { return .ragged }
        return .data
    }

    /// Pass 2: types every row and hands it to `body(part, row)` on the part's thread (rows of one part
    /// arrive in file order). Returns the ledger: rows read, rejects, the footer set aside, the notes.
    public func read(_ body: @Sendable (Int, OpportunityRow) -> Void) throws -> InputLedger {
        let config = self.config
        let columns = Ingest.OpportunityColumns(table, config: config)
        let states = (0..<parts.count).map { _ in
            PartState(OpportunityTyper(columns, config: config, closeOrder: closeOrder, probabilityScale: probabilityScale))
        }
        let lineOffsets = self.lineOffsets, rowOffsets = self.rowOffsets
        let width = table.ledger.header.count
        do {
            _ = try reader.parse(parts, progress: secondHalf) { i, record in
                let state = states[i]
                if i == 0 && !state.skippedHeader { state.skippedHeader = true; return }
                state.rowsRead += 1
                let line = record.line + lineOffsets[i]
                switch OpportunityStream.classify(record, width: width, inFooter: &state.inFooter) {
                case .footer:
                    state.footer += 1
                    return
                case .ragged:
                    state.rejects.append(Reject(line: line, reason: Table.raggedReason(fields: record.count, header: width), fields: record.strings()))
                    return
                case .data:
                    break
                }
                state.dataRows += 1
                switch state.typer.type(record, line: line, dataRow: rowOffsets[i] + state.dataRows, unconverted: &state.unconverted) {
                case .success(let typed): body(i, typed)
                case .failure(let rejection): state.rejects.append(Reject(line: line, reason: rejection.reason, fields: record.strings()))
                }
            }
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }
        var ledger = self.ledger
        var unconverted: [String: Int] = [:]
        var footer = 0
        for state in states {
            ledger.rowsRead += state.rowsRead
            ledger.rejects += state.rejects
            ledger.rowsRejected += state.rejects.count
            footer += state.footer
            for (k, v) in state.unconverted { unconverted[k, default: 0] += v }
        }
        ledger.setAside(Table.footerReason, rows: footer)
        ledger.recordReading(reader)
        if ledger.rowsRead == 0 { ledger.warnings.append("the file has a header but no data rows.") }
        for (currency, count) in unconverted.sorted(by: { $0.key < $1.key }) {
            ledger.notes.append("\(count) amounts in \(currency) were used as they are: add `currency_rates: {\(currency): <\(config.currency) per \(currency)>}` to refgap.yml to convert them.")
        }
        ledger.sha256 = digest.value
        return ledger
    }
}

/// Per-part state of the first pass.
final class ScanState: @unchecked Sendable {
    var skippedHeader = false
    var inFooter = false
    var dataRows = 0
    var dates = Ingest.DateVotes()
    var probabilities = Ingest.ProbabilityVotes()
}

/// Per-part state of the second pass.
final class PartState: @unchecked Sendable {
    let typer: OpportunityTyper
    init(_ typer: OpportunityTyper) { self.typer = typer }
    var skippedHeader = false
    var inFooter = false
    var rowsRead = 0
    var dataRows = 0
    var footer = 0
    var rejects: [Reject] = []
    var unconverted: [String: Int] = [:]
}

/// One part's rows, for callers that want them all in memory (one object per part).
final class CollectedRows: @unchecked Sendable {
    var rows: [OpportunityRow] = []
}
