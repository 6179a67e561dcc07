// A libFuzzer target over the value parsers, the header mapping and the text written for people, all
// in memory (no file, no pipeline): tens of thousands of inputs a second. scripts/fuzz.sh runs it with
// REFGAP_FUZZ_TARGET=values and the seeds in Tests/Fixtures/fuzz-corpus-values.
//
// Each parser is one function that reads the input's text and checks what must hold whatever the text
// is: no crash or trap, the same answer twice, and the parser's own promise (a date is a valid day, an
// amount is a number). A parser added to refgap (a stage classifier, header-row detection) is one more
// function and one more line in `checks`.
import RefgapCore
@testable import RefgapIngest
import RefgapModel
import RefgapRender

enum ValueParsers {
    static let checks: [(name: String, check: @Sendable (String) -> Void)] = [
        ("Values.date", date), ("Values.amount", amount), ("Values.plainDecimal", plainDecimal),
        ("Values.percentNumber", percentNumber), ("Values.integer", integer), ("Values.flag", flag),
        ("Values.health", health), ("Values.list", list), ("Table.mapHeader", mapHeader),
        ("Clip.text", clip), ("escaping for people", escaping), ("StageClassifier", stage),
        ("OpportunityTyper.probability", probability), ("HeaderSearch", headerSearch),
    ]

    static func run(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        for c in checks { c.check(text) }
        return 0
    }

    /// Stops the run with what broke; libFuzzer keeps the input as a crash.
    static func violated(_ what: String, _ input: String) -> Never {
        fatalError("\(what), for the input \(input.debugDescription)")
    }

    // MARK: Stages, probabilities, the header row

    static let classifier = StageClassifier(config: Config())

    /// A stage reads the same twice, whatever else the row says; closed readings carry no probability;
    /// a closed flag that says true never reads open; the stage table's words never disagree with it.
    static func stage(_ s: String) {
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stageText = lines.first ?? "", status = lines.count > 1 ? lines[1] : nil
        let a = classifier.read(stage: stageText, status: status, isClosed: nil, isWon: nil, forecastCategory: nil)
        guard a == classifier.read(stage: stageText, status: status, isClosed: nil, isWon: nil, forecastCategory: nil)
        else {
            violated("StageClassifier reads a stage two ways", s)
        }
        if a.stageClass.isClosed && (a.probability != nil || a.probabilitySource != nil) {
            violated("a closed stage carries a probability", s)
        }
        let closed = classifier.read(stage: stageText, status: nil, isClosed: "true", isWon: nil, forecastCategory: nil)
        if closed.stageClass == .open { violated("a closed flag read as open", s) }
        let won = classifier.read(stage: stageText, status: nil, isClosed: "1", isWon: "yes", forecastCategory: nil)
        if won.stageClass != .won { violated("a won flag not read as won", s) }
    }

    /// A probability is within 0–1 or not used; `%` always reads as a percentage.
    static func probability(_ s: String) {
        for scale in [1.0, 100.0] {
            for config in [nil, Config.ProbabilityScale.percent, .fraction] {
                let (p, reading) = OpportunityTyper.probability(s, columnScale: scale, config: config)
                if let p, !(0...1).contains(p) { violated("a probability outside 0–1", s) }
                if (p == nil) != (reading == .blank || reading == .invalid) {
                    violated("a probability's reading disagrees with its value", s)
                }
                if s.contains("%"), let p, let n = Values.percentNumber(s), abs(p - n / 100) > 1e-12 {
                    violated("a % value not read as a percentage", s)
                }
            }
        }
    }

    /// Lines above a header: the search offers rows until one is the header or the lookahead runs out,
    /// and the header found maps every required field, or is the fallback.
    static func headerSearch(_ s: String) {
        var search = HeaderSearch(.opportunities, fields: Ingest.opportunityFields, config: Config())
        var found: Int? = nil
        for (i, line) in s.split(separator: "\n", omittingEmptySubsequences: false).prefix(60).enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if let at = search.offer(RawRow(line: i + 1, fields: cells)) {
                found = at
                break
            }
            if search.exhausted { break }
        }
        let at = found ?? search.fallback
        guard at >= 0 && (search.rows.isEmpty || at < search.rows.count) else {
            violated("HeaderSearch points past its rows", s)
        }
        if let found {
            let match = HeaderMatch(
                .opportunities, header: search.rows[found].fields, fields: Ingest.opportunityFields, config: Config())
            if Ingest.opportunityFields.contains(where: { $0.required && match.columns[$0.key] == nil }) {
                violated("HeaderSearch took a row that lacks a required field", s)
            }
        }
    }

    // MARK: Values

    static func date(_ s: String) {
        let reading = Values.date(s)
        guard reading == Values.date(s) else { violated("Values.date differs on a second call", s) }
        func valid(_ d: Day) {
            let c = d.components
            guard (1...9999).contains(c.year), Day(year: c.year, month: c.month, day: c.day) == d,
                Day(iso: d.description) == d
            else {
                violated("Values.date gave a day that does not round-trip (\(d.ordinal) → \(d.description))", s)
            }
        }
        switch reading {
        case .exact(let d): valid(d)
        case .ordered(let monthFirst, let dayFirst), .dotted(let monthFirst, let dayFirst):
            guard monthFirst != nil || dayFirst != nil else {
                violated("Values.date gave neither reading instead of nil", s)
            }
            monthFirst.map(valid)
            dayFirst.map(valid)
            if let vote = reading?.vote, reading?.resolve(vote) == nil {
                violated("Values.date votes for an order it cannot read", s)
            }
        case .excelSerial(let d):
            valid(d)
            guard reading?.resolve(.excelSerial) == d, reading?.resolve(.monthFirst) == nil else {
                violated("an Excel serial number reads as a date outside a column of serials", s)
            }
        case nil: break
        }
    }

    static func amount(_ s: String) {
        guard let (value, currency) = Values.amount(s) else {
            if Values.amount(s) != nil { violated("Values.amount differs on a second call", s) }
            return
        }
        guard let again = Values.amount(s), again.value == value || (again.value.isNaN && value.isNaN),
            again.currency == currency
        else {
            violated("Values.amount differs on a second call", s)
        }
        // Infinite only for a number past a Double (over 308 digits), which the caller rejects as too large.
        guard value.isFinite || (value.isInfinite && s.filter(\.isNumber).count > 300) else {
            violated("Values.amount gave \(value)", s)
        }
        if let currency, !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isUppercase }) {
            violated("Values.amount gave the currency \(currency.debugDescription)", s)
        }
        if let plain = Values.plainDecimal(s), plain != value || currency != nil {
            violated("Values.amount (\(value)) disagrees with its fast path (\(plain))", s)
        }
    }

    static func plainDecimal(_ s: String) {
        guard let v = Values.plainDecimal(s) else { return }
        guard v.isFinite, v >= 0, Values.plainDecimal(s) == v else { violated("Values.plainDecimal gave \(v)", s) }
        // Fifteen digits and four decimals: what the text says, to the last bit or next to it.
        if let exact = Double(s), abs(exact - v) > exact.ulp * 2 {
            violated("Values.plainDecimal gave \(v), the text says \(exact)", s)
        }
    }

    static func percentNumber(_ s: String) {
        guard let v = Values.percentNumber(s) else { return }
        guard !v.isNaN, v.isFinite || s.filter(\.isNumber).count > 300, Values.percentNumber(s) == v else {
            violated("Values.percentNumber gave \(v)", s)
        }
    }

    static func integer(_ s: String) {
        guard let n = Values.integer(s) else { return }
        guard n >= 0, Double(n) < 1e12, Values.integer(s) == n else { violated("Values.integer gave \(n)", s) }
    }

    static func flag(_ s: String) {
        let f = Values.flag(s)
        guard f == Values.flag(s) else { violated("Values.flag differs on a second call", s) }
        // Case does not matter (ASCII text: some letters change length when upper-cased).
        if s.allSatisfy(\.isASCII), Values.flag(s.uppercased()) != f { violated("Values.flag depends on case", s) }
    }

    static func health(_ s: String) {
        guard let v = Values.health(s) else { return }
        guard (0...100).contains(v) else { violated("Values.health gave \(v)", s) }
    }

    static func list(_ s: String) {
        let values = Values.list(s)
        for v in values where v.isEmpty || Text.trim(v) != v { violated("Values.list gave \(v.debugDescription)", s) }
        guard values == Values.list(s) else { violated("Values.list differs on a second call", s) }
    }

    // MARK: Header mapping

    static let kinds: [(InputKind, [FieldSpec])] = [
        (.opportunities, Ingest.opportunityFields + Ingest.dimensionFields(Config())),
        (.calendar, Ingest.calendarFields),
        (.roster, Ingest.rosterFields), (.accounts, Ingest.accountFields),
    ]

    /// The input as a header row (cells split on commas and line breaks, trimmed as the reader does; the
    /// first 40, which every built-in header fits in), mapped for one input kind (by the input's length):
    /// a mapping or a clear error, every field on a column of its own (called once: it folds every
    /// synonym on each call, the target's largest cost). Seven inputs in eight get the
    /// kind's required fields appended, so the mapping itself is checked (a header of random cells
    /// lacks them) and the slow "did you mean" of the error runs for the eighth.
    static func mapHeader(_ s: String) {
        var header = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "\n" }).prefix(40)
            .map { Text.trim(String($0)) }
        let config = Config()
        let (kind, fields) = kinds[s.utf8.count % kinds.count]
        if s.utf8.count % 8 != 0 { header += fields.filter(\.required).map(\.key) }
        var ledger = InputLedger(kind: kind, path: "fuzz.csv")
        let columns: [String: Int]
        do {
            columns = try Table.mapHeader(kind, header: header, fields: fields, config: config, ledger: &ledger)
        } catch let error as InputError {
            guard !error.diagnostic.message.isEmpty else { violated("Table.mapHeader threw an empty error", s) }
            return
        } catch {
            violated("Table.mapHeader threw \(error)", s)
        }
        // Every field on a column of its own, but the stage read from the status column where no column
        // names the stage (`HeaderMatch.stageFromStatus`, Business Central's opportunities).
        let shared = columns["stage"] != nil && columns["stage"] == columns["status"] ? 1 : 0
        guard columns.values.allSatisfy(header.indices.contains), Set(columns.values).count == columns.count - shared
        else {
            violated("Table.mapHeader gave columns \(columns) for \(header.count) headers", s)
        }
        for spec in fields where spec.required && columns[spec.key] == nil {
            violated("Table.mapHeader left \(spec.key) unmapped", s)
        }
        guard ledger.mapping.count == columns.count,
            Set(columns.values).count + ledger.unmappedHeaders.count == header.count
        else {
            violated(
                "Table.mapHeader's ledger lists \(ledger.mapping.count) mapped and \(ledger.unmappedHeaders.count) unused of \(header.count)",
                s)
        }
    }

    // MARK: Text for people

    /// A cut value is a prefix of whole Characters (or, past 1 KB in one Character, of scalars) and `…`.
    static func clip(_ s: String) {
        for limit in [1, 10, Clip.valueLength] {
            let cut = Clip.text(s, to: limit)
            if cut == s { continue }
            guard cut.hasSuffix("…") else { violated("Clip.text cut without …", s) }
            let kept = cut.unicodeScalars.dropLast()
            guard s.unicodeScalars.starts(with: kept), kept.count < s.unicodeScalars.count else {
                violated("Clip.text did not keep a prefix", s)
            }
            let characters = String(String.UnicodeScalarView(kept)).count
            guard characters <= limit, String(String.UnicodeScalarView(kept)).utf8.count <= 1_024 else {
                violated("Clip.text to \(limit) kept \(characters) Characters", s)
            }
        }
    }

    /// Text escaped for a report or a terminal holds no invisible format character (but the joiners and
    /// tags the rule keeps) and no C0 control but tab and line breaks (Markdown and the terminal drop or
    /// show C1 too; XML allows them). A header quoted into refgap.yml reads back as written.
    static func escaping(_ s: String) {
        let written = [
            ("Markdown", Escape.markdownCell(s), true), ("XML", Escape.xml(s), false),
            ("terminal", Terminal.visible(s, oneLine: true), true),
        ]
        for (kind, text, noC1) in written {
            var hidden: [Unicode.Scalar] = []
            HiddenCharacters.forEachScalar(text) { u, shown in if shown { hidden.append(u) } }
            if !hidden.isEmpty { violated("the \(kind) text has \(hidden.map(\.visibleEscape)) raw", s) }
            if text.unicodeScalars.contains(where: {
                ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r")
                    || (noC1 && $0.isControlCharacter && $0.value >= 0x7F)
            }) {
                violated("the \(kind) text holds a control character", s)
            }
        }
        let header = Text.trim(s)
        let yaml = "columns:\n  opportunities:\n    close_date: \(Text.yamlQuote(header))\n"
        let read = (try? ConfigLoader.parse(yaml, path: "fuzz.yml"))?.columns["opportunities"]?["close_date"]
        if read != header {
            violated("Text.yamlQuote(\(Text.yamlQuote(header))) reads back as \(read.debugDescription)", s)
        }
    }
}
