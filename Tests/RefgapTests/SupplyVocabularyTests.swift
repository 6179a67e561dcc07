import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender
import Testing

/// Supply speaks demand's language: contacts filled from their account, likely pairs of spellings,
/// and `refgap init` as the first step. The programs are derived from SampleData (see
/// Tests/Fixtures/supply/README.md for how and why).
@Suite("Supply and demand vocabulary")
struct SupplyVocabularyTests {
    static let sample = repoRoot + "/SampleData"

    /// SampleData's files as rows, to derive programs from.
    static func rows(_ name: String) throws -> [[String]] {
        var out: [[String]] = []
        try CSVReader(path: sample + "/" + name).forEachRecord { out.append($0.strings()) }
        return out
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\n") + "\n"
    }

    /// Whether a SampleData close date falls in the windows: its dates are month-first (MM/DD/YYYY),
    /// and demand is due 0–120 days after its as-of date, 2026-11-24.
    static func closesInWindows(_ text: String) -> Bool {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, let asOf = Day(iso: "2026-11-24"),
            let day = Day(iso: String(format: "%04d-%02d-%02d", parts[2], parts[0], parts[1]))
        else { return false }
        return (0...120).contains(day - asOf)
    }

    /// A folder with SampleData's files, some replaced.
    static func program(_ replaced: [String: String]) throws -> String {
        let dir = try tempDir()
        for name in [
            "opportunities.csv", "calendar.csv", "roster.csv", "accounts.csv", "refgap.yml", "launch-calendar.csv",
        ] {
            let text = try replaced[name] ?? String(contentsOfFile: sample + "/" + name, encoding: .utf8)
            try write(text, to: dir + "/" + name)
        }
        return dir
    }

    static let dimensionColumns = ["Industry", "Billing State/Province", "Billing Country", "Products", "Employees"]

    /// The roster with its dimension columns blank, or set from its account's row in accounts.csv.
    static func roster(fromAccounts: Bool) throws -> String {
        let roster = try rows("roster.csv"), accounts = try rows("accounts.csv")
        let header = roster[0], accountHeader = accounts[0]
        let byName = Dictionary(accounts.dropFirst().map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        let accountColumn = try #require(header.firstIndex(of: "Account Name"))
        var out = [header]
        for row in roster.dropFirst() {
            var r = row
            for column in dimensionColumns {
                let i = try #require(header.firstIndex(of: column))
                if fromAccounts {
                    let account = try #require(
                        byName[row[accountColumn]], "roster account \(row[accountColumn]) is not in accounts.csv")
                    r[i] = account[try #require(accountHeader.firstIndex(of: column))]
                } else {
                    r[i] = ""
                }
            }
            out.append(r)
        }
        return csv(out)
    }

    @Test func aRosterWithBlankDimensionsCoversWhatTheFilledRosterCovers() throws {
        let blank = try runPipeline(try Self.program(["roster.csv": try Self.roster(fromAccounts: false)]))
        let filled = try runPipeline(try Self.program(["roster.csv": try Self.roster(fromAccounts: true)]))
        #expect(filled.result.prioritized.totals.covered > 300)
        #expect(abs(blank.result.prioritized.totals.covered - filled.result.prioritized.totals.covered) < 0.01)
        #expect(file(blank, "gaps.csv") == file(filled, "gaps.csv"))
        let report = file(blank, "gap-report.md")
        #expect(report.contains("296 contacts' industry"), "data quality counts the contacts filled from accounts")
    }

    /// SampleData with the deals' `Analytics` spelled `Analytics Cloud` (the roster and calendar keep `Analytics`).
    static func analyticsCloudDeals() throws -> String {
        var deals = try rows("opportunities.csv")
        let product = try #require(deals[0].firstIndex(of: "Product Family"))
        for i in deals.indices.dropFirst() where product < deals[i].count && deals[i][product] == "Analytics" {
            deals[i][product] = "Analytics Cloud"
        }
        return csv(deals)
    }

    @Test func twoSpellingsOfOneProductAreJoinedByTheSynonymLineTheReportGives() throws {
        let clean = try runPipeline(try Self.program([:]))
        let mismatched = try runPipeline(try Self.program(["opportunities.csv": try Self.analyticsCloudDeals()]))
        #expect(mismatched.result.prioritized.totals.covered < clean.result.prioritized.totals.covered - 10)
        let line = "synonyms: {product: {Analytics: Analytics Cloud}}"
        let report = file(mismatched, "gap-report.md")
        #expect(report.contains(line))
        let summary = report.components(separatedBy: "\n## ").first ?? ""
        #expect(summary.contains(line) && summary.contains("would cover"), "the summary raises the join")
        #expect(file(mismatched, "run.json").contains("\"changes_coverage\": true"))
        // With the line added, the coverage is the clean roster's.
        let yml = try String(contentsOfFile: Self.sample + "/refgap.yml", encoding: .utf8) + line + "\n"
        let joined = try runPipeline(
            try Self.program(["opportunities.csv": try Self.analyticsCloudDeals(), "refgap.yml": yml]))
        #expect(abs(joined.result.prioritized.totals.covered - clean.result.prioritized.totals.covered) < 0.01)
    }

    /// `refgap validate` prioritizes only as far as the vocabulary (no targets, no recruiting plan):
    /// what it prints of the vocabulary is what a run finds, on a program with a likely synonym.
    @Test func validateFindsTheVocabularyARunFindsWithoutPlanning() throws {
        let dir = try Self.program(["opportunities.csv": try Self.analyticsCloudDeals()])
        let run = try runPipeline(dir).result
        let paths = InputPaths.resolve(
            dir: dir, opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil)
        let asOf = try #require(Day(iso: "2026-11-24"))
        let checked = try Pipeline.check(
            paths, config: try Pipeline.config(paths, sets: [], asOf: asOf), today: asOf
        ).result
        #expect(run.prioritized.vocabulary.pairs.contains { $0.changesCoverage }, "the program has a synonym to find")
        #expect(checked.prioritized.vocabulary == run.prioritized.vocabulary)
        #expect(VocabularyText.lines(checked) == VocabularyText.lines(run))
        #expect(checked.prioritized.gaps.map(\.covered) == run.prioritized.gaps.map(\.covered))
        #expect(!run.prioritized.plan.steps.isEmpty && !run.prioritized.targets.isEmpty)
        #expect(checked.prioritized.plan.steps.isEmpty && checked.prioritized.targets.isEmpty, "validate plans nothing")
    }

    /// Deals with no industry match any contact on it: the report's data quality and `refgap validate`
    /// both say how many open deals in demand that is (in the windows: not overdue, not past the
    /// horizon) and how much pipeline they carry (here a fifth of the open deals with their industry
    /// blanked, and no accounts export to fill it in).
    @Test func openDealsWithABlankDimensionAreCountedWithTheirPipelineInTheReportAndValidate() throws {
        var deals = try Self.rows("opportunities.csv")
        let header = deals[0]
        let industry = try #require(header.firstIndex(of: "Industry"))
        let stage = try #require(header.firstIndex(of: "Stage"))
        let close = try #require(header.firstIndex(of: "Close Date"))
        let amount = try #require(header.firstIndex(of: "Amount (Converted)"), "the amount in the report's currency")
        let inWindows = Self.closesInWindows
        var blanked = 0
        var cents = 0
        for i in deals.indices.dropFirst() where deals[i].count == header.count {
            guard !deals[i][stage].isEmpty, !deals[i][stage].hasPrefix("Closed") else { continue }
            if i % 5 == 0 { deals[i][industry] = "" }
            guard inWindows(deals[i][close]) else { continue }
            // Counted with the deals that had no industry already.
            guard deals[i][industry].isEmpty else { continue }
            blanked += 1
            cents += Int(((Double(deals[i][amount]) ?? 0) * 100).rounded())
        }
        let accountsHeader = try #require(try Self.rows("accounts.csv").first)
        let dir = try Self.program([
            "opportunities.csv": Self.csv(deals), "accounts.csv": Self.csv([accountsHeader]),
        ])
        let pipeline = Format.money(Double(cents) / 100, "USD")
        let line = "\(blanked) open deals (\(pipeline) of pipeline) have no industry: they match any contact on it."
        #expect(blanked > 50)
        let run = try runPipeline(dir)
        #expect(file(run, "gap-report.md").contains(line))
        let v = try runBinary(["validate", dir, "--as-of", "2026-11-24"], in: dir)
        #expect(v.stdout.contains(line), "\(v.stdout)")
    }

    /// With no accounts export, the line says one would fill the blanks from the deals' accounts
    /// (Business Central's and SugarCRM's exports carry no industry); never for a deal's product, which
    /// the accounts export does not fill.
    @Test func withNoAccountsExportTheLineSaysOneWouldFillThem() throws {
        var deals = try Self.rows("opportunities.csv")
        let header = deals[0]
        let industry = try #require(header.firstIndex(of: "Industry"))
        let product = try #require(header.firstIndex(of: "Product Family"))
        for i in deals.indices.dropFirst() where deals[i].count == header.count {
            deals[i][industry] = ""
            deals[i][product] = ""
        }
        let dir = try Self.program(["opportunities.csv": Self.csv(deals)])
        try FileManager.default.removeItem(atPath: dir + "/accounts.csv")
        let fill = "An accounts export (accounts.csv beside the others, with each account's industry) would fill them"
        let v = try runBinary(["validate", dir, "--as-of", "2026-11-24"], in: dir)
        let lines = v.stdout.split(separator: "\n")
        let blankIndustry = try #require(lines.first { $0.contains("have no industry") }, "\(v.stdout)")
        #expect(blankIndustry.hasSuffix(fill + " from the deal's account."), "\(blankIndustry)")
        let blankProduct = try #require(lines.first { $0.contains("have no product") }, "\(v.stdout)")
        #expect(!blankProduct.contains("accounts export"), "\(blankProduct)")
        #expect(file(try runPipeline(dir), "gap-report.md").contains(fill))
    }

    /// A deal of several line items (an Opportunities with Products report: one row per product) is one
    /// deal among those with no industry, not one per row; its amount counts once.
    @Test func aDealOfSeveralLineItemsIsOneDealWithABlankDimension() throws {
        let opportunities =
            "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Product Name,Quantity\n"
            + "006A,Alpha,Acme Corp,Proposal/Price Quote,12/15/2026,100000.00,75,Analytics,1\n"
            + "006A,Alpha,Acme Corp,Proposal/Price Quote,12/15/2026,100000.00,75,Security,1\n"
            + "006A,Alpha,Acme Corp,Proposal/Price Quote,12/15/2026,100000.00,75,Platform,1\n"
            + "006B,Bravo,Contoso,Negotiation/Review,01/20/2027,200000.00,90,Analytics,1\n"
        let dir = try tempDir()
        try write(opportunities, to: dir + "/opportunities.csv")
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(
                atPath: repoRoot + "/Tests/Fixtures/bad/_base/" + name, toPath: dir + "/" + name)
        }
        let run = try runPipeline(dir, asOf: "2026-12-01")
        #expect(run.result.segmented.dataQuality.blankDimensions["industry"] == 2)
        #expect(file(run, "gap-report.md").contains("2 open deals (USD 300,000 of pipeline) have no industry"))
    }

    /// With an accounts export that does not list a deal's account, the line says how many of the deals
    /// with a blank dimension that is: listing them would fill their values.
    @Test func dealsWhoseAccountTheAccountsExportDoesNotListAreCounted() throws {
        var deals = try Self.rows("opportunities.csv")
        let header = deals[0]
        let industry = try #require(header.firstIndex(of: "Industry"))
        let account = try #require(header.firstIndex(of: "Account Name"))
        let stage = try #require(header.firstIndex(of: "Stage"))
        let close = try #require(header.firstIndex(of: "Close Date"))
        var unlisted = 0
        for i in deals.indices.dropFirst() where deals[i].count == header.count {
            deals[i][industry] = ""
            guard i % 10 == 0 else { continue }
            deals[i][account] = "Unlisted Company \(i)"
            if !deals[i][stage].hasPrefix("Closed"), Self.closesInWindows(deals[i][close]) { unlisted += 1 }
        }
        let dir = try Self.program(["opportunities.csv": Self.csv(deals)])
        let run = try runPipeline(dir)
        #expect(unlisted > 10)
        #expect(run.result.segmented.dataQuality.blankUnlistedAccount["industry"] == unlisted)
        let line = try #require(
            file(run, "gap-report.md").split(separator: "\n").first { $0.contains("have no industry") })
        // Every other account is listed with its industry: the blank ones are exactly the unlisted.
        #expect(run.result.segmented.dataQuality.blankDimensions["industry"] == unlisted)
        #expect(
            line.hasSuffix("Their accounts are not in the accounts export (by name), which would fill them."), "\(line)"
        )
        #expect(run.result.segmented.dataQuality.blankUnlistedAccount["product"] == nil)
    }

    /// Some of the deals with a blank value have an unlisted account, some a listed one without it.
    @Test func theLineCountsTheUnlistedAmongTheBlank() {
        var dq = DataQuality()
        dq.blankDimensions = ["industry": 5, "product": 5]
        dq.blankDimensionCents = ["industry": 100_000_00, "product": 100_000_00]
        dq.blankUnlistedAccount = ["industry": 2]
        let lines = VocabularyText.blankDeals(
            dq, dimensions: ["industry", "product"], currency: "USD", accountsRead: true)
        #expect(
            lines[0]
                == "5 open deals (USD 100,000 of pipeline) have no industry: they match any contact on it. 2 of them have an account that is not in the accounts export (by name), which would fill them."
        )
        #expect(lines[1] == "5 open deals (USD 100,000 of pipeline) have no product: they match any contact on it.")
    }

    @Test func aDealsProductNeverChangesWhenTheAccountsExportIsAdded() throws {
        var deals = try Self.rows("opportunities.csv")
        let product = try #require(deals[0].firstIndex(of: "Product Family"))
        for i in deals.indices.dropFirst() where product < deals[i].count { deals[i][product] = "" }
        let dir = try Self.program(["opportunities.csv": Self.csv(deals)])
        let with = try runPipeline(dir)
        try FileManager.default.removeItem(atPath: dir + "/accounts.csv")
        let without = try runPipeline(dir)
        let products = { (o: RunOutcome) in
            Set(o.result.prioritized.gaps.filter { $0.bucket.kind == .sales }.map { $0.bucket.dimensions[2] })
        }
        #expect(products(with) == [nil])
        #expect(products(with) == products(without))
    }

    @Test func statusesAreClassedByTheirWords() throws {
        let path = try tempDir() + "/roster.csv"
        try write(
            """
            Account Name,Reference Status
            A,Pending Approval
            B,Active - Limited
            C,Do Not Contact
            D,On Hold - Renewal
            E,Pending Approval
            F,Blue
            G,Active - do not overuse
            H,Active - don't over-use
            """, to: path)
        let roster = try Ingest.roster(path: path, config: Config())
        // `do not overuse` cautions how often, it does not refuse (a trial's was set aside as inactive).
        #expect(roster.rows.map(\.status) == [.pending, .active, .inactive, .hold, .pending, .active, .active])
        #expect(roster.ledger.rowsRejected == 1)
        // A guess that keeps contacts out of supply is a warning, and so is one that counts them.
        #expect(
            roster.ledger.warnings.contains {
                $0.contains("\"Pending Approval\"") && $0.contains("pending")
                    && $0.contains("2 rows, not counted as supply")
            }, "\(roster.ledger.warnings)")
        #expect(
            roster.ledger.warnings.contains {
                $0.contains("\"Active - Limited\"") && $0.contains("(1 row, counted as supply)")
            }, "\(roster.ledger.warnings)")
        var config = Config()
        config.statuses = ["Pending Approval": .active]
        #expect(try Ingest.roster(path: path, config: config).rows.first?.status == .active)
        // Trial 44's offices wrote the usual two in their languages.
        try write(
            "Account Name,Reference Status\nA,Aktiv\nB,Activo\nC,Inaktiv\nD,Inactivo\nE,Actif\nF,Ativa\nG,Pendente\nH,Pausiert\n",
            to: path)
        #expect(
            try Ingest.roster(path: path, config: Config()).rows.map(\.status) == [
                .active, .active, .inactive, .inactive, .active, .active, .pending, .hold,
            ])
    }

    @Test func initWithOnlyTheCRMExportIsAFirstStepAndValidateSaysWhatIsLeft() throws {
        let dir = try tempDir()
        try write(
            try String(contentsOfFile: Self.sample + "/opportunities.csv", encoding: .utf8),
            to: dir + "/opportunities.csv")
        let i = try runBinary(["init", dir], in: dir)
        #expect(i.status == 0, "\(i.stderr)")
        #expect(i.stdout.contains("1. ") && i.stdout.contains("3. "))
        for name in ["refgap.yml", "calendar.csv", "roster.csv"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/" + name))
        }
        let v = try runBinary(["validate", dir], in: dir)
        #expect(v.stdout.contains("calendar.csv:2: still the example row"))
        #expect(v.stdout.contains("roster.csv:2: still the example row"))
        // Run again: nothing is overwritten.
        try write("Team,Need,Due Date\nPR,Launch,2026-12-20\n", to: dir + "/calendar.csv")
        #expect(try runBinary(["init", dir], in: dir).status == 0)
        #expect(
            try String(contentsOfFile: dir + "/calendar.csv", encoding: .utf8)
                == "Team,Need,Due Date\nPR,Launch,2026-12-20\n")
    }

    @Test func initNamesTheBestCandidateForAnUnrecognisedRequiredColumn() throws {
        let dir = try tempDir()
        try write(
            "Deal,Client Org,Stage,Close Date,Total USD\nA,Acme,Proposal,2026-12-20,125000\nB,Beta Corp,Proposal,2027-01-10,\"$90,000.00\"\n",
            to: dir + "/opportunities.csv")
        let i = try runBinary(["init", dir], in: dir)
        #expect(i.status == 0, "\(i.stderr)")
        let yml = try String(contentsOfFile: dir + "/refgap.yml", encoding: .utf8)
        #expect(yml.contains("# amount: \"Total USD\"   # REQUIRED"))
        let v = try runBinary(["validate", dir], in: dir)
        #expect(v.status == 2)
        #expect(v.stdout.contains("columns: {opportunities: {amount: \"Total USD\"}}"))
        #expect(v.stdout.contains("\"account\""))
    }
}
