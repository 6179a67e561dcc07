import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Stages read as the CRM meant them. Labels here are the ones real orgs and vendor docs show
/// (docs/stages.md names the sources), not the built-in table read back.
@Suite("Stage classes")
struct StageTests {
    let classifier = StageClassifier(config: Config())

    func stage(
        _ s: String, status: String? = nil, isClosed: String? = nil, isWon: String? = nil, forecast: String? = nil
    ) -> StageReading {
        classifier.read(stage: s, status: status, isClosed: isClosed, isWon: isWon, forecastCategory: forecast)
    }

    @Test(arguments: [
        // Salesforce orgs created in German, Spanish, Dutch, French, Italian (translation files of real orgs).
        ("Geschlossene und gewonnene", StageClass.won), ("Geschlossen und verloren", .lost), ("Cerrada ganada", .won),
        ("Cerrada perdida", .lost), ("Gesloten gewonnen", .won), ("Gesloten verloren", .lost), ("Fermé perdu", .lost),
        ("Fermée/Gagnée", .won), ("Chiuso persa", .lost), ("Fechado e ganho", .won),
        // HubSpot's labels and internal ids, French and Spanish UI.
        ("closedwon", .won), ("Fermé gagné", .won), ("Cierre ganado", .won),
        // Custom stages real orgs use.
        ("Won - Signed", .won), ("Lost to Competitor", .lost), ("Disqualified", .lost), ("No Decision", .lost),
        ("Closed - Not Pursued", .lost), ("Closed - Inactive", .closed), ("Abgeschlossen", .closed),
        // Open stages stay open, words inside them notwithstanding.
        ("Id. Decision Makers", .open), ("Qualified to buy", .open), ("4-Close", .open), ("Verbal commit", .open),
        ("Erwartung", .open),
        // Negations and apostrophes: a new user's custom stages.
        ("Not Won", .lost), ("Closed - Not Won", .lost), ("Won't Proceed", .lost), ("Not Lost Yet", .open),
        ("Dead", .lost), ("Unqualified", .lost), ("Verlust", .lost),
    ])
    func aStageLabelIsReadInItsLanguage(_ label: String, _ expected: StageClass) {
        #expect(stage(label).stageClass == expected, "\(label)")
    }

    @Test func guessesAreMarkedAndTablesAreNot() {
        #expect(stage("Closed Won").guessed == false)
        #expect(stage("Won - Signed").guessed == true)
        let unknown = stage("Legal review")
        #expect(unknown.stageClass == .open && unknown.guessed)
        #expect(unknown.reason.contains("not a stage refgap knows"))
    }

    @Test func columnsThatSayClosedComeBeforeTheStage() {
        // Data Loader: IsClosed and IsWon.
        #expect(stage("Custom Stage 7", isClosed: "true", isWon: "false").stageClass == .lost)
        #expect(stage("Custom Stage 7", isClosed: "1", isWon: "1").stageClass == .won)
        #expect(stage("Custom Stage 7", isClosed: "true").stageClass == .closed)
        // HubSpot's "Is Closed Won" false alone says nothing: the stage decides.
        #expect(stage("Appointment scheduled", isWon: "false").stageClass == .open)
        // Dynamics: the 4-Close phase is open while the status is Open; won and lost deals leave the phase blank.
        #expect(stage("4-Close", status: "Open").stageClass == .open)
        #expect(stage("", status: "Won").stageClass == .won)
        #expect(stage("", status: "Lost").stageClass == .lost)
        #expect(stage("3-Propose", status: "Gewonnen").stageClass == .won)
        // Pipedrive's status.
        #expect(stage("Negotiations Started", status: "deleted").stageClass == .lost)
        #expect(stage("Negotiations Started", status: "open").stageClass == .open)
        // Salesforce's forecast category.
        #expect(stage("Custom Stage 7", forecast: "Omitted").stageClass == .lost)
        #expect(stage("Custom Stage 7", forecast: "Closed").stageClass == .won)
        #expect(stage("Custom Stage 7", forecast: "Pipeline").stageClass == .open)
    }

    /// A new-user trial: HubSpot's `Is Deal Closed?` and Data Loader's `IsClosed` left blank on some rows
    /// read as "open", so a Closed Won deal was summed as open pipeline at 100%.
    @Test func aBlankClosedFlagLeavesTheStageToDecide() {
        #expect(stage("Closed Won", isClosed: "").stageClass == .won)
        #expect(stage("Closed Lost", isClosed: " ", isWon: "").stageClass == .lost)
        #expect(stage("Prospecting", isClosed: "").stageClass == .open)
        // A flag that does say open still wins, and the reason names the stage it overrules.
        let overruled = stage("Closed Won", isClosed: "false")
        #expect(overruled.stageClass == .open)
        #expect(overruled.stageSaysClosed == .won)
        #expect(overruled.reason == "closed flag column says open, though the stage says won")
        #expect(stage("Prospecting", isClosed: "false").stageSaysClosed == nil)
        #expect(stage("Prospecting", isClosed: "false").reason == "closed flag column says open")
    }

    /// A `stages:` line decides over the built-in labels and the stage's words; one that says won or
    /// lost decides over the export's columns too. One that says open does not reopen a deal the CRM's
    /// flag or status column closed: a closed deal keeps its last stage (Copper, Dynamics), and a trial
    /// that gave its open stages probabilities this way, as refgap's warnings advised, saw its won and
    /// lost deals counted as open pipeline.
    @Test func theConfigWinsOverTheLabelsButDoesNotReopenWhatTheCRMClosed() {
        var config = Config()
        config.stages = [
            "Verbal commit": StageRule(.open, probability: 0.8), "closed won": StageRule(.open),
            "Negotiation": StageRule(.open, probability: 0.7), "Dead": StageRule(.lost),
        ]
        let c = StageClassifier(config: config)
        func read(_ stage: String, status: String? = nil, closed: String? = nil, won: String? = nil) -> StageReading {
            c.read(stage: stage, status: status, isClosed: closed, isWon: won, forecastCategory: nil)
        }
        let verbal = read("VERBAL COMMIT")
        #expect(
            verbal.stageClass == .open && verbal.probability == 0.8 && verbal.probabilitySource == "refgap.yml stages:"
                && !verbal.guessed)
        #expect(read("Closed Won").stageClass == .open)
        let won = read("Closed Won", closed: "true", won: "true")
        #expect(won.stageClass == .won && won.reason == "won flag column; over refgap.yml stages:, which says open")
        #expect(read("Negotiation", status: "Lost").stageClass == .lost)
        #expect(read("Negotiation", status: "Won").stageClass == .won)
        let open = read("Negotiation", status: "Open")
        #expect(open.stageClass == .open && open.probability == 0.7 && open.reason == "refgap.yml stages:")
        #expect(read("Negotiation", closed: "false").stageClass == .open)
        // A line that closes decides even over a flag that says open.
        #expect(read("Dead", closed: "false").stageClass == .lost)
    }

    @Test func builtInStagesCarryTheirProbability() {
        #expect(stage("Negotiation/Review").probability == 0.9)
        #expect(stage("Prospecting").probability == 0.1)
        #expect(stage("Legal review").probability == nil)
        var config = Config()
        config.stageProbabilities = ["Legal review": 0.85]
        #expect(
            StageClassifier(config: config).read(
                stage: "Legal review", status: nil, isClosed: nil, isWon: nil, forecastCategory: nil
            ).probability == 0.85)
    }

    @Test(
        arguments: [
            // text, column scale, config scale, expected value, expected reading
            ("75", 100.0, nil, 0.75, ProbabilityReading.read),
            ("75%", 100.0, nil, 0.75, .read),
            ("75%", 1.0, nil, 0.75, .read),
            ("0.75", 100.0, nil, 0.75, .ambiguousFraction),
            ("0.75", 1.0, nil, 0.75, .read),
            ("1", 100.0, nil, 0.01, .read),
            ("0", 100.0, nil, 0.0, .read),
            ("0.75", 100.0, Config.ProbabilityScale.percent, 0.0075, .read),
            ("0.75", 100.0, .fraction, 0.75, .read),
        ] as [(String, Double, Config.ProbabilityScale?, Double, ProbabilityReading)])
    func aProbabilityIsReadOnItsScale(
        _ text: String, _ column: Double, _ config: Config.ProbabilityScale?, _ value: Double,
        _ reading: ProbabilityReading
    ) throws {
        let (p, r) = OpportunityTyper.probability(text, columnScale: column, config: config)
        #expect(abs(try #require(p) - value) < 1e-12)
        #expect(r == reading)
    }

    @Test func probabilitiesOutOfRangeAreInvalidNotClamped() {
        #expect(OpportunityTyper.probability("150", columnScale: 100, config: nil).1 == .invalid)
        #expect(OpportunityTyper.probability("75", columnScale: 100, config: .fraction).1 == .invalid)
        #expect(OpportunityTyper.probability("high", columnScale: 100, config: nil).1 == .invalid)
        #expect(OpportunityTyper.probability("", columnScale: 100, config: nil).1 == .blank)
    }
}

/// A CRM's default probabilities, taken by stage name, are a guess about this CRM.
extension StageTests {
    /// A HubSpot deals export carries no probability: its deals take the default pipeline's by stage
    /// label, which a portal's admins may have changed. A trial found them applied unmarked; the
    /// ledger's note says how many deals and how much pipeline, and the setting that overrides.
    @Test func builtInStageProbabilitiesAreSaidAsTheGuessTheyAre() throws {
        let text = """
            Record ID,Deal Name,Associated Company,Deal Stage,Close Date,Amount
            1,A,Acme,Decision maker bought-in,2026-12-20,1000
            2,B,Beta,Decision maker bought-in,2026-12-21,3000
            3,C,Cork,Qualified to buy,2026-12-22,4000
            4,D,Dune,Verhandlung,2026-12-23,2000
            5,E,Elm,Closed won,2026-11-20,9000

            """
        var config = Config()
        try ConfigLoader.override("stages={Verhandlung: {class: open, probability: 70}}", in: &config)
        let ledger = try Ingest.opportunities(path: try tempFile(text), config: config).ledger
        let note = try #require(ledger.notes.first { $0.contains("built-in table") }, "\(ledger.notes)")
        // Deals 1–3 (8,000 of 10,000 open): the config's own stage is no guess, the won deal no pipeline.
        #expect(
            note.hasPrefix(
                "3 open deals (80% of open pipeline, 8,000 USD) took their stage's probability from refgap's built-in table (HubSpot default pipeline: \"Decision maker bought-in\" 80%, \"Qualified to buy\" 40%)"
            ), "\(note)")
        // The stages in the stage table's order (largest pipeline first, then by name).
        #expect(note.contains("`stage_probabilities: {Decision maker bought-in: 80}`"), "\(note)")
    }
}

/// A probability column's surprises (fractions among percentages, cells that are no number), counted
/// on open deals only: a won or lost deal's probability is never used.
extension StageTests {
    /// The export's warning containing `phrase`.
    static func warning(_ export: String, containing phrase: String) throws -> String {
        let ledger = try Ingest.opportunities(path: try tempFile(export), config: Config()).ledger
        return try #require(ledger.warnings.first { $0.contains(phrase) }, "\(ledger.warnings)")
    }

    /// A trial's warning counted 18 fractions and 6,735,000 USD where 11 open deals and 4,035,000 USD
    /// were read so.
    @Test func fractionsInAPercentColumnAreCountedOnOpenDealsOnly() throws {
        let warning = try Self.warning(
            """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Probability (%)
            O1,Acme,Prospecting,2026-12-20,1000,0.6
            O2,Acme,Closed Won,2026-10-20,5000,0.75
            O3,Acme,Closed Lost,2026-10-21,7000,0.5
            O4,Acme,Negotiation,2026-12-22,2000,60
            O5,Acme,Qualification,2026-12-23,3000,20

            """, containing: "column of percentages")
        // The example is the file's own (its first, with its line), not a made-up one.
        #expect(warning.hasPrefix("1 probability such as 0.6 (line 2) stands"), "\(warning)")
        #expect(warning.contains("read as a fraction (0.6 → 60%)"), "\(warning)")
        // Every open deal's, in the horizon or not (the stage table's scope), and the warning says so.
        #expect(warning.contains("on 1,000 USD of open pipeline, whatever the close date"), "\(warning)")
    }

    /// A trial's warning gave 0.4 as its example where the file writes `0,4`: the example is the cell
    /// as written, so that a search of the file finds it; a row held as a repeat gives its own.
    @Test func theFractionsExampleIsTheCellAsWritten() throws {
        let comma = try Self.warning(
            """
            Opportunity ID;Account Name;Stage;Close Date;Amount;Probability (%)
            O1;Acme;Prospecting;2026-12-20;1000;0,4
            O2;Acme;Negotiation;2026-12-22;2000;60
            O3;Acme;Qualification;2026-12-23;3000;20

            """, containing: "column of percentages")
        #expect(comma.hasPrefix("1 probability such as 0,4 (line 2) stands"), "\(comma)")
        #expect(comma.contains("read as a fraction (0,4 → 40%)"), "\(comma)")
        // The same row twice: held, compared, used once, and its cell still the example.
        let repeated = try Self.warning(
            """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Probability (%)
            O1,Acme,Prospecting,2026-12-20,1000," 0.40"
            O1,Acme,Prospecting,2026-12-20,1000," 0.40"
            O2,Acme,Negotiation,2026-12-22,2000,60
            O3,Acme,Qualification,2026-12-23,3000,20

            """, containing: "column of percentages")
        #expect(repeated.hasPrefix("1 probability such as 0.40 (line 2) stands"), "\(repeated)")
    }

    /// A trial's validate said "11 probabilities are not a number" where the stage table said 9: two
    /// were won or lost deals. Open deals only, with their pipeline.
    @Test func invalidProbabilitiesAreCountedOnOpenDealsWithTheirPipeline() throws {
        let warning = try Self.warning(
            """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Probability (%)
            O1,Acme,Prospecting,2026-12-20,1000,high
            O2,Acme,Closed Won,2026-10-20,5000,high
            O3,Acme,Negotiation,2026-12-22,2000,150
            O4,Acme,Qualification,2026-12-23,3000,20

            """, containing: "not a number within")
        #expect(warning.hasPrefix("2 probabilities are not a number within 0–100%"), "\(warning)")
        #expect(warning.contains("on 3,000 USD of open pipeline"), "\(warning)")
    }
}

@Suite("Duplicate deals")
struct DuplicateDealTests {
    @Test func repeatedKeysAreFoundAcrossParts() {
        var g: UInt64 = 7
        func next() -> UInt64 {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return g
        }
        var a = (0..<50_000).map { _ in next() }, b = (0..<50_000).map { _ in next() }
        a.append(b[10])
        b.append(b[20])
        b.append(a[5])
        #expect(DuplicateDeals.repeated([a, b]) == [b[10], b[20], a[5]])
        #expect(DuplicateDeals.repeated([Array(a.prefix(40_000))]).isEmpty)
        // Keys on one bit of the bitmaps (the same top bits) repeat only if equal; one met three
        // times is reported once.
        let top: UInt64 = 0xABCD_EF00_0000_0000
        let sameBit = [top | 1, top | 2, top | 3, top | 2, top | 2]
        #expect(DuplicateDeals.repeated([sameBit, [top | 4]]) == [top | 2])
        #expect(DuplicateDeals.repeated([[top | 1], a, [top | 5, top | 1]]) == [top | 1])
    }

    /// An export with duplicated rows and line items spread through it, read in one part and in several.
    static func export() -> String {
        let text =
            "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Product Name,Description\n"
        var g: UInt64 = 11
        func next(_ n: UInt64) -> UInt64 {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return (g >> 33) % n
        }
        var lines: [String] = []
        for i in 0..<3000 {
            let row =
                "OPP\(i),Deal \(i),Account \(next(90)),Prospecting,\(1 + next(3))/\(1 + next(28))/2027,\(1000 * (1 + next(500))),40,Cloud,\"long, \"\"quoted\"\"\ntext\""
            lines.append(row)
            if i % 100 == 7 { lines.append(row) }  // 30 exact duplicates, right after
            // 20 deals with 2 line items
            if i % 150 == 3 { lines.append(row.replacingOccurrences(of: ",Cloud,", with: ",Analytics,")) }
        }
        // 10 exact duplicates far from their original (in another part).
        for i in stride(from: 2000, to: 3000, by: 100) { lines.insert(lines[i], at: 50) }
        return text + lines.joined(separator: "\n") + "\n"
    }

    func read(_ path: String, cores: Int) throws -> (rows: [OpportunityRow], ledger: InputLedger) {
        let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
            boxes[part].rows.append(row)
        }
        return (boxes.flatMap(\.rows).sorted { $0.line < $1.line }, ledger)
    }

    @Test func duplicatesAndLineItemsAreResolvedTheSameInOnePartOrSeveral() throws {
        let path = try tempFile(Self.export())
        let one = try read(path, cores: 1)
        #expect(one.ledger.setAside.first { $0.reason == DuplicateDeals.duplicateReason }?.rows == 40)
        #expect(one.rows.count == 3000 + 20)
        // Each deal's amount counts once: the line items share it.
        let amounts = Dictionary(grouping: one.rows, by: \.id).mapValues { $0.reduce(0) { $0 + $1.amount * $1.share } }
        #expect(amounts.count == 3000)
        #expect(one.rows.filter { $0.share == 0.5 }.count == 40)
        #expect(one.ledger.notes.contains { $0.contains("20 deals came as 40 rows") })
        for cores in [2, 4] {
            let many = try read(path, cores: cores)
            #expect(many.rows.map(\.line) == one.rows.map(\.line))
            #expect(many.rows.map(\.share) == one.rows.map(\.share))
            #expect(many.ledger.setAside.map(\.rows) == one.ledger.setAside.map(\.rows))
        }
    }

    @Test func theLatestModifiedVersionWinsNotTheLastRow() throws {
        let text = """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Last Modified Date
            A1,Acme,Negotiation/Review,3/1/2027,500000,11/20/2026
            B2,Beta,Prospecting,3/1/2027,100000,11/01/2026
            A1,Acme,Qualification,4/15/2027,300000,10/02/2026
            B2,Beta,Prospecting,2/1/2027,100000,11/15/2026

            """
        let path = try tempFile(text)
        let stream = try OpportunityStream(path: path, config: Config())
        let box = CollectedRows()
        let ledger = try stream.read(restart: { box.rows = [] }) { _, row in box.rows.append(row) }
        let rows = box.rows.sorted { $0.line < $1.line }
        #expect(rows.map(\.line) == [2, 5])
        #expect(rows.map(\.stage) == ["Negotiation/Review", "Prospecting"])
        #expect(ledger.setAside.first { $0.reason == DuplicateDeals.supersededReason }?.rows == 2)
        let warning = try #require(ledger.warnings.first { $0.contains("same id") })
        #expect(warning.contains("id A1: lines 2, 4 differ in stage, close date, amount; line 2 used"))
        #expect(warning.contains("id B2: lines 3, 5 differ in close date; line 5 used"))
    }

    /// A won or lost row set aside is not pipeline: a trial's warning said "280,000 USD of pipeline" of
    /// a deal's older version that was won (the newer one open).
    @Test func rowsSetAsideSayWhatOfThemWasOpenPipeline() throws {
        let text = """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Last Modified Date
            A1,Acme,Closed Won,3/1/2027,280000,10/02/2026
            A1,Acme,Negotiation/Review,3/1/2027,500000,11/20/2026
            B2,Beta,Prospecting,3/1/2027,100000,11/01/2026
            B2,Beta,Prospecting,3/1/2027,100000,11/01/2026
            C3,Cork,Closed Lost,3/1/2027,40000,11/01/2026
            C3,Cork,Closed Lost,3/1/2027,40000,11/01/2026

            """
        let ledger = try OpportunityStream(path: try tempFile(text), config: Config()).read { _, _ in }
        let versions = try #require(ledger.warnings.first { $0.contains("same id") })
        #expect(versions.contains("(1 row set aside, 280,000 USD, none of it open pipeline)"), "\(versions)")
        let copies = try #require(ledger.notes.first { $0.contains("identical to an earlier row") })
        #expect(
            copies.hasSuffix(
                "2 rows were identical to an earlier row and set aside as duplicates, not counted twice: 140,000 USD, 100,000 USD of it open pipeline."
            ), "\(copies)")
    }

    /// Rows of one id with different amounts are a deal's priced line items only when each is its own
    /// line (a product, quantity or price column tells them apart) and they were modified together.
    /// A trial's Dynamics export, whose two versions of a deal differed only in a row checksum, was
    /// summed as one deal of both amounts (600,000 where the latest said 200,000).
    @Test(arguments: [
        (
            "Opportunity ID,Account Name,Stage,Close Date,Amount,Modified On,(Do Not Modify) Row Checksum\n"
                + "A1,Acme,Prospecting,3/1/2027,200000,11/25/2026,x1\nA1,Acme,Prospecting,3/1/2027,400000,11/02/2026,y2\n",
            [200_000.0], 1
        ),
        (
            "Opportunity ID,Account Name,Stage,Close Date,Amount,Next Step\n"
                + "A1,Acme,Prospecting,3/1/2027,100000,Call\nA1,Acme,Prospecting,3/1/2027,300000,Demo\n",
            [300_000.0], 1
        ),
        (
            "Opportunity ID,Account Name,Stage,Close Date,Amount,Product Name,Last Modified Date\n"
                + "A1,Acme,Prospecting,3/1/2027,120000,Analytics,11/02/2026\n"
                + "A1,Acme,Prospecting,3/1/2027,260000,Cloud,11/20/2026\n",
            [260_000.0], 1
        ),
        (
            "Opportunity ID,Account Name,Stage,Close Date,Total Price,Product Name,Last Modified Date\n"
                + "A1,Acme,Prospecting,3/1/2027,120000,Analytics,11/20/2026\n"
                + "A1,Acme,Prospecting,3/1/2027,260000,Cloud,11/20/2026\n",
            [380_000.0, 380_000.0], 0
        ),
    ])
    func rowsOfOneIdWithDifferentAmountsAreVersionsUnlessEachIsALine(
        text: String, amounts: [Double], setAside: Int
    ) throws {
        let path = try tempFile(text)
        var config = Config()
        if text.contains("Total Price") { config.columns["opportunities"] = ["amount": "Total Price"] }
        let stream = try OpportunityStream(path: path, config: config)
        let box = CollectedRows()
        let ledger = try stream.read(restart: { box.rows = [] }) { _, row in box.rows.append(row) }
        #expect(box.rows.sorted { $0.line < $1.line }.map(\.amount) == amounts)
        #expect((ledger.setAside.first { $0.reason == DuplicateDeals.supersededReason }?.rows ?? 0) == setAside)
        // Read as priced lines, the note says how much pipeline that reading made.
        if setAside == 0 {
            #expect(
                ledger.notes.contains {
                    $0.contains("1 of them priced per line") && $0.contains("380,000 USD of pipeline")
                })
        }
    }

    @Test func zeroAndNegativeAmountsAreSetAsideNotSummed() throws {
        let text = """
            Opportunity ID,Account Name,Stage,Close Date,Amount
            A1,Acme,Prospecting,3/1/2027,"(2,500,000.00)"
            A2,Acme,Prospecting,3/1/2027,-1000
            A3,Acme,Prospecting,3/1/2027,0
            A4,Acme,Prospecting,3/1/2027,"$1,000.00"

            """
        let stream = try OpportunityStream(path: try tempFile(text), config: Config())
        let box = CollectedRows()
        let ledger = try stream.read { _, row in box.rows.append(row) }
        #expect(box.rows.map(\.id) == ["A4"])
        #expect(ledger.setAside.first { $0.reason == OpportunityTyper.negativeAmount }?.rows == 2)
        #expect(ledger.setAside.first { $0.reason == OpportunityTyper.zeroAmount }?.rows == 1)
    }

    /// A planning trial gave "Value Proposition" 80% in refgap.yml; every deal had its own probability,
    /// so nothing changed, and the assumptions table said "changed". Now it is a warning, and not
    /// where some deal's cell is blank and took it.
    @Test func aStageProbabilityNoDealUsedIsSaid() throws {
        let text = """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Probability (%)
            A1,Acme,Value Proposition,3/1/2027,1000,50
            A2,Acme,Value Proposition,3/1/2027,1000,50
            A3,Acme,Perception Analysis,3/1/2027,1000,

            """
        var config = Config()
        try ConfigLoader.override(
            "stages={Value Proposition: {class: open, probability: 80}, Perception Analysis: {class: open, probability: 70}}",
            in: &config)
        let stream = try OpportunityStream(path: try tempFile(text), config: config)
        let ledger = try stream.read { _, _ in }
        let said = ledger.warnings.filter { $0.hasPrefix("refgap.yml gives") }
        #expect(
            said == [
                "refgap.yml gives a stage a probability that changed nothing: \"Value Proposition\" 80%, used by none of its 2 deals. Each of its deals has its own in the probability column (Probability (%)), which comes first; a stage's probability is for deals whose cell is blank."
            ], "\(ledger.warnings)")
    }
}
