import Foundation
import Testing
import RefgapCore
import RefgapModel

@testable import RefgapIngest

/// Amounts like `10.000` read as the column writes its other amounts (issue found by a new-user trial:
/// a German export's `250.000 €` summed as 250, with no word).
@Suite("Decimal mark of amounts")
struct DecimalMarkTests {
    func form(_ s: String) -> Ingest.AmountForm {
        var text = s
        return text.withUTF8 { Ingest.amountForm($0) }
    }

    @Test func eachAmountReadsOneWayOrBoth() {
        #expect(form("125000") == .plain)
        #expect(form("10.000 €") == .loneDot(10_000))
        #expect(form("$1,250") == .loneComma(1_250))
        #expect(form("(2.750)") == .loneDot(2_750))
        #expect(form("1.250.000") == .decimalComma)
        #expect(form("1.250,00 €") == .decimalComma)
        #expect(form("12,5") == .decimalComma)
        #expect(form("1,250,000") == .decimalPoint)
        #expect(form("USD 1,250.00") == .decimalPoint)
        #expect(form("12.50") == .decimalPoint)
        #expect(form("1250.000") == .decimalPoint)
        // A leading zero is no thousands group (a differential trial's fraction column read ×1000).
        #expect(form("0.125") == .decimalPoint)
        #expect(form("0,125") == .decimalComma)
    }

    /// The shortcut for plain digits gives `amountForm`'s answer (a decimal point only until one is seen).
    @Test func plainDigitsTakeTheShortcutToTheSameForm() {
        for s in ["125000", "125000.00", "10.000", "1.500", "250.000", "0.125", "1250.000", "12.5", "999.999"] {
            var text = s
            text.withUTF8 { bytes in
                #expect(Ingest.plainDigitsForm(bytes, pointSeen: false) == Ingest.amountForm(bytes), "\(s)")
                if case .decimalPoint = Ingest.amountForm(bytes) {
                    let seen = Ingest.plainDigitsForm(bytes, pointSeen: true)
                    #expect(seen == .plain || seen == .decimalPoint, "\(s)")
                }
            }
        }
    }

    @Test func theColumnDecidesAndSaysWhatItRead() {
        var votes = Ingest.AmountVotes()
        for s in ["10.000 €", "250.000 €", "1.500 €"] {
            var t = s
            t.withUTF8 { votes.add($0) }
        }
        var ledger = InputLedger(kind: .opportunities, path: "o.csv")
        // Nothing settles it: a dot before three digits is a thousands separator, and that is a warning.
        #expect(Ingest.decideDecimalMark(votes, headers: ["Betrag"], config: Config(), ledger: &ledger) == .comma)
        #expect(ledger.warnings.count == 1)
        #expect(ledger.warnings.first?.contains("261,500 in all as written") == true)
        #expect(ledger.warnings.first?.contains("decimal_mark: point") == true)
        // A decimal point elsewhere in the column settles it the other way, silently (it reads one way).
        var withCents = votes
        var cents = "12.50"
        cents.withUTF8 { withCents.add($0) }
        var quiet = InputLedger(kind: .opportunities, path: "o.csv")
        #expect(Ingest.decideDecimalMark(withCents, headers: ["Amount"], config: Config(), ledger: &quiet) == .point)
        // The setting overrides.
        var config = Config()
        config.decimalMark = .point
        var set = InputLedger(kind: .opportunities, path: "o.csv")
        #expect(Ingest.decideDecimalMark(votes, headers: ["Betrag"], config: config, ledger: &set) == .point)
        #expect(set.warnings.isEmpty && set.notes.isEmpty)
    }

    /// A trial's HubSpot column in two formats: the advice to set `decimal_mark: comma` names the
    /// `$1,250` it would read as 1.25, and once set, that reading is warned about, not left silent.
    @Test func aColumnInBothFormatsSaysWhatTheSettingWouldChange() {
        var votes = Ingest.AmountVotes()
        for s in ["€1.250.000,00", "USD 1,250,000", "€10.000", "$1,250"] {
            var t = s
            t.withUTF8 { votes.add($0) }
        }
        var auto = InputLedger(kind: .opportunities, path: "o.csv")
        #expect(Ingest.decideDecimalMark(votes, headers: ["Amount"], config: Config(), ledger: &auto) == .point)
        #expect(auto.warnings.count == 1)
        #expect(auto.warnings.first?.contains("the US way (like \"USD 1,250,000\")") == true)
        #expect(
            auto.warnings.first?.contains(
                "(that setting also reads 1 amount like \"$1,250\" with a decimal comma, 1,250 = 1.25)") == true)
        var comma = Config()
        comma.decimalMark = .comma
        var set = InputLedger(kind: .opportunities, path: "o.csv")
        #expect(Ingest.decideDecimalMark(votes, headers: ["Amount"], config: comma, ledger: &set) == .comma)
        #expect(
            set.warnings == [
                "`decimal_mark: comma` is set, so 1 amount like \"$1,250\" was read with a decimal comma (1,250 = 1.25), though amounts in \"Amount\" are also written the US way (like \"USD 1,250,000\"). Export the column in one format to read each amount as written."
            ])
        // A column all written the US way, with the comma set: the fix is the setting, not the export.
        var american = Ingest.AmountVotes()
        for s in ["$1,250,000.00", "$1,250"] {
            var t = s
            t.withUTF8 { american.add($0) }
        }
        var setAgainst = InputLedger(kind: .opportunities, path: "o.csv")
        _ = Ingest.decideDecimalMark(american, headers: ["Amount"], config: comma, ledger: &setAgainst)
        #expect(setAgainst.warnings.first?.hasSuffix("remove the setting to read them as written.") == true)
        var point = Config()
        point.decimalMark = .point
        var setPoint = InputLedger(kind: .opportunities, path: "o.csv")
        #expect(Ingest.decideDecimalMark(votes, headers: ["Amount"], config: point, ledger: &setPoint) == .point)
        #expect(setPoint.warnings.first?.contains("1 amount like \"€10.000\" was read with a decimal point") == true)
    }

    /// The German Salesforce report Excel saved (trial-sf-de-excel) with its amounts formatted without
    /// decimals, as Excel's currency format without decimals writes them (`161.000`, `1.386.000`):
    /// the same totals as the clean sample.
    @Test func wholeAmountsOfAGermanExportReadAsWithTheirCents() throws {
        let source = repoRoot + "/Tests/Fixtures/real-exports/trial-sf-de-excel"
        let dir = try tempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: dir + "/" + name)
        }
        let path = dir + "/opportunities.csv"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let cents = Array(",00;".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if i + 4 <= bytes.count && Array(bytes[i..<i + 4]) == cents {
                out.append(UInt8(ascii: ";"))
                i += 4
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        #expect(out.count < bytes.count - 1000)
        bytes = out
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let clean = try runPipeline(repoRoot + "/SampleData").result.prioritized.totals
        let outcome = try runPipeline(dir)
        let t = outcome.result.prioritized.totals
        #expect(abs(t.pipeline - clean.pipeline) < 1)
        #expect(abs(t.weightedPipeline - clean.weightedPipeline) < 1)
        #expect(abs(t.demand - clean.demand) < 0.01)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.notes.contains { $0.contains("European way") }, "\(ledger.notes)")
    }

    /// The trial's own file: four euro amounts, every one a dot before three digits.
    @Test func loneDotsAloneReadAsThousandsWithAWarningTheSettingSilences() throws {
        let dir = try tempDir()
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        try write(
            """
            Opportunity Name;Account Name;Stage;Amount;Close Date;Probability (%)
            A;Acme Health;Prospecting;10.000 €;20.12.2026;20
            B;Globex;Prospecting;250.000 €;10.01.2027;40
            C;Initech;Prospecting;1.500 €;15.02.2027;90
            D;Stark;Prospecting;2.750 €;01.03.2027;80

            """, to: dir + "/opportunities.csv")
        try write("currency_rates: {EUR: 1}\n", to: dir + "/refgap.yml")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        #expect(abs(outcome.result.prioritized.totals.pipeline - 264_250) < 0.01)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.warnings.contains { $0.contains("decimal_mark: point") }, "\(ledger.warnings)")

        let point = try runPipeline(dir, asOf: "2026-12-01", sets: ["decimal_mark=point"])
        #expect(abs(point.result.prioritized.totals.pipeline - 264.25) < 0.001)
        let pointLedger = try #require(point.ledgers.first { $0.kind == .opportunities })
        #expect(!pointLedger.warnings.contains { $0.contains("decimal_mark") })
    }

    /// Where the converted amount is read, the amount beside it settles the mark too, and the note
    /// names both columns (a differential trial: the warning named "Amount" for the converted values,
    /// and said nothing settled them though "Amount" did).
    @Test func theAmountBesideAConvertedOneSettlesTheMark() throws {
        let dir = try tempDir()
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        try write(
            """
            Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount Currency,Amount,Amount (Converted) Currency,Amount (Converted),Probability (%)
            006C0,D0,A0,Negotiation/Review,2027-01-15,EUR,"250.000,00",USD,"250.000",50
            006C1,D1,A1,Negotiation/Review,2027-01-15,EUR,"10.000,00",USD,"10.000",50

            """, to: dir + "/opportunities.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        #expect(abs(outcome.result.prioritized.totals.pipeline - 260_000) < 0.01)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(
            ledger.notes.contains {
                $0.hasPrefix("Amounts in \"Amount\" and \"Amount (Converted)\" are written the European way")
            },
            "\(ledger.notes)")
        #expect(!ledger.warnings.contains { $0.contains("decimal_mark") })
    }
}
