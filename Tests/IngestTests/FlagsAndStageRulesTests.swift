import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Closed and won flags as other CRMs and languages write them, and `stages:` entries that name no
/// stage of the export. Rows are shaped like two trials' exports: a Russian Bitrix24 deal list
/// (`Сделка закрыта` Да/Нет, its default stages) and Odoo's `Is Won` (Won, Lost, Pending).
@Suite("Closed flags and stage rules")
struct FlagsAndStageRulesTests {
    let classifier = StageClassifier(config: Config())

    func read(_ stage: String, isClosed: String? = nil, isWon: String? = nil) -> StageReading {
        classifier.read(stage: stage, status: nil, isClosed: isClosed, isWon: isWon, forecastCategory: nil)
    }

    @Test(arguments: [
        ("Сделка успешна", StageClass.won), ("Сделка провалена", .lost), ("Анализ причины провала", .lost),
        ("Новая", .open), ("Счет на предоплату", .open), ("Финальный счёт", .open),
    ])
    func bitrixDefaultStagesAreKnown(_ label: String, _ expected: StageClass) {
        let r = read(label)
        #expect(r.stageClass == expected && !r.guessed, "\(label): \(r)")
    }

    @Test func russianYesAndNoAreFollowed() {
        #expect(read("Custom 1", isClosed: "Да").stageClass == .closed)
        #expect(read("Custom 1", isClosed: "Нет").stageClass == .open)
        #expect(read("Custom 1", isClosed: "Нет").unreadFlag == nil)
        #expect(Values.flag("ДА") == true && Values.flag("нет") == false && Values.flag("Sí") == true)
    }

    @Test func aWonColumnInWordsSaysWonOrLost() {
        #expect(read("Proposition", isWon: "Lost").stageClass == .lost)
        #expect(read("Proposition", isWon: "Won").stageClass == .won)
        let pending = read("Proposition", isWon: "Pending")
        #expect(pending.stageClass == .open && pending.unreadFlag == nil)
    }

    @Test func aFlagReadAsNeitherIsMarked() {
        let r = read("Closed Won", isClosed: "peut-être")
        #expect(r.stageClass == .won)
        #expect(r.unreadFlag == "closed flag \"peut-être\"")
    }

    static func ledger(_ export: String, config: Config = Config()) throws -> InputLedger {
        try Ingest.opportunities(path: try tempFile(export), config: config).ledger
    }

    static let export = """
        Opportunity ID,Account Name,Stage,Close Date,Amount,Closed
        O1,Acme,Deal won,2026-12-20,1000,Yes
        O2,Acme,Negotiation,2026-12-21,2000,Maybe
        O3,Acme,Negotiation,2026-12-22,3000,Maybe
        O4,Acme,Prospecting,2026-12-23,4000,No

        """

    /// Unread flag values are warned about with their deals and pipeline, and the way out.
    @Test func unreadFlagValuesAreWarnedWithTheirDeals() throws {
        var config = Config()
        config.columns["opportunities"] = ["is_closed": "Closed"]
        let ledger = try Self.ledger(Self.export, config: config)
        let warning = try #require(ledger.warnings.first { $0.contains("neither yes nor no") }, "\(ledger.warnings)")
        #expect(warning.contains("closed flag \"Maybe\" (2 deals, 5,000 USD)"), "\(warning)")
        #expect(warning.contains("`stages: {Negotiation: lost}`"), "\(warning)")
    }

    /// A misspelt stage is warned about with the stage it is nearest; one no deal is in is a note.
    @Test func stageRulesThatNameNoStageAreSaid() throws {
        var config = Config()
        config.stages = [
            "Negotiaton": StageRule(.lost), "Legal Review": StageRule(.open), "Prospecting": StageRule(.open),
        ]
        let ledger = try Self.ledger(Self.export, config: config)
        let warning = try #require(ledger.warnings.first { $0.contains("Negotiaton") }, "\(ledger.warnings)")
        #expect(warning.contains("Did you mean \"Negotiation\" (2 deals, 5,000 USD, read as open)?"), "\(warning)")
        let note = try #require(ledger.notes.first { $0.contains("no deal in this export is in") }, "\(ledger.notes)")
        #expect(note.contains("\"Legal Review\"") && !note.contains("Prospecting") && !note.contains("Negotiaton"))
    }
}

/// Headers two trials' exports carried that were left unread: the probability in Dutch, Italian and
/// Portuguese (Odoo) and as monday.com, Insightly and Close name it; the currency in Russian (Bitrix24)
/// and a Japanese Salesforce report's labels.
extension FlagsAndStageRulesTests {
    static func mapping(_ header: String, config: Config = Config()) throws -> [String: String] {
        let export = header + "\nO1,Acme,Proposition,2026-12-20,1000,40\n"
        let r = try Ingest.opportunities(path: try tempFile(export), config: config)
        return Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        "Kans", "Probabilità", "Probabilidade", "Close Probability", "Probability Of Winning", "confidence",
    ])
    func aProbabilityHeaderIsRead(_ header: String) throws {
        let m = try Self.mapping("Opportunity ID,Account Name,Stage,Close Date,Amount,\(header)")
        #expect(m["probability"] == header, "\(m)")
    }

    @Test func aJapaneseSalesforceReportReadsItsCurrency() throws {
        var config = Config()
        config.currencyRates = ["JPY": 0.0067]
        let export = """
            商談名,取引先名,フェーズ,完了予定日,金額 通貨,金額,確度(%)
            Deal 001,Prairie Regional Medical,ニーズ分析,2026/12/31,JPY,"39,000,000",75

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: config)
        let m = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(m["amount_currency"] == "金額 通貨" && m["account"] == "取引先名" && m["stage"] == "フェーズ", "\(m)")
        let row = try #require(r.rows.first)
        #expect(abs(row.amount - 39_000_000 * 0.0067) < 0.01 && row.probability == 0.75)
    }

    @Test func aRussianCurrencyColumnLeftUnreadIsWarnedAbout() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "Сумма", "account": "Компания", "stage": "Стадия"]
        let export = """
            ID,Компания,Стадия,Close Date,Сумма,Валюта сделки
            1001,Acme,Новая,2026-12-20,45000.00,RUB

            """
        let ledger = try Ingest.opportunities(path: try tempFile(export), config: config).ledger
        #expect(
            ledger.warnings.contains { $0.contains("Column \"Валюта сделки\" looks like the amounts' currency") },
            "\(ledger.warnings)")
    }
}

extension FlagsAndStageRulesTests {
    /// Rates given and no amount converted with any: said, with the unread column that names the currency.
    @Test func ratesThatConvertNothingAreWarnedAbout() throws {
        var config = Config()
        config.currencyRates = ["JPY": 0.0067]
        let export = """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Currency of the deal
            O1,Acme,Prospecting,2026-12-20,"4,950,000",JPY

            """
        let ledger = try Ingest.opportunities(path: try tempFile(export), config: config).ledger
        let warning = try #require(
            ledger.warnings.first { $0.contains("no amount was converted") }, "\(ledger.warnings)")
        #expect(
            warning.contains("currency_rates for JPY") && warning.contains("Column \"Currency of the deal\""),
            "\(warning)")
        // Read, the column converts the amount and the warning is gone.
        config.columns["opportunities"] = ["amount_currency": "Currency of the deal"]
        let read = try Ingest.opportunities(path: try tempFile(export), config: config).ledger
        #expect(!read.warnings.contains { $0.contains("no amount was converted") })
    }
}

/// A Russian export saved as Windows-1251 reads as Windows-1252 mojibake (`Íàçâàíèå`): said, with how
/// to save it as UTF-8, where the header is shown.
extension FlagsAndStageRulesTests {
    /// Cyrillic А–я as Windows-1251 writes them (0xC0–0xFF), the rest as ASCII.
    static func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { s in
            (0x410...0x44F).contains(s.value) ? UInt8(s.value - 0x410 + 0xC0) : UInt8(truncatingIfNeeded: s.value)
        }
    }

    @Test func cyrillicMojibakeIsTold() throws {
        #expect(EncodingHints.looksLikeCyrillic1251(["Íàçâàíèå ñäåëêè", "Ñóììà"]))
        #expect(!EncodingHints.looksLikeCyrillic1251(["Nom de l'opportunité", "Étape", "Date de clôture", "Montant"]))
        #expect(!EncodingHints.looksLikeCyrillic1251(["Größe", "Währung", "Schlusstermin"]))
        let text = "ID,Компания,Стадия,Close Date,Amount\n1,Acme,Новая,2026-12-20,1000\n"
        var config = Config()
        config.columns["opportunities"] = ["account": "Компания"]
        do {
            _ = try Ingest.opportunities(
                path: try tempFile(Self.windows1251(text), name: "opportunities.csv"), config: config)
            Issue.record("the Cyrillic mapping should not have been found")
        } catch let error as InputError {
            #expect("\(error)".contains("Cyrillic text saved as Windows-1251"), "\(error)")
        }
    }
}

/// Stages a second trial's exports wrote: Bitrix24 stage ids of a second pipeline (`C1:LOSE`), its
/// custom stages in Russian words, a Japanese Salesforce org's closing stages, Odoo's Spanish stages.
extension FlagsAndStageRulesTests {
    @Test(arguments: [
        ("C1:LOSE", StageClass.lost), ("C2:APOLOGY", .lost), ("C1:PREPARATION", .open), ("LOSE", .lost),
        ("Тендер выигран", .won), ("Тендер проигран", .lost), ("成立", .won), ("不成立", .lost), ("Ganado", .won),
        ("Propuesta", .open),
    ])
    func moreStagesAreReadAsTheirCRMsMeanThem(_ label: String, _ expected: StageClass) {
        #expect(read(label).stageClass == expected, "\(label): \(read(label))")
    }

    @Test func aPrefixThatIsNoPipelinesIsNotStripped() {
        #expect(StageClassifier.pipelinePrefixed("C1:LOSE") == "LOSE")
        #expect(StageClassifier.pipelinePrefixed("Closed: Won") == nil)
        #expect(StageClassifier.pipelinePrefixed("CX:LOSE") == nil)
    }
}
