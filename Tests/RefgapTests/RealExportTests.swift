import Foundation
import Testing
import RefgapCore
import RefgapModel

/// SampleData changed one thing at a time the way real tools export it (Tests/Fixtures/real-exports,
/// each with a README naming the tool and the expected result): every one reads to the clean sample's
/// demand and pipeline, and says what it guessed.
@Suite("Real exports read as the CRM meant them")
struct RealExportTests {
    static let root = repoRoot + "/Tests/Fixtures/real-exports/"

    struct Expected: CustomTestStringConvertible, Sendable {
        var fixture: String
        /// A note or warning of the opportunity ledger that must be there.
        var says: String
        /// Rows set aside for a reason containing this text, and how many.
        var setAside: (reason: String, rows: Int)? = nil
        /// Closed deals the fixture adds to the sample's.
        var extraClosed = 0
        var testDescription: String { fixture }
    }

    static let cases: [Expected] = [
        Expected(fixture: "german-stages", says: ""),
        Expected(fixture: "custom-stages", says: "3 stages were classed by their words"),
        Expected(
            fixture: "mixed-probability", says: "probabilities such as 0.1 (line 9) stand in a column of percentages"),
        Expected(
            fixture: "duplicates", says: "50 rows were identical to an earlier row",
            setAside: ("duplicate of an earlier row", 50)),
        Expected(
            fixture: "conflicting-ids", says: "8 deals appear more than once with the same id",
            setAside: ("an older version of a deal", 8)),
        Expected(fixture: "negative-amounts", says: "", setAside: ("amount is negative", 4)),
        Expected(fixture: "line-items", says: "150 deals came as 350 rows"),
        Expected(fixture: "formatted-report", says: "above the header", setAside: ("subtotal", 310)),
        Expected(fixture: "excel-sep", says: "sep="),
        Expected(fixture: "excel-serial-dates", says: "Excel serial day numbers"),
        Expected(fixture: "close-value-header", says: ""),
        Expected(fixture: "calendar-libreoffice", says: ""),
        // Built by a new-user trial (each folder's README).
        Expected(fixture: "trial-owp-totalprice", says: "priced per line"),
        Expected(fixture: "trial-pipedrive", says: "", extraClosed: 40),
        Expected(fixture: "trial-sf-de-excel", says: "sep="),
    ]

    static let sample: RunOutcome? = try? runPipeline(repoRoot + "/SampleData")

    @Test(arguments: cases)
    func aRealExportGivesTheCleanSamplesDemandAndPipeline(_ e: Expected) throws {
        let sample = try #require(Self.sample)
        let clean = sample.result.prioritized.totals
        let outcome = try runPipeline(Self.root + e.fixture)
        let t = outcome.result.prioritized.totals
        #expect(abs(t.demand - clean.demand) < 0.01)
        // Line items split a deal's amount in cents over its rows: within a dollar.
        #expect(abs(t.pipeline - clean.pipeline) < 1)
        #expect(abs(t.weightedPipeline - clean.weightedPipeline) < 1)
        #expect(outcome.exitCode == 0)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        if !e.says.isEmpty {
            #expect(
                (ledger.notes + ledger.warnings).contains { $0.contains(e.says) }, "\(ledger.notes + ledger.warnings)")
        }
        if let s = e.setAside {
            #expect(ledger.setAside.first { $0.reason.contains(s.reason) }?.rows == s.rows)
        }
        if e.fixture != "line-items" { #expect(abs(t.covered - clean.covered) < 0.01) }
        // The closed deals are the sample's, whatever the labels.
        #expect(outcome.result.segmented.closedDeals == sample.result.segmented.closedDeals + e.extraClosed)
    }

    @Test func everyRowOfAClosedLineItemDealIsSetAside() throws {
        // The ledger counts rows: a closed deal on three rows is one closed deal and three rows set aside.
        let outcome = try runPipeline(Self.root + "line-items")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        let text = try String(contentsOfFile: Self.root + "line-items/opportunities.csv", encoding: .utf8)
        let closedRows = text.split(whereSeparator: \.isNewline).filter {
            $0.contains("\"Closed Won\"") || $0.contains("\"Closed Lost\"")
        }.count
        // less the one rejected row
        #expect(ledger.setAside.first { $0.reason == "closed (won or lost)" }?.rows == closedRows - 1)
        #expect(outcome.result.segmented.closedDeals == Self.sample?.result.segmented.closedDeals)
    }

    @Test func aRosterBlankOnEveryDimensionIsCountedWithItsWholeReach() throws {
        let outcome = try runPipeline(Self.root + "trial-roster-blank")
        let line = try #require(
            outcome.summary.split(separator: "\n").first { $0.contains("have no industry, region, product and size") })
        #expect(line.contains("181 of 181 eligible contacts"))
        // With every blank filled they would match most of the program's gaps, not the dozen that one
        // dimension alone would.
        let buckets = try #require(
            line.split(separator: " ").firstIndex(of: "more").map { Int(line.split(separator: " ")[$0 - 1]) ?? 0 })
        #expect(buckets > 300, "\(line)")
    }

    @Test func initNamesTheDialectAsValidateDoes() throws {
        // A folder with only a Pipedrive export: init's refgap.yml says what validate says.
        let dir = try tempDir()
        try FileManager.default.copyItem(
            atPath: Self.root + "trial-pipedrive/opportunities.csv", toPath: dir + "/opportunities.csv")
        #expect(try runBinary(["init", dir], in: dir).status == 0)
        let yml = try String(contentsOfFile: dir + "/refgap.yml", encoding: .utf8)
        #expect(yml.contains("opportunities.csv: Pipedrive deals export, UTF-8, delimiter ,"))
    }

    @Test func anAmountColumnNoSynonymKnowsIsSuggestedByItsValues() throws {
        let r = try runBinary(["validate", Self.root + "deal-value-usd"], in: repoRoot)
        #expect(r.status == 2)
        #expect(r.stdout.contains("the best candidate by its values is \"Deal Value (USD)\""))
        #expect(r.stdout.contains("columns: {opportunities: {amount: \"Deal Value (USD)\"}}"))
        #expect(!(r.stdout + r.stderr).contains("candidate by its values is \"Currency\""))
    }

    @Test func aPipedriveStyleProductColumnIsReadAsTheProduct() throws {
        // `Deal - Product` is Pipedrive's way of writing a deal field: read as the product.
        let outcome = try runPipeline(Self.root + "unmapped-product")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.mapping.contains { $0.field == "product" && $0.header == "Deal - Product" })
        let sample = try #require(Self.sample)
        #expect(abs(outcome.result.prioritized.totals.covered - sample.result.prioritized.totals.covered) < 0.01)
    }

    @Test func theStageTableIsInTheReportAndInValidate() throws {
        let outcome = try runPipeline(Self.root + "custom-stages")
        let md = file(outcome, "gap-report.md")
        #expect(md.contains("Stages of the opportunity export"))
        #expect(
            md.contains(
                "| Verbal commit | 193 | USD 69,643,000 | open (a guess) | not a stage refgap knows: read as open | probability column (193 deals) |"
            ))
        #expect(
            md.contains(
                "| Won - Signed | 304 | USD 117,434,000 | won (a guess) | the stage's words (\"won\") | — (closed) |"))
        #expect(file(outcome, "gap-report.html").contains("Verbal commit"))
        let validate = try runBinary(["validate", Self.root + "custom-stages"], in: repoRoot)
        #expect(validate.stdout.contains("stages (how each was read"))
        #expect(
            validate.stdout.contains(
                "Verbal commit: 193 deals, USD 69,643,000 → open (a guess), not a stage refgap knows: read as open"))
        #expect(validate.stdout.contains("stages: {Verbal commit: lost}"))
    }

    @Test func aStagesSettingOverridesTheGuessAndChangesTheNumbers() throws {
        let base = try runPipeline(Self.root + "custom-stages")
        let set = try runPipeline(Self.root + "custom-stages", sets: ["stages={Verbal commit: lost}"])
        #expect(set.result.prioritized.totals.demand < base.result.prioritized.totals.demand - 1)
        let ledger = try #require(set.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.stages.first { $0.reading.stage == "Verbal commit" }?.reading.reason == "refgap.yml stages:")
    }

    @Test func probabilityScaleDecidesAmbiguousFractions() throws {
        let base = try runPipeline(Self.root + "mixed-probability")
        let percent = try runPipeline(Self.root + "mixed-probability", sets: ["probability_scale=percent"])
        // Read as 0.75%, the fractions' deals nearly vanish from demand.
        #expect(percent.result.prioritized.totals.demand < base.result.prioritized.totals.demand - 50)
    }

    /// A HubSpot deals export whose `Is Deal Closed?` is blank on some rows (a new-user trial): the
    /// blank says nothing, the stage decides; a flag that says open on a closed stage is warned about.
    @Test func aBlankClosedFlagIsNotOpenAndAFlagOverrulingTheStageIsSaid() throws {
        let dir = try tempDir()
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        try write(
            """
            Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Company,Is Deal Closed?,Deal probability
            1,A,Closed Lost,400000,2026-12-20,Acme,,
            2,B,Closed Won,300000,2026-12-20,Globex,,
            3,C,Contract Sent,20000,2026-12-20,Initech,false,
            4,D,Closed Lost,40000,2026-12-20,Stark,true,
            5,E,Closed Won,5000,2026-12-20,Umbrella,false,

            """, to: dir + "/opportunities.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        // Open: C, and E (its flag says open); A, B and D are closed.
        #expect(abs(outcome.result.prioritized.totals.pipeline - 25_000) < 0.01)
        #expect(outcome.result.segmented.closedDeals == 3)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(
            ledger.warnings.contains { $0.contains("\"Closed Won\" (1 deal, 5,000 USD)") && $0.contains("stages:") },
            "\(ledger.warnings)")
    }

    /// A calendar that writes "no requirement" in words (a new-user trial): read as any value, the
    /// same as the sample's own `Any`, and said in the calendar's notes, which validate prints.
    @Test func calendarCriteriaInWordsForAnyAreReadAsAnyAndSaid() throws {
        let dir = try tempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: repoRoot + "/SampleData") {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        let calendar = try String(contentsOfFile: dir + "/calendar.csv", encoding: .utf8)
        let reworded = calendar.replacingOccurrences(
            of: "Forrester Wave Q1 submission,Analyst interview,2026-12-24,15,Any,Any,",
            with: "Forrester Wave Q1 submission,Analyst interview,2026-12-24,15,All Industries,Worldwide,")
        #expect(reworded != calendar)
        try write(reworded, to: dir + "/calendar.csv")
        let clean = try runPipeline(repoRoot + "/SampleData").result.prioritized.totals
        let outcome = try runPipeline(dir)
        #expect(abs(outcome.result.prioritized.totals.covered - clean.covered) < 0.01)
        let config = try Pipeline.config(
            InputPaths.resolve(dir: dir, opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil),
            sets: [], asOf: Day(iso: "2026-11-24"))
        let checked = try Pipeline.check(
            InputPaths.resolve(dir: dir, opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil),
            config: config, today: Day(iso: "2026-11-24") ?? Day(ordinal: 0))
        let ledger = try #require(checked.ledgers.first { $0.kind == .calendar })
        #expect(
            ledger.notes.contains {
                $0.contains("(1 need, 15 references): \"All Industries\" (industry), \"Worldwide\" (region)")
            })
    }

    /// The sample's roster as a spreadsheet writes it, products and activities listed with commas
    /// (a new-user trial's roster): the same coverage as with semicolons, and a note that says so.
    @Test func aRosterListingWithCommasIsReadAsItsValues() throws {
        let dir = try tempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: repoRoot + "/SampleData") {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        let roster = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8)
        // Quoted, as a spreadsheet quotes a cell with commas.
        let lines = roster.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.split(separator: ",", omittingEmptySubsequences: false).map { cell in
                cell.contains(";") || cell.contains("|")
                    ? "\""
                        + cell.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: " | ", with: ", ")
                        + "\"" : String(cell)
            }.joined(separator: ",")
        }
        try write(lines.joined(separator: "\n"), to: dir + "/roster.csv")
        #expect(!lines.joined().contains(";") && !lines.joined().contains("|"))
        let clean = try runPipeline(repoRoot + "/SampleData").result.prioritized.totals
        let outcome = try runPipeline(dir)
        #expect(abs(outcome.result.prioritized.totals.covered - clean.covered) < 0.01)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(ledger.notes.contains { $0.contains("split at the commas: \"Products\"") }, "\(ledger.notes)")
    }

    /// Every third contact's lists written with commas among the others' `;` lists (trial h3's roster:
    /// `Reference call, Press quote` was one activity, its contact idle beside a gap it could fill): the
    /// same coverage as the sample's, and a note; a cell whose pieces the column never holds stays whole.
    @Test func aCellWithCommasAmongSemicolonListsIsReadAsItsValues() throws {
        let dir = try tempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: repoRoot + "/SampleData") {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        let roster = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8)
        var changed = 0
        let lines = roster.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            guard k % 3 == 1 else { return String(line) }
            return line.split(separator: ",", omittingEmptySubsequences: false).map { cell in
                guard cell.contains("; ") else { return String(cell) }
                changed += 1
                return "\"" + cell.replacingOccurrences(of: "; ", with: ", ") + "\""
            }.joined(separator: ",")
        }
        try write(lines.joined(separator: "\n"), to: dir + "/roster.csv")
        #expect(changed > 20)
        let clean = try runPipeline(repoRoot + "/SampleData").result.prioritized.totals
        let outcome = try runPipeline(dir)
        #expect(abs(outcome.result.prioritized.totals.covered - clean.covered) < 0.01)
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        #expect(
            ledger.warnings.contains {
                $0.hasPrefix("Cells written with commas in a column that lists with ; were split at the commas")
                    && $0.contains("\"Activities\"") && $0.contains("\"Products\"")
            }, "\(ledger.warnings)")
        // A name with a comma whose pieces no other cell holds is one value.
        var one = lines
        one[2] = one[2].replacingOccurrences(of: ",Analytics,", with: ",\"Acme, Inc. Suite\",")
        try write(one.joined(separator: "\n"), to: dir + "/roster.csv")
        let whole = try runPipeline(dir)
        // (Product is the third dimension: industry, region, product, size.)
        #expect(whole.result.allocated.contacts.contains { $0.dimensions[2] == ["Acme, Inc. Suite"] })
    }

    /// The versions warning asked for a Last Modified Date column the export had, and used (a trial).
    @Test func theVersionsWarningAsksForLastModifiedOnlyWhereItIsMissing() throws {
        let outcome = try runPipeline(Self.root + "conflicting-ids")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        let warning = try #require(ledger.warnings.first { $0.contains("more than once with the same id") })
        #expect(
            warning.hasSuffix(
                "The row with the latest Last Modified was kept where the dates tell; export one row per deal to leave nothing to choose."
            ))
        #expect(!warning.contains("include a Last Modified Date column"))
    }

    /// A German-language org's Salesforce report is read with no `columns:` mapping (a trial's
    /// `Phase`, `Betrag`, `Schlusstermin` were "not recognised"; its refgap.yml maps nothing now).
    @Test func aGermanSalesforceReportIsReadByItsHeaders() throws {
        let config = try String(contentsOfFile: Self.root + "trial-sf-de-excel/refgap.yml", encoding: .utf8)
        #expect(!config.contains("columns:"))
        let outcome = try runPipeline(Self.root + "trial-sf-de-excel")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.dialect == "Salesforce report export (German)")
        #expect(ledger.mapping.contains { $0.field == "amount_converted" && $0.header == "Betrag (konvertiert)" })
    }

    /// A German header is read only where no English one names the field: an English report's own
    /// `Phase` (a project field) or `Betrag` column took the place of its `Stage` and `Amount`, and a
    /// Closed Won deal was summed as open (a differential trial).
    @Test func anEnglishExportsOwnPhaseColumnIsNotItsStage() throws {
        let dir = try tempDir()
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        try write(
            """
            Opportunity Name,Account Name,Phase,Betrag,Stage,Amount,Close Date
            A,Acme,Implementation,5,Prospecting,100000,2026-12-20
            B,Globex,Pilot,0,Closed Won,200000,2026-12-20

            """, to: dir + "/opportunities.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.mapping.contains { $0.field == "stage" && $0.header == "Stage" })
        #expect(ledger.mapping.contains { $0.field == "amount" && $0.header == "Amount" })
        #expect(abs(outcome.result.prioritized.totals.pipeline - 100_000) < 0.01)
    }

    /// Product names with a comma in them, one per contact (a differential trial): not split, so the
    /// contacts serve the deals that name the same products; activities listed with commas still are.
    @Test func productNamesWithACommaAreNotSplit() throws {
        let outcome = try runWithSampleCalendar(
            roster: """
                R1,Acme,Ann One,VP Data,Active,Healthcare,"Analytics, Enterprise Edition","Reference call, Speaker",2026-11-01
                R2,Beta,Bob Two,CIO,Active,Healthcare,"Cloud, Standard Edition",Reference call,2026-11-01
                R3,Gamma,Cy Three,CIO,Active,Healthcare,"Analytics, Standard Edition",Reference call,2026-11-01
                """,
            deals: """
                006P0,D0,A0,Negotiation/Review,2027-01-15,100000,50,Healthcare,"Analytics, Enterprise Edition"
                006P1,D1,A1,Negotiation/Review,2027-01-15,100000,50,Healthcare,"Cloud, Standard Edition"
                """)
        let sales = outcome.result.prioritized.gaps.filter { $0.bucket.kind == .sales }
        #expect(
            !sales.isEmpty && sales.allSatisfy { $0.covered > 0 }, "\(sales.map { ($0.bucket.dimensions, $0.covered) })"
        )
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        let note = try #require(ledger.notes.first { $0.hasPrefix("Lists with commas were split") })
        #expect(note.contains("\"Activities\"") && !note.contains("\"Products\""))
    }

    /// A roster where no cell holds one value alone still lists with commas when its activities name
    /// activities, or its products come in two orders (a trial: every contact was idle beside a 100%
    /// gap in its own segment, and the vocabulary check offered a synonym that dropped a product).
    @Test func listsWithCommasAreSplitWhenTheirPiecesSayTheyAreLists() throws {
        let outcome = try runWithSampleCalendar(
            roster: """
                R1,Acme,Ann One,VP Data,Active,Healthcare,"Analytics, Cloud Platform","Reference call, Case study",2026-11-01
                R2,Beta,Bob Two,CIO,Active,Healthcare,"Cloud Platform, Analytics","Reference call, Case study",2026-11-01
                """,
            deals: """
                006P0,D0,A0,Negotiation/Review,2027-01-15,100000,50,Healthcare,Analytics
                006P1,D1,A1,Negotiation/Review,2027-01-15,100000,50,Healthcare,Cloud Platform
                """)
        let sales = outcome.result.prioritized.gaps.filter { $0.bucket.kind == .sales }
        #expect(
            !sales.isEmpty && sales.allSatisfy { $0.gap < 0.005 }, "\(sales.map { ($0.bucket.dimensions, $0.gap) })")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .roster })
        let note = try #require(ledger.notes.first { $0.hasPrefix("Lists with commas were split") })
        #expect(note.contains("\"Activities\"") && note.contains("\"Products\""))
    }

    /// Seniority read from job titles decides who can serve a need with a minimum: the roster's note
    /// says so with the levels read (a trial's executive assistant had covered a C-level keynote, and
    /// nothing showed how titles were read); with no such need, nothing is said.
    @Test func seniorityReadFromTitlesIsSaidWhereANeedAsksForIt() throws {
        let sample = try runPipeline(repoRoot + "/SampleData")
        let note = try #require(
            sample.ledgers.first { $0.kind == .roster }?.notes.first {
                $0.hasPrefix("Seniority was read from job titles")
            })
        #expect(
            note.contains(
                "for 286 contacts (C-level 24, VP 52, Director 72, Manager 56, Practitioner 82): 7 calendar needs"))
        // 286: the roster's 296 less its 10 inactive contacts, who serve no need (a trial's note counted
        // one who had left).
        let dir = try tempDir()
        for name in ["opportunities.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        let calendar = try String(contentsOfFile: repoRoot + "/SampleData/calendar.csv", encoding: .utf8)
        let withoutMinimum = calendar.split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",")
        }
        try write(withoutMinimum.joined(separator: "\n") + "\n", to: dir + "/calendar.csv")
        let plain = try runPipeline(dir)
        #expect(
            !(plain.ledgers.first { $0.kind == .roster }?.notes.contains { $0.hasPrefix("Seniority was read") } ?? true)
        )
    }

    /// SampleData's calendar with these roster rows and deals (the headers of the two tests above),
    /// run as of 2026-12-01.
    private func runWithSampleCalendar(roster: String, deals: String) throws -> RunOutcome {
        let dir = try tempDir()
        try FileManager.default.copyItem(
            atPath: repoRoot + "/SampleData/calendar.csv", toPath: dir + "/calendar.csv")
        try write(
            "Reference ID,Account Name,Contact Name,Title,Reference Status,Industry,Products,Activities,Last Verified\n"
                + roster + "\n", to: dir + "/roster.csv")
        try write(
            "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Industry,Product Family\n"
                + deals + "\n", to: dir + "/opportunities.csv")
        return try runPipeline(dir, asOf: "2026-12-01")
    }
}
