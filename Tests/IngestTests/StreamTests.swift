import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel
import RefgapNormalize

/// The opportunity export read in one part and in several gives the same rows, rejects and lines.
@Suite("Parallel opportunity ingest")
struct StreamTests {
    /// A Salesforce-style export whose descriptions carry quoted newlines, commas and quotes, with bad
    /// values sprinkled in and the report footer at the end.
    static func export(rows: Int) -> String {
        var text =
            "\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Stage\",\"Close Date\",\"Amount\",\"Probability (%)\",\"Industry\",\"Description\"\r\n"
        var g: UInt64 = 42
        func next(_ n: UInt64) -> UInt64 {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return (g >> 33) % n
        }
        for i in 0..<rows {
            let desc = next(4) == 0 ? "\"first line,\r\nsecond \"\"quoted\"\"\nthird\"" : "\"\""
            let date = next(97) == 0 ? "TBD" : "\(1 + next(12))/\(1 + next(28))/2027"
            let amount = next(101) == 0 ? "n/a" : "\(1000 * (1 + next(900))).00"
            let stage = ["Prospecting", "Closed Won", "Negotiation/Review", "Qualification"][Int(next(4))]
            text +=
                "\"OPP\(i)\",\"Deal \(i)\",\"Account \(next(50))\",\"\(stage)\",\"\(date)\",\"\(amount)\",\"\(next(100))\",\"Retail\",\(desc)\r\n"
            if next(211) == 0 { text += "\r\n" }
        }
        return text + "\r\n\"Grand Totals (\(rows) records)\"\r\n\"Confidential Information - Do Not Distribute\"\r\n"
    }

    func read(_ path: String, cores: Int) throws -> (rows: [OpportunityRow], ledger: InputLedger, parts: Int) {
        let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
            boxes[part].rows.append(row)
        }
        return (boxes.flatMap(\.rows), ledger, stream.partCount)
    }

    @Test func partsGiveTheSequentialRowsRejectsAndLines() throws {
        let path = try tempFile(Self.export(rows: 4000))
        let sequential = try read(path, cores: 1)
        #expect(sequential.parts == 1)
        #expect(sequential.ledger.rowsRejected > 0)
        for cores in [2, 3, 5, 8] {
            let parallel = try read(path, cores: cores)
            #expect(parallel.parts == cores)
            #expect(parallel.rows == sequential.rows, "\(cores) parts")
            #expect(parallel.ledger == sequential.ledger, "\(cores) parts")
            #expect(parallel.ledger.rejects.map(\.line) == sequential.ledger.rejects.map(\.line))
            #expect(parallel.ledger.rowsRead == sequential.ledger.rowsRead)
        }
        #expect(sequential.ledger.rowsRead == 4002)  // 4000 rows and two footer lines
        #expect(
            sequential.ledger.rowsRead == sequential.rows.count + sequential.ledger.rowsRejected
                + sequential.ledger.rowsSetAside)
    }

    /// All the rejected rows of a reading as rejects/<input>.csv lines: those kept in memory, then the spools.
    static func rejectLines(_ ledger: InputLedger) throws -> [UInt8] {
        var out: [UInt8] = []
        for r in ledger.rejects { InputLedger.rejectRow(r, into: &out) }
        for spool in ledger.rejectSpools { out += try spool.contents() }
        return out
    }

    /// Past `rejectsKept` per part, rejected rows go to spools on disk; in memory or spooled, in one
    /// part or several, the rejects come out the same and in file order.
    @Test func rejectsPastTheKeptOnesAreSpooledInFileOrder() throws {
        let path = try tempFile(Self.export(rows: 4000))
        let whole = try OpportunityStream(path: path, config: Config(), cores: 1, minimumPartBytes: 0)
        let reference = try whole.read { _, _ in }
        #expect(reference.rowsRejected > 40)
        #expect(reference.rejectSpools.isEmpty)
        let expected = try Self.rejectLines(reference)
        for cores in [1, 2, 5] {
            for kept in [0, 3, 10] {
                let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
                stream.rejectsKept = kept
                let ledger = try stream.read { _, _ in }
                #expect(ledger.rowsRejected == reference.rowsRejected)
                #expect(!ledger.rejectSpools.isEmpty, "\(cores) parts, \(kept) kept")
                #expect(ledger.rejects.count <= kept, "\(cores) parts, \(kept) kept")
                #expect(ledger.rejects == Array(reference.rejects.prefix(ledger.rejects.count)))
                #expect(try Self.rejectLines(ledger) == expected, "\(cores) parts, \(kept) kept")
            }
        }
    }

    /// 300 rows: the first 100 with dates that read either way, then dates that read only day-first;
    /// ids left blank where `blankID(i)`.
    static func lateDecidingExport(blankID: (Int) -> Bool = { _ in false }) -> String {
        var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount\n"
        for i in 0..<300 {
            let date = i < 100 ? "03/04/2027" : "25/0\(1 + i % 9)/2027"
            text +=
                "\(blankID(i) ? "" : "OPP\(i)"),Deal \(i),\"Account \(i % 7)\",Prospecting,\(date),\"\(1000 + i)\"\n"
        }
        return text
    }

    @Test func theSampleCountsEveryRowsDateNotEachDistinctDate() throws {
        // Fifty rows share one day-first date; three rows have three distinct month-first dates. By
        // rows the file is day-first, by distinct values month-first: the sample must vote as the
        // whole-file check does, by rows, or the file is read twice.
        var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount\n"
        for i in 0..<53 {
            let date = i < 50 ? "25/03/2027" : "03/2\(i - 45)/2027"
            text += "OPP\(i),Deal \(i),Acme,Prospecting,\(date),1000\n"
        }
        let path = try tempFile(text)
        for cores in [1, 2] {
            let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
            let ledger = try stream.read { _, _ in }
            #expect(stream.passes == 1, "\(cores) parts")
            #expect(ledger.rowsRejected == 3, "the month-first rows: \(cores) parts")
            #expect(ledger.notes.contains { $0.contains("50 values read only that way, 3 only the other way") })
        }
    }

    @Test func aWrongGuessFromTheSampleIsReadAgainWithTheWholeFilesDateOrder() throws {
        let path = try tempFile(Self.lateDecidingExport())
        var results: [(rows: [OpportunityRow], ledger: InputLedger)] = []
        for cores in [1, 3] {
            let stream = try OpportunityStream(
                path: path, config: Config(), cores: cores, minimumPartBytes: 0, sampleRows: 20)
            let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
            let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
                boxes[part].rows.append(row)
            }
            #expect(stream.passes == 2, "the sample saw only dates that read either way: \(cores) parts")
            results.append((boxes.flatMap(\.rows), ledger))
        }
        let (rows, ledger) = results[0]
        #expect(rows.count == 300)
        #expect(rows[0].closeDate == Day(year: 2027, month: 4, day: 3))
        #expect(ledger.notes.contains { $0.contains(Config.DateOrder.dayFirst.rawValue) })
        #expect(results[1].rows == rows)
        #expect(results[1].ledger == ledger)
    }

    @Test func rowsWithoutIdsInALaterPartTakeTheirNumbersFromTheWholeFile() throws {
        let path = try tempFile(Self.lateDecidingExport(blankID: { $0 % 40 == 39 }))
        func read(cores: Int) throws -> (rows: [OpportunityRow], passes: Int) {
            let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
            let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
            _ = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
                boxes[part].rows.append(row)
            }
            return (boxes.flatMap(\.rows), stream.passes)
        }
        let sequential = try read(cores: 1), parallel = try read(cores: 3)
        #expect(sequential.passes == 1)
        #expect(parallel.passes == 2, "the later parts numbered rows before they knew the rows before them")
        #expect(sequential.rows.map(\.id) == parallel.rows.map(\.id))
        #expect(sequential.rows[279].id == "280")
        #expect(sequential.rows[278].id == "OPP278")
    }

    @Test func notingARowRecordsWhatMakingItsOpportunityRecords() throws {
        // Rows with every dimension and rows with blanks, values spelled several ways and unknown
        // ones, an accounts book that fills some blanks: normalize's `note` (for deals only counted)
        // leaves the data-quality counts and the spellings met exactly as `opportunity` does.
        var text =
            "Opportunity ID,Account Name,Stage,Close Date,Amount,Industry,Billing State/Province,Billing Country,Product Family,Employees,Activity\n"
        let industries = ["Healthcare", "hospital & health care", "", "Basket Weaving", "Retail"]
        let states = ["Ohio", "", "Bavaria", "Texas"]
        let countries = ["United States", "Germany", ""]
        let products = ["Cloud Platform", "", "Analytics", "Quantum Widgets"]
        var g: UInt64 = 11
        func next(_ n: Int) -> Int {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return Int((g >> 33) % UInt64(n))
        }
        for i in 0..<4000 {
            text +=
                "O\(i),Acct \(next(30)),\(next(3) == 0 ? "Closed Won" : "Prospecting"),\(1 + next(12))/\(1 + next(28))/2027,\(1000 * (1 + next(90))),"
            text +=
                "\(industries[next(industries.count)]),\(states[next(states.count)]),\(countries[next(countries.count)]),"
            text +=
                "\(products[next(products.count)]),\(next(4) == 0 ? "" : String(10 + next(20_000))),\(next(5) == 0 ? "Case study" : "")\n"
        }
        let path = try tempFile(text)
        let stream = try OpportunityStream(path: path, config: Config(), cores: 2, minimumPartBytes: 0)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        _ = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in boxes[part].rows.append(row)
        }
        let rows = boxes.flatMap(\.rows)
        #expect(rows.contains { $0.dimensions.keyed != nil })
        var accountsNormalizer = Normalizer(config: Config())
        let accountRows = (0..<10).map { i in
            AccountRow(
                name: "Acct \(i)", dimensions: RawDimensions(["industry": "Insurance", "product": "Analytics"]),
                health: nil, arr: nil,
                nps: nil, csm: "", openEscalations: 0, renewal: nil, line: i + 2)
        }
        let book = Normalize.accountBook(
            Ingested(rows: accountRows, ledger: InputLedger(kind: .accounts, path: "accounts.csv"), fields: []),
            normalizer: &accountsNormalizer)
        var made = accountsNormalizer, noted = accountsNormalizer, inDemand = accountsNormalizer
        var madeQuality = DataQuality(), notedQuality = DataQuality(), inDemandQuality = DataQuality()
        for row in rows {
            // A row only counted is not demand: its blank dimensions are not "open deals that match any
            // contact" (a trial's count took in overdue deals set aside).
            var code: Int? = nil
            _ = made.opportunity(
                row, account: { row.account }, book: book, quality: &madeQuality, dimensionsCode: &code,
                inDemand: false)
            noted.note(row, account: { row.account }, book: book, quality: &notedQuality)
            _ = inDemand.opportunity(row, book: book, quality: &inDemandQuality)
        }
        #expect(notedQuality == madeQuality)
        #expect(madeQuality.enrichedOpportunities > 100 && madeQuality.blankDimensions.isEmpty)
        #expect(!inDemandQuality.blankDimensions.isEmpty)
        #expect(inDemandQuality.enrichedOpportunities == madeQuality.enrichedOpportunities)
        #expect(noted.unknownValues == made.unknownValues)
        #expect(!made.unknownValues.isEmpty)
        for (dimension, values) in [("industry", ["Basket Weaving", "healthcare"]), ("activity", ["case study"])] {
            for v in values { #expect(noted.display(dimension, v) == made.display(dimension, v)) }
        }
    }

    @Test func rowsReadCellByCellEqualRowsReadThroughTheInterners() throws {
        // A limit of 3 distinct values per column: most cells miss the interners and are read as text,
        // most rows keep their dimension cells as text; the rows must not change.
        // Ten industries, spelled several ways, so the dimension column has more values than the limit.
        let industries = [
            "Retail", "Healthcare", "hospital & health care", "Banking", "Insurance", "Retail ", "Education",
            "Higher Education", "Energy", "Oil & Gas",
        ]
        let pieces = Self.export(rows: 3000).components(separatedBy: "\"Retail\"")
        var text = pieces[0]
        for (i, piece) in pieces.dropFirst().enumerated() { text += "\"\(industries[i % industries.count])\"" + piece }
        let path = try tempFile(text)
        func read(limit: Int) throws -> (rows: [OpportunityRow], ledger: InputLedger) {
            let stream = try OpportunityStream(path: path, config: Config(), cores: 3, minimumPartBytes: 0)
            stream.internLimit = limit
            let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
            let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
                boxes[part].rows.append(row)
            }
            return (boxes.flatMap(\.rows), ledger)
        }
        let interned = try read(limit: 1 << 16), cellByCell = try read(limit: 3)
        #expect(interned.rows.contains { $0.dimensions.keyed != nil })
        #expect(cellByCell.rows.contains { $0.dimensions.keyed == nil })
        #expect(cellByCell.rows == interned.rows)
        #expect(cellByCell.ledger == interned.ledger)
        // Normalize remembers values by cell id for the first and reads the text of the second.
        func normalized(_ rows: [OpportunityRow]) -> [Opportunity] {
            var n = Normalizer(config: Config()), quality = DataQuality()
            let book = Normalize.accountBook(nil, normalizer: &n)
            return Normalize.opportunities(rows, book: book, normalizer: &n, quality: &quality)
        }
        let a = normalized(interned.rows), b = normalized(cellByCell.rows)
        #expect(a.count == b.count)
        let firstDifference = zip(a, b).first { $0 != $1 }
        #expect(firstDifference == nil, "first difference: \(String(describing: firstDifference))")
        #expect(Set(a.compactMap { $0.dimensions.first ?? nil }).count >= 6)
        // Rows read through the interners get codes for their values: equal codes, equal values, and
        // no code of one normalizer is a code of another (each part's ids start a new set of codes).
        func coded(_ rows: [OpportunityRow]) -> [(Opportunity, Int?)] {
            var n = Normalizer(config: Config()), quality = DataQuality()
            let book = Normalize.accountBook(nil, normalizer: &n)
            return rows.map { row in
                var code: Int? = nil
                let o = n.opportunity(
                    row, account: { row.account }, book: book, quality: &quality, dimensionsCode: &code)
                return (o, code)
            }
        }
        let first = coded(interned.rows), second = coded(interned.rows)
        #expect(first.map(\.0) == a)
        #expect(zip(interned.rows, first).allSatisfy { ($0.dimensions.keyed != nil) == ($1.1 != nil) })
        var valuesByCode: [Int: [String?]] = [:]
        for (o, code) in first {
            if let code {
                #expect(valuesByCode[code, default: o.dimensions] == o.dimensions)
                valuesByCode[code] = o.dimensions
            }
        }
        #expect(valuesByCode.count >= 6)
        #expect(Set(first.compactMap(\.1)).isDisjoint(with: Set(second.compactMap(\.1))))
        #expect(coded(cellByCell.rows).contains { $0.1 == nil })
    }

    @Test func rowsWithoutTextsGiveTheirIdsAndNamesOnRequest() throws {
        let path = try tempFile(Self.lateDecidingExport(blankID: { $0 % 40 == 39 }))
        let full = try read(path, cores: 3)
        let stream = try OpportunityStream(path: path, config: Config(), cores: 3, minimumPartBytes: 0)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        let texts = (0..<stream.partCount).map { _ in CollectedTexts() }
        let ledger = try stream.readDeals(restart: {
            for box in boxes { box.rows = [] }
            for t in texts {
                t.texts = []
                t.idsAlone = []
            }
        }) { part, row, read in
            boxes[part].rows.append(row)
            texts[part].texts.append(read(.all))
            texts[part].idsAlone.append(read(.id))
        }
        let lean = boxes.flatMap(\.rows), named = texts.flatMap(\.texts)
        #expect(lean.allSatisfy { $0.id.isEmpty && $0.name.isEmpty && $0.owner.isEmpty })
        #expect(named.map(\.id) == full.rows.map(\.id))
        #expect(named.map(\.name) == full.rows.map(\.name))
        #expect(named[279].id == "280")
        // Asked for the id alone, a row reads nothing else (a bucket keeping a deal reads only that).
        let idsAlone = texts.flatMap(\.idsAlone)
        #expect(idsAlone == named.map { DealTexts(id: $0.id, name: "", account: nil) })
        #expect(named.allSatisfy { $0.account != nil })
        #expect(ledger == full.ledger)
    }
}

@Suite("Employee counts kept as numbers")
struct CountTests {
    @Test func onlyDigitsThatReadBackTheSameAreKeptAsNumbers() {
        func count(_ s: String) -> Int? {
            var s = s
            return s.withUTF8 { KeyedCells.plainCount($0) }
        }
        #expect(count("0") == 0)
        #expect(count("761") == 761)
        #expect(count("123456789") == 123_456_789)
        for text in ["", "007", "1234567890", " 12", "12 ", "3,200", "1.5", "-4", "+4", "１２"] {
            #expect(count(text) == nil, "\(text)")
        }
        #expect(KeyedCells.count(KeyedCells.countID(761)) == 761)
        #expect(KeyedCells.count(0) == nil && KeyedCells.count(-1) == nil)
    }
}

/// One part's deal texts, as `readDeals` hands them out.
final class CollectedTexts: @unchecked Sendable {
    var texts: [DealTexts] = []
    var idsAlone: [DealTexts] = []
}

@Suite("Rejected rows by reason")
struct RejectGroupTests {
    @Test func reasonsThatDifferOnlyInTheCellAsWrittenShareAGroup() {
        #expect(
            RejectGroup.key("close date \"TBD\" is not a date (expected e.g. 2026-11-22 or 11/22/2026)")
                == RejectGroup.key("close date \"31/31/2026\" is not a date (expected e.g. 2026-11-22 or 11/22/2026)"))
        #expect(
            RejectGroup.key("has 18 fields but the header has 16: a delimiter inside a value that is not quoted?")
                == RejectGroup.key(
                    "has 17 fields but the header has 16: a delimiter inside a value that is not quoted?"))
        #expect(RejectGroup.key("close date is blank") != RejectGroup.key("amount is blank"))
        #expect(
            RejectGroup.key("amount \"n/a\" is not a number") != RejectGroup.key("close date \"n/a\" is not a date"))
        var groups = RejectGroups()
        for (line, reason) in [
            (2, "amount \"n/a\" is not a number"), (5, "account is blank"), (9, "amount \"x\" is not a number"),
        ] {
            groups.add(Reject(line: line, reason: reason, fields: []))
        }
        #expect(groups.groups.map(\.rows) == [2, 1])
        #expect(groups.groups.map(\.firstLine) == [2, 5])
        #expect(groups.groups.first?.reason == "amount \"n/a\" is not a number")
    }

    @Test func everyRejectedRowIsCountedInItsGroupWhateverThePartsAndSpools() throws {
        let path = try tempFile(StreamTests.export(rows: 4000))
        for cores in [1, 3] {
            let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
            stream.rejectsKept = 2
            let ledger = try stream.read { _, _ in }
            #expect(ledger.rejectGroups.groups.reduce(0) { $0 + $1.rows } == ledger.rowsRejected)
            #expect(ledger.rejectGroups.groups.map(\.firstLine) == ledger.rejectGroups.groups.map(\.firstLine).sorted())
        }
    }
}
