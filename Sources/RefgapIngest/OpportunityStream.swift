import CSVReader
import Foundation
import RefgapModel

/// The opportunity export, streamed: rows are typed as libcsv hands them out and given to the caller
/// one by one, never held all at once, so memory does not grow with the export. A large file is read
/// in parts, one libcsv parser per core. What the whole file decides (month-first or day-first dates,
/// probabilities as fractions or percentages, where each part's lines and data rows start) is guessed
/// from the header, a sample of the first rows and the scan that cuts the parts, and checked against
/// the whole file as it is read; when a guess was wrong the file is read again with the answer, so
/// rows, rejects, line numbers and row numbers are always those of a sequential read.
package final class OpportunityStream {
    package let path: String
    let config: Config
    let reader: CSVReader
    let table: Table
    let parts: [CSVReader.Part]
    let digest: Digest
    let closeHeader: String
    /// Another column whose dates settle the order the close dates leave open, from the first rows;
    /// whether other columns' dates disagree (then the amounts' decimal comma does not decide either).
    let dateEvidence: Ingest.DateEvidence?, otherDatesDisagree: Bool
    /// The amount columns' headers (the amount, the converted amount), for the notes on their decimal mark.
    let amountHeaders: [String]
    /// Records up to and including the header (lines above it: Excel's `sep=`, a title, filters).
    let headerRecords: Int
    /// The guesses the first reading uses.
    let guess: Decisions
    /// The ledger before any reading: the header and how it was mapped.
    let baseLedger: InputLedger
    private let progress: ProgressHandler?
    /// Passes over the file the last `read` took (1, or 2 when a guess was wrong).
    package private(set) var passes = 0
    /// Distinct values remembered per column and part (tests lower it to read every cell one by one).
    var internLimit = 1 << 16
    /// Rejected rows kept in memory per part; the rest go to a spool on disk (`InputLedger.rejectSpools`).
    var rejectsKept = 1_000
    /// Every stage reading met, across parts and readings (a row carries its slot).
    let stageRegistry = StageRegistry()

    package var partCount: Int { parts.count }
    /// Logical fields the file has a column for.
    package var fields: Set<String> { Set(table.columns.keys) }

    /// `cores` parts at most; files under `minimumPartBytes` stay in one part. The first rows give the
    /// guesses: `sampleRows` of them, or one per 4 KB of a smaller file (at least 2,000), since the
    /// sample is read twice and a wrong guess costs a second reading anyway, never a wrong answer.
    package init(
        path: String, config: Config, progress: ProgressHandler? = nil,
        cores: Int = ProcessInfo.processInfo.activeProcessorCount, minimumPartBytes: Int = 4 << 20,
        sampleRows: Int = 20_000
    ) throws {
        self.path = path
        self.config = config
        self.progress = progress
        do { reader = try CSVReader(path: path) } catch { throw InputError(path: path, error.message) }
        digest = Digest(path: path)
        // The scan that cuts the file into parts runs while the sample is read.
        let size = reader.byteSize
        let scan = Background {
            try CSVReader.parts(path: path, byteSize: size, max(1, cores), minimumBytes: minimumPartBytes)
        }
        // The header, then a sample of the first rows: its dates and probabilities give the guesses.
        var header: [String] = []
        var mapped: [String: Int]? = nil
        var ledger = InputLedger(kind: .opportunities, path: path)
        ledger.bytes = reader.byteSize
        let fields = Ingest.opportunityFields + Ingest.dimensionFields(config)
        var votes = Votes()
        var sampled = 0
        let sample = min(sampleRows, max(2_000, size / 4_096))
        var inFooter = false
        // The sample's dates and probabilities repeat: each distinct cell is read and voted on once,
        // its vote counted for every row that has it (a cell past the interners' limit votes alone).
        var dateCells = CellInterner(limit: 1 << 14, transform: Text.trim), dateCounts: [Int] = []
        var probabilityCells = CellInterner(limit: 1 << 14)
        var closeAt: Int? = nil, probabilityAt: Int? = nil, amountAt: Int? = nil, convertedAt: Int? = nil
        var otherDates = Ingest.OtherDateColumns()
        var search = HeaderSearch(.opportunities, fields: fields, config: config)
        var headerAt: Int? = nil, missingColumn = false
        let separator = { [reader] in reader.separatorLine ? reader.delimiter : nil }
        do {
            try reader.forEachRecord { record in
                guard mapped != nil else {
                    // A missing column's error waits for the rows its suggestion is judged on (it is made
                    // again below, from `search.fallback`).
                    if missingColumn {
                        search.collect(RawRow(line: record.line, fields: record.strings()))
                        if search.rows.count - search.fallback > HeaderSearch.sampleRows { throw SampleRead() }
                        return
                    }
                    // The header is the first row that maps the known headers; lines above it are skipped.
                    let found = search.offer(RawRow(line: record.line, fields: record.strings()))
                    guard let at = found ?? (search.exhausted ? search.fallback : nil) else { return }
                    headerAt = at
                    header = search.rows[at].fields
                    ledger.header = header
                    ledger.noteLinesAboveHeader(headerLine: search.rows[at].line, separator: separator())
                    let columns: [String: Int]
                    do {
                        columns = try Table.mapHeader(
                            .opportunities, header: header, fields: fields, config: config, ledger: &ledger,
                            sample: search.sample(after: at))
                    } catch is InputError where found == nil {
                        missingColumn = true
                        return
                    }
                    mapped = columns
                    closeAt = columns["close_date"]
                    probabilityAt = columns["probability"]
                    amountAt = columns["amount"]
                    convertedAt = columns["amount_converted"]
                    otherDates = Ingest.OtherDateColumns(width: header.count, closeDate: closeAt)
                    return
                }
                guard OpportunityStream.classify(record, width: header.count, inFooter: &inFooter) == .data else {
                    return
                }
                otherDates.add(record)
                if let c = closeAt, c < record.count {
                    if let id = dateCells.id(record, c) {
                        if id == dateCounts.count { dateCounts.append(0) }
                        dateCounts[id] += 1
                    } else {
                        votes.dates.add(Text.trim(record.string(c)))
                    }
                }
                if let c = probabilityAt, c < record.count, probabilityCells.id(record, c) == nil {
                    votes.probabilities.add(record.string(c))
                }
                // The amount the typer reads: the converted one where the row has it.
                if let c = convertedAt, c < record.count, !record.bytes(c).isEmpty {
                    votes.amounts.add(record.bytes(c))
                    if let a = amountAt, a < record.count { votes.amounts.addEvidence(record.bytes(a)) }
                } else if let c = amountAt, c < record.count {
                    votes.amounts.add(record.bytes(c))
                }
                sampled += 1
                if sampled >= sample { throw SampleRead() }
            }
        } catch is SampleRead {
        } catch let error as CSVError {
            // A broken row after the header is reported by the full read, at its place among the rows.
            if mapped == nil { throw InputError(path: path, line: error.line, error.message) }
        }
        for (id, rows) in dateCounts.enumerated() {
            votes.dates.add(code: Ingest.DateVotes.code(Values.date(dateCells.strings[id])), rows: rows)
        }
        // A probability's vote is the same however many rows repeat it.
        for text in probabilityCells.strings { votes.probabilities.add(text) }
        if mapped == nil, !search.rows.isEmpty {
            // A short file: every row was offered and none maps every required field.
            let at = search.fallback
            headerAt = at
            header = search.rows[at].fields
            ledger.header = header
            ledger.noteLinesAboveHeader(headerLine: search.rows[at].line, separator: separator())
        }
        let columns =
            try mapped
            ?? Table.mapHeader(
                .opportunities, header: header, fields: fields, config: config, ledger: &ledger,
                sample: search.sample(after: headerAt ?? 0))
        headerRecords = (headerAt ?? 0) + 1
        table = Table(ledger: ledger, rows: [], columns: columns)
        baseLedger = ledger

        // A file without ids numbers its rows; that needs one pass in order, so it stays in one part.
        do {
            let scanned = try scan.value()
            parts = columns["id"] == nil ? try reader.parts(1) : scanned
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        }

        let closeColumn = columns["close_date"]
        closeHeader = closeColumn.map { header[$0] } ?? "close_date"
        (dateEvidence, otherDatesDisagree) = (otherDates.evidence(header: header), otherDates.disagree(header: header))
        amountHeaders = ["amount", "amount_converted"].compactMap { columns[$0].map { header[$0] } }
        var scratch = ledger
        var lineOffsets: [Int?] = [0], rowOffsets: [Int?] = [0]
        var linesBefore: Int? = 0
        for part in parts.dropLast() {
            if let before = linesBefore, let breaks = part.lineBreaks {
                linesBefore = before + breaks
            } else {
                linesBefore = nil
            }
            lineOffsets.append(linesBefore)
            rowOffsets.append(nil)
        }
        guess = Decisions(
            closeOrder: closeColumn == nil
                ? Values.DateForm(config.dateOrderInEffect)
                : Ingest.decideDateOrder(
                    votes.dates, header: closeHeader, config: config, ledger: &scratch, evidence: dateEvidence),
            probabilityScale: Ingest.decideProbabilityScale(votes.probabilities, ledger: &scratch),
            decimalMark: Ingest.decideDecimalMark(
                votes.amounts, headers: amountHeaders, config: config, ledger: &scratch),
            lineOffsets: lineOffsets, rowOffsets: rowOffsets)
    }

    private struct SampleRead: Error {}
    typealias Kind = RowKind

    /// A Salesforce footer line, a subtotal or empty row, a row with more cells than the header, or data.
    static func classify(_ record: borrowing CSVRow, width: Int, inFooter: inout Bool) -> Kind {
        // The usual data row has a first and a second cell: no strings needed to tell.
        if record.count > 1 && record.count <= width && !record.bytes(1).isEmpty && !record.bytes(0).isEmpty
            && !inFooter
        {
            return .data
        }
        // Footer, subtotal and empty rows are mostly blank: a row mostly filled is data, told from the bytes.
        if !inFooter && record.count <= width {
            var filled = 0
            for i in 0..<record.count where record.bytes(i).contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                filled += 1
            }
            if filled > max(2, record.count / 2) { return .data }
        }
        return RowLayout.kind(record.strings(), width: width, inFooter: &inFooter)
    }

    /// Types every row and hands it to `body(part, row)` on the part's thread (rows of one part arrive
    /// in file order). When a guess turns out wrong, `restart` is called and every row comes again,
    /// read with the whole file's answer: the caller drops what it built from the first reading.
    /// Returns the ledger: rows read, rejects, the footer set aside, the notes.
    package func read(restart: () -> Void = {}, _ body: @Sendable (Int, OpportunityRow) -> Void) throws -> InputLedger {
        try readAll(texts: true, restart: restart) { i, row, _ in body(i, row) }
    }

    /// As `read`, but each row comes without its id, name, owner and account (they cost a string apiece
    /// on every row of a large export): `texts(fields)` reads the id, name or account of the row being
    /// handed out, and may be called only while `body` runs.
    package func readDeals(
        restart: () -> Void = {}, _ body: @Sendable (Int, OpportunityRow, (DealTexts.Fields) -> DealTexts) -> Void
    )
        throws -> InputLedger
    {
        try readAll(texts: false, restart: restart, body)
    }

    private func readAll(
        texts: Bool, restart: () -> Void,
        _ body: @Sendable (Int, OpportunityRow, (DealTexts.Fields) -> DealTexts) -> Void
    ) throws -> InputLedger {
        var decisions = guess
        let size = reader.byteSize
        passes = 0
        while true {
            passes += 1
            let label = passes == 1 ? path : path + " (read again with the whole file's decisions)"
            let (states, spans) = try pass(
                decisions, texts: texts, progress: progress.map { p in { @Sendable done in p(label, done, size) } },
                body)
            var (actual, noted) = decide(states, spans: spans)
            actual.held = DuplicateDeals.repeated(states.map(\.keys))
            // 8 bytes a row, needed no further: gone before the parts' sums are merged.
            for state in states { state.keys = [] }
            // Row offsets matter only where a later part numbered a row (a blank id); lines always do.
            let rowsUsed = states.dropFirst().contains { $0.numberedRows }
            if actual.closeOrder == decisions.closeOrder && actual.probabilityScale == decisions.probabilityScale
                && actual.decimalMark == decisions.decimalMark
                && actual.lineOffsets == decisions.lineOffsets
                && (!rowsUsed || actual.rowOffsets == decisions.rowOffsets)
                && actual.held == decisions.held
            {
                let resolved = resolveHeld(states, closeOrder: config.dateOrderInEffect, body)
                if !resolved.used.isEmpty { noted = decide(states, spans: spans, heldStake: heldStake(resolved)).1 }
                return try finish(states, ledger: noted, duplicates: resolved, decisions: decisions)
            }
            restart()
            decisions = actual
        }
    }

    /// One reading of the whole file with `decisions`.
    private func pass(
        _ decisions: Decisions, texts: Bool, progress: (@Sendable (Int) -> Void)?,
        _ body: @Sendable (Int, OpportunityRow, (DealTexts.Fields) -> DealTexts) -> Void
    ) throws
        -> ([PartState], [Int])
    {
        let config = self.config
        let columns = Ingest.OpportunityColumns(table, config: config)
        let states = (0..<parts.count).map { _ in
            PartState(
                OpportunityTyper(
                    columns, config: config, closeOrder: decisions.closeOrder,
                    probabilityScale: decisions.probabilityScale, decimalMark: decisions.decimalMark,
                    dialect: table.ledger.dialect, stages: stageRegistry, limit: internLimit))
        }
        states.first?.leadingRecords = headerRecords
        let foldedHeader = table.ledger.header.map(Text.fold)
        for state in states { state.header = foldedHeader }
        let lineOffsets = decisions.lineOffsets, rowOffsets = decisions.rowOffsets
        let held = decisions.held
        // The amounts and the last modification are what a deal's lines, or its versions, differ in besides.
        let amounts = Set([columns.amount, columns.amountConverted, columns.lastModified].compactMap { $0 })
        let repeats = Repeats(
            held: held, idColumn: columns.id, modifiedColumn: columns.lastModified,
            lineItemColumns: DuplicateDeals.lineItemColumns(table.ledger.header).filter { !amounts.contains($0) },
            width: table.ledger.header.count, amounts: [columns.amount, columns.amountConverted].compactMap { $0 })
        let width = table.ledger.header.count
        let lastRead = table.columns.values.max() ?? 0
        for state in states { state.lastRead = lastRead }
        let keep = rejectsKept
        do {
            // Each row borrows its part's state (and typer) without retaining and releasing them: the
            // states outlive the reading, and those two atomic operations per row were ~2% of a run.
            let units = states.map { Unmanaged.passUnretained($0) }
            let spans = try reader.parse(parts, progress: progress) { i, record in
                try units[i]._withUnsafeGuaranteedRef { state in
                    try state.typer.unsafeGuaranteed { typer in
                        try OpportunityStream.row(
                            record, part: i, state: state, typer: typer, width: width, keep: keep, texts: texts,
                            lineOffset: lineOffsets[i] ?? 0, rowOffset: rowOffsets[i] ?? 0,
                            repeats: repeats, body)
                    }
                }
            }
            for state in states { try state.flushPendingTitle() }
            return (states, spans)
        } catch let error as CSVError {
            throw InputError(path: path, line: error.line, error.message)
        } catch let error as Spool.Failure {
            throw InputError(path: path, error.description)
        }
    }

    /// One record of a reading: footer, ragged, rejected or typed and handed to `body`.
    @inline(__always)
    private static func row(
        _ record: borrowing CSVRow, part i: Int, state: PartState, typer: OpportunityTyper, width: Int,
        keep: Int, texts: Bool, lineOffset: Int, rowOffset: Int, repeats: Repeats,
        _ body: @Sendable (Int, OpportunityRow, (DealTexts.Fields) -> DealTexts) -> Void
    ) throws {
        if i == 0 && state.leadingRecords > 0 {
            state.leadingRecords -= 1
            return
        }
        state.rowsRead += 1
        let line = record.line + lineOffset
        state.lastDataRow = nil
        switch OpportunityStream.classify(record, width: width, inFooter: &state.inFooter) {
        case .footer:
            state.footer += 1
            if state.footerRecords == nil { state.footerRecords = FooterCount.records(record.strings()) }
            return
        case .subtotal:
            state.subtotals += 1
            if state.footerRecords == nil { state.footerRecords = FooterCount.grandTotalRecords(record.strings()) }
            return
        case .empty:
            state.emptyRows += 1
            return
        case .ragged:
            state.raggedRows += 1
            try state.reject(
                Reject(
                    line: line, reason: RowLayout.raggedReason(fields: record.count, header: width),
                    fields: record.strings()), keep: keep)
            return
        case .data:
            state.lastDataRow = (line, record.count)
            if record.count < width {
                state.short.add(line: line, fields: record.count, width: width, lastRead: state.lastRead)
            }
        }
        state.dataRows += 1
        let dataRow = rowOffset + state.dataRows
        // A row seen more than once in the file (a second reading) is typed apart (`held`).
        var key: UInt64? = nil
        if !repeats.held.isEmpty {
            let k = DuplicateDeals.key(record, idColumn: repeats.idColumn, skip: repeats.namelessSkip)
            key = k
            if repeats.held.contains(k) {
                try held(
                    record, key: k, part: i, state: state, typer: typer, line: line, dataRow: dataRow, keep: keep,
                    texts: texts, repeats: repeats)
                return
            }
        }
        let notTyped = typer.type(
            record, line: line, dataRow: dataRow, texts: texts, votes: &state.votes,
            numberedRow: &state.numberedRows, currencies: &state.currencies
        ) { typed in
            state.keys.append(key ?? DuplicateDeals.key(record, idColumn: repeats.idColumn, skip: repeats.namelessSkip))
            state.tally(typed, deal: true) { plainText(record, typer.cols.probability) }
            body(i, typed) { typer.texts(record, dataRow: dataRow, $0) }
        }
        if let notTyped { try state.put(notTyped, record, line: line, keep: keep) }
    }
}
