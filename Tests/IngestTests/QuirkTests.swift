import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel
import RefgapNormalize
import TestSupport

func tempFile(_ bytes: [UInt8], name: String) throws -> String {
    let url = try TestScratch.folder().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

func tempFile(_ text: String, name: String = "opportunities.csv") throws -> String {
    try tempFile(Array(text.utf8), name: name)
}

func checkLedger(_ l: InputLedger) {
    #expect(l.rowsRead == l.rowsUsed + l.rowsRejected + l.rowsSetAside || l.rowsUsed == 0)
}

let sfHeader =
    "\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Stage\",\"Close Date\",\"Amount\",\"Industry\"\r\n"

@Suite("Export quirks")
struct QuirkTests {
    @Test func salesforceFooterIsSetAsideNotRejected() throws {
        let text =
            sfHeader + "\"1\",\"A\",\"Acme\",\"Prospecting\",\"12/01/2026\",\"1000\",\"Retail\"\r\n"
            + "\"2\",\"B\",\"Beta\",\"Closed Won\",\"12/02/2026\",\"2000\",\"Retail\"\r\n\r\n"
            + "\"Grand Totals (2 records)\"\r\n\"Confidential Information - Do Not Distribute\"\r\n"
            + "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\r\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.count == 2)
        #expect(r.ledger.rowsRead == 5)
        #expect(r.ledger.rowsRejected == 0)
        #expect(r.ledger.setAside.first?.rows == 3)
        #expect(r.rows.map(\.isClosed) == [false, true])
    }

    @Test func byteOrderMarkUTF16AndWindows1252AreDecodedAndNoted() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nDéal,Société Générale,Prospecting,12/01/2026,1000\n"
        let bom = try Ingest.opportunities(
            path: try tempFile([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "o.csv"), config: Config())
        #expect(bom.rows.first?.account == "Société Générale")
        #expect(bom.ledger.notes.contains { $0.contains("byte-order mark") })
        let utf16 = try Ingest.opportunities(
            path: try tempFile(
                [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "o.csv"),
            config: Config())
        #expect(utf16.rows.first?.account == "Société Générale")
        #expect(utf16.ledger.encoding == "UTF-16 little-endian")
        let latin = Array(text.utf8).flatMap { b -> [UInt8] in b >= 0x80 ? [] : [b] }  // strip, then rebuild in 1252
        _ = latin
        let cp1252 =
            Array("Opportunity Name,Account Name,Stage,Close Date,Amount\nD".utf8) + [0xE9] + Array("al,Soci".utf8) + [
                0xE9
            ]
            + Array("t".utf8) + [0xE9] + Array(",Prospecting,12/01/2026,1000\n".utf8)
        let w = try Ingest.opportunities(path: try tempFile(cp1252, name: "o.csv"), config: Config())
        #expect(w.rows.first?.account == "Société")
        #expect(w.ledger.encoding == "Windows-1252")
        // The stream decodes cells as they are used, some more than once: its note gives no count.
        #expect(
            w.ledger.notes.first?.hasPrefix(
                "Cells that were not UTF-8 were read as Windows-1252 (the export's cells are decoded as they are used")
                == true, "\(w.ledger.notes)")
    }

    @Test func semicolonsDecimalCommasAndDayFirstDates() throws {
        let text =
            "Opportunity Name;Account Name;Stage;Close Date;Amount\nA;Acme;Prospecting;22.12.2026;\"1.250.000,50 €\"\nB;Beta;Prospecting;03.01.2027;\"12.500,00\"\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.amount) == [1_250_000.5, 12_500])
        #expect(r.rows.map { "\($0.closeDate)" } == ["2026-12-22", "2027-01-03"])
        #expect(r.ledger.notes.contains { $0.contains("day-first") })
    }

    @Test func ambiguousDatesFollowTheConfig() throws {
        let text = "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,03/04/2027,1\n"
        var config = Config()
        #expect(
            try Ingest.opportunities(path: try tempFile(text), config: config).rows.first.map { "\($0.closeDate)" }
                == "2027-03-04")
        config.dateOrder = .dayFirst
        #expect(
            try Ingest.opportunities(path: try tempFile(text), config: config).rows.first.map { "\($0.closeDate)" }
                == "2027-04-03")
    }

    @Test func badValuesAreRejectedWithReasonsAndTheLedgerAddsUp() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,TBD,1\nB,Beta,Prospecting,12/01/2026,n/a\nC,,Prospecting,12/01/2026,5\nD,Delta,Prospecting,12/01/2026,\"(1,000.00)\"\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        // A credit, (1,000.00), is read as -1000 and set aside: never summed into pipeline.
        #expect(r.rows.isEmpty)
        #expect(r.ledger.setAside.map(\.reason) == ["amount is negative (a credit or reversal, not pipeline)"])
        #expect(r.ledger.rejects.map(\.line) == [2, 3, 4])
        #expect(
            r.ledger.rejects.map(\.reason) == [
                "close date \"TBD\" is not a date (expected e.g. 2026-11-22 or 11/22/2026)",
                "amount \"n/a\" is not a number (expected e.g. 125000, $1,250,000.00 or 1.250.000,00 €)",
                "account is blank",
            ])
        #expect(r.ledger.rejects[0].fields == ["A", "Acme", "Prospecting", "TBD", "1"])
    }

    /// A day-first date in a column read month first is rejected saying so, with the date it would be
    /// (a trial's reject file said only "not a date" for `20/01/2027`).
    @Test func aDateOnlyTheOtherWayRoundSaysSo() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,12/25/2026,1\nB,Beta,Prospecting,01/31/2027,2\nC,Gamma,Prospecting,20/01/2027,3\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(
            r.ledger.rejects.map(\.reason) == [
                "close date \"20/01/2027\" is not a date month first, as the column's dates are read (day first it would be 2027-01-20); write it as 2027-01-20"
            ])
    }

    @Test func amountsPastATrillionAreRejectedNotSummed() throws {
        // Written as plain digits, with a symbol, and made too large by a rate: each is rejected by name.
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,12/01/2026,100000000000000000000\n"
            + "B,Beta,Prospecting,12/01/2026,\"$2,000,000,000,000\"\nC,Gamma,Prospecting,12/01/2026,JPY 900000000000\n"
            + "D,Delta,Prospecting,12/01/2026,1000000000000\n"
        var config = Config()
        config.currencyRates = ["JPY": 2]
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(r.rows.map(\.amount) == [1e12])
        #expect(r.ledger.rejects.map(\.line) == [2, 3, 4])
        #expect(
            r.ledger.rejects.first?.reason
                == "amount \"100000000000000000000\" is over 1,000,000,000,000 in USD (expected a deal's value, e.g. 125000; check the amount column and currency_rates)"
        )
    }

    @Test func multiCurrencyPairsUseTheConvertedAmount() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount Currency,Amount,Amount (Converted) Currency,Amount (Converted)\nA,Acme,Prospecting,12/01/2026,EUR,100000.00,USD,108000.00\nB,Beta,Prospecting,12/01/2026,USD,5000,USD,\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.amount) == [108_000, 5_000])
    }

    @Test func currencyRatesConvertAmounts() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,12/01/2026,EUR 100000\nB,Beta,Prospecting,12/01/2026,GBP 10\n"
        var config = Config()
        config.currencyRates = ["EUR": 1.08]
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(r.rows.map(\.amount) == [108_000, 10])
        #expect(
            r.ledger.warnings.contains { $0.contains("1 amount in GBP (10 in all) was read as USD, unconverted") }
        )
    }

    /// Dynamics 365 writes the currency record's name (the Dynamics fixture's `US Dollar`), not its code.
    @Test func currencyNamesAreReadAsTheirCodes() throws {
        let header =
            "Topic,Potential Customer,Est. Close Date,Est. Revenue,Probability,Status,Pipeline Phase,Currency\n"
        let text =
            header
            + "A,Northwind,12/15/2026,\"$125,000.00\",75,Open,3-Propose,US Dollar\n"
            + "B,Contoso,12/15/2026,\"€100,000.00\",75,Open,3-Propose,Euro\n"
            + "C,Fabrikam,12/15/2026,\"250,000.00\",75,Open,3-Propose,Dollar (Corp)\n"
        let config = try ConfigLoader.parse(
            "currency_rates: {EUR: 1.08, \"Dollar (Corp)\": 0.5}\n", path: "refgap.yml")
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(r.rows.map(\.amount) == [125_000, 108_000, 125_000])
        #expect(r.ledger.warnings.isEmpty)
        #expect(
            r.ledger.notes.contains(
                "currency names read as their ISO 4217 codes: \"Euro\" as EUR (1 amount), \"US Dollar\" as USD (1 amount)."
            ))

        // Without rates, the euro is warned about by its code and the unknown name by a key that parses.
        let plain = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(plain.rows.map(\.amount) == [125_000, 100_000, 250_000])
        #expect(
            plain.ledger.warnings.contains(
                "1 amount in DOLLAR (CORP) (250,000 in all) was read as USD, unconverted (open, closed and overdue deals alike): add `currency_rates: {\"DOLLAR (CORP)\": <USD per DOLLAR (CORP)>}` to refgap.yml to convert it."
            ))
        #expect(
            plain.ledger.warnings.contains { $0.hasPrefix("1 amount in EUR (100,000 in all) was read as USD") })
        #expect(!plain.ledger.warnings.contains { $0.contains("US DOLLAR") })
    }

    /// `Yen` and `Won` are names, not codes; rates and the run's currency may be written by name too.
    @Test func currencyNamesInSettingsAndThreeLetterNames() throws {
        let text =
            "Topic,Potential Customer,Est. Close Date,Est. Revenue,Status,Pipeline Phase,Currency\n"
            + "A,Northwind,12/15/2026,\"¥10,000,000\",Open,3-Propose,Yen\n"
            + "B,Contoso,12/15/2026,\"100,000.00\",Open,3-Propose,Euro\n"
        let config = try ConfigLoader.parse(
            "currency: US Dollar\ncurrency_rates: {JPY: 0.0067, Euro: 1.08}\n", path: "refgap.yml")
        #expect(config.currency == "USD")
        #expect(config.currencyRates == ["JPY": 0.0067, "EUR": 1.08])
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(r.rows.map(\.amount) == [67_000, 108_000])
        #expect(!r.ledger.warnings.contains { $0.contains("unconverted") })
        #expect(throws: InputError.self) { _ = try ConfigLoader.parse("currency: bitcoin\n", path: "refgap.yml") }
        #expect(try ConfigLoader.parse("currency: €\n", path: "refgap.yml").currency == "EUR")
        // Two keys for one currency would leave the rate to a dictionary's order: an error.
        #expect(throws: InputError.self) {
            _ = try ConfigLoader.parse("currency_rates: {EUR: 1.1, Euro: 1.2}\n", path: "refgap.yml")
        }
    }

    /// HubSpot's `Amount in company currency` says no currency: read as the run's, and said so, with
    /// the company currency the deals point to.
    @Test func companyCurrencyAmountsAreSaidToBeAssumed() throws {
        let text =
            "Record ID,Deal Name,Deal Stage,Close Date,Amount,Deal currency code,Amount in company currency,Associated Company\n"
            + "1001,Northwind,Contract sent,2026-12-15,1250000,EUR,1250000,Northwind GmbH\n"
            + "1002,Contoso,Contract sent,2027-01-20,1000000,USD,920000,Contoso Bank\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.amount) == [1_250_000, 920_000])
        #expect(
            r.ledger.warnings.contains {
                $0.hasPrefix(
                    "2 amounts in \"Amount in company currency\" (2,170,000 USD) were read as USD: they do not say their currency"
                )
                    && $0.hasSuffix(
                        "so the company currency looks like EUR: set `currency: EUR` in refgap.yml to report in it.")
            })
        var euro = Config()
        euro.currency = "EUR"
        let inEuro = try Ingest.opportunities(path: try tempFile(text), config: euro)
        #expect(!inEuro.ledger.warnings.contains { $0.contains("company") })
        #expect(inEuro.ledger.notes.contains { $0.contains("so that is the company currency") })
    }

    /// An amount's own symbol against its currency column: the column is followed, and that is said.
    @Test func aSymbolThatDisagreesWithTheCurrencyColumnIsNoted() throws {
        let text =
            "Topic,Potential Customer,Est. Close Date,Est. Revenue,Status,Pipeline Phase,Currency\n"
            + "A,Northwind,12/15/2026,\"€125,000.00\",Open,3-Propose,US Dollar\n"
            + "B,Contoso,12/15/2026,\"€5,000.00\",Open,3-Propose,US Dollar\n"
            + "C,Fabrikam,12/15/2026,\"$7,000.00\",Open,3-Propose,US Dollar\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.amount) == [125_000, 5_000, 7_000])
        #expect(
            r.ledger.notes.contains(
                "2 amounts are written in EUR in deals whose currency column says USD (like \"€125,000.00\"): the currency column was followed."
            ))
        #expect(r.ledger.notes.filter { $0.contains("the currency column was followed") }.count == 1)
    }

    /// The company currency from the deals summed only (a differential trial's rows over a trillion,
    /// rejected, named EUR), the run's currency at a tie, and no `currency:` advice a name would fail.
    @Test func theCompanyCurrencyIsReadFromTheDealsSummed() throws {
        let header =
            "Record ID,Deal Name,Deal Stage,Close Date,Amount,Deal currency code,Amount in company currency,Associated Company\n"
        let rejected =
            header + "1,A,Contract sent,2026-12-15,1000,USD,1000,A\n"
            + "2,B,Contract sent,2026-12-15,2000000000000,EUR,2000000000000,B\n"
            + "3,C,Contract sent,2026-12-15,3000000000000,EUR,3000000000000,C\n"
        let r = try Ingest.opportunities(path: try tempFile(rejected), config: Config())
        #expect(r.ledger.rowsRejected == 2)
        #expect(
            r.ledger.notes.contains {
                $0.hasPrefix("1 amount in \"Amount in company currency\" (1,000 USD) was read as USD")
                    && $0.hasSuffix(
                        "1 deal in USD carries the same amount in both columns, so that is the company currency.")
            }, "\(r.ledger.notes)")
        #expect(!r.ledger.warnings.contains { $0.contains("company") })
        let tie =
            header + "1,A,Contract sent,2026-12-15,1000,EUR,1000,A\n" + "2,B,Contract sent,2026-12-15,2000,USD,2000,B\n"
        let t = try Ingest.opportunities(path: try tempFile(tie), config: Config())
        #expect(
            t.ledger.notes.contains {
                $0.contains("1 deal in USD carries the same amount in both columns (as many in EUR)")
            })
        let renamed = header + "1,A,Contract sent,2026-12-15,1000,Euro (EU),1000,A\n"
        let n = try Ingest.opportunities(path: try tempFile(renamed), config: Config())
        #expect(
            n.ledger.warnings.contains {
                $0.hasSuffix(
                    "looks like \"EURO (EU)\", which is not a currency code: set `currency:` in refgap.yml to its code (e.g. currency: EUR) to report in it."
                )
            }, "\(n.ledger.warnings)")
        // An unconverted currency's warning leaves the rejected rows out too.
        let unconverted =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,12/01/2026,GBP 1000\nB,Beta,Prospecting,12/01/2026,GBP 2000000000000\n"
        let u = try Ingest.opportunities(path: try tempFile(unconverted), config: Config())
        #expect(u.ledger.warnings.contains { $0.hasPrefix("1 amount in GBP (1,000 in all) was read as USD") })
    }

    @Test func probabilityColumnsInZeroToOneAreFractions() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount,Probability\nA,Acme,Prospecting,12/01/2026,1,0.25\nB,Beta,Prospecting,12/01/2026,1,1\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.probability) == [0.25, 1])
        let pct =
            "Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%)\nA,Acme,Prospecting,12/01/2026,1,25\nB,Beta,Prospecting,12/01/2026,1,1\n"
        #expect(
            try Ingest.opportunities(path: try tempFile(pct), config: Config()).rows.map(\.probability) == [0.25, 0.01])
    }

    @Test func dynamicsDoNotModifyColumnsAndStatus() throws {
        let text =
            "(Do Not Modify) Opportunity,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Topic,Potential Customer,Est. Close Date,Est. Revenue,Status,Pipeline Phase\n"
            + "a1b2,xyz==,11/20/2026 10:00 AM,Deal A,Acme,12/15/2026,\"$50,000.00\",Open,4-Close\n"
            + "c3d4,abc==,11/20/2026 10:00 AM,Deal B,Beta,12/15/2026,\"$70,000.00\",Won,\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.id) == ["a1b2", "c3d4"])
        #expect(r.rows.map(\.isClosed) == [false, true])
        #expect(r.rows.map(\.amount) == [50_000, 70_000])
        #expect(r.ledger.unmappedHeaders.contains("(Do Not Modify) Row Checksum"))
    }

    @Test func pipedriveDealHeaders() throws {
        let text =
            "Deal - Title,Deal - Organization,Deal - Value,Deal - Expected close date,Deal - Stage,Deal - Status\nA,Acme,1000,2026-12-15,Proposal Made,open\nB,Beta,2000,2026-12-15,Negotiations Started,lost\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.account) == ["Acme", "Beta"])
        #expect(r.rows.map(\.isClosed) == [false, true])
    }

    @Test func missingRequiredColumnMessageWordForWord() throws {
        let text = "Opportunity Name,Account Name,Stage,Expected Close,Amount\nA,Acme,Prospecting,12/01/2026,1\n"
        let path = try tempFile(text)
        #expect {
            _ = try Ingest.opportunities(path: path, config: Config())
        } throws: { error in
            let expected = """
                \(path): error: no column for the required field "close date" in the opportunities file.
                  Headers found: Opportunity Name, Account Name, Stage, Expected Close, Amount
                  Closest: "Expected Close"
                  If that column holds the close date, add to refgap.yml:
                    columns:
                      opportunities:
                        close_date: "Expected Close"
                """
            #expect(String(describing: error) == expected)
            return true
        }
        // And the suggested mapping works.
        var config = Config()
        config.columns = ["opportunities": ["close_date": "Expected Close"]]
        #expect(try Ingest.opportunities(path: path, config: config).rows.count == 1)
    }

    @Test func enrichmentFillsBlankDimensionsFromAccounts() throws {
        let opps = try Ingest.opportunities(
            path: try tempFile(
                "Deal Name,Associated Company,Deal Stage,Close Date,Amount\nA,Acme Health,appointmentscheduled,2026-12-01,1000\n"
            ), config: Config())
        let accounts = try Ingest.accounts(
            path: try tempFile(
                "Company Name,Industry,Billing State/Province,Billing Country,Employees\nACME health,Hospital & Health Care,Ohio,United States,\"3,200\"\n",
                name: "accounts.csv"), config: Config())
        let cal = try Ingest.calendar(
            path: try tempFile("Team,Need,Activity,Due Date\nPR,Launch,Press quote,2026-12-20\n", name: "calendar.csv"),
            config: Config())
        let roster = try Ingest.roster(
            path: try tempFile("Account Name,Reference Status\nAcme Health,Active\n", name: "roster.csv"),
            config: Config())
        var normalizer = Normalizer(config: Config())
        let book = Normalize.accountBook(accounts, normalizer: &normalizer)
        var quality = DataQuality()
        let normalized = Normalize.opportunities(opps.rows, book: book, normalizer: &normalizer, quality: &quality)
        #expect(normalized.first?.dimensions == ["Healthcare", "US-Midwest", nil, "Enterprise"])
        #expect(quality.enrichedOpportunities == 1)
        #expect(quality.blankDimensions["product"] == 1)
        let n = Normalize.run(
            calendar: cal, roster: roster, book: book, ledgers: [], quality: quality, normalizer: &normalizer)
        #expect(n.contacts.count == 1 && n.needs.count == 1)
    }
}

@Suite("Header synonyms")
struct HeaderSynonymTests {
    @Test(arguments: InputKind.allCases)
    func eachFoldedSpellingBelongsToOneField(_ kind: InputKind) {
        let table: [String: [String]]
        switch kind {
        case .opportunities: table = HeaderSynonyms.opportunities
        case .calendar: table = HeaderSynonyms.calendar
        case .roster: table = HeaderSynonyms.roster
        case .accounts: table = HeaderSynonyms.accounts
        }
        var owner: [String: String] = [:]
        for (field, spellings) in table {
            for s in [field] + spellings {
                let f = Text.fold(s)
                if let other = owner[f], other != field {
                    Issue.record("\(kind): \"\(s)\" folds to \(f), claimed by \(other) and \(field)")
                }
                owner[f] = field
            }
        }
    }
}
