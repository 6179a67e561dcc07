import Foundation
import Testing
import RefgapCore
@testable import RefgapRender
import RefgapModel

/// The lead's sentences as a program manager reads them (a new-user trial: "need 5.2 … can serve 0.1
/// … 5 are missing", "1 are missing", "1 recruit cover 80% of demand").
@Suite("Report wording")
struct ReportWordingTests {
    /// A small program: eight deals of 10,000 at 20%, two needs, two contacts (the trial's files).
    func smallProgram() throws -> String {
        let dir = try tempDir()
        var deals = "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%)\n"
        for (i, account) in ["Acme", "Globex", "Initech", "Stark", "Hooli", "Wayne", "Umbrella", "Tyrell"].enumerated()
        {
            deals += "\(i + 1),\(account) deal,\(account),Prospecting,2026-12-2\(i % 8),10000,20\n"
        }
        try write(deals, to: dir + "/opportunities.csv")
        try write(
            """
            Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
            Events,Summit panel,Speaker,2027-01-15,2,Healthcare,,,,VP
            PR,Press release,Press quote,2027-02-20,1,,,Analytics,,

            """, to: dir + "/calendar.csv")
        try write(
            """
            Reference ID,Account Name,Contact Name,Title,Reference Status,Industry,Billing State/Province,Billing Country,Products,Employees,Activities,Last Verified,Uses (Last 90 Days)
            REF-1,Acme Health,Jane Doe,VP Operations,Active,Healthcare,California,United States,Analytics,500,Reference call; Speaker; Press quote,2026-10-01,0
            REF-2,Globex,John Roe,IT Manager,Active,Technology,Texas,United States,Cloud Platform,2000,Reference call,2026-09-15,1

            """, to: dir + "/roster.csv")
        return dir
    }

    /// A roster that already covers 90% of demand says so once: a trial's headline read "today's roster
    /// already covers 80% of demand, it already covers 90%" (Tests/Fixtures/trials/calendar-spellings).
    @Test func aRosterCoveringNinetyPercentIsSaidOnce() throws {
        // The trial's need for "Case study; Webinar" (now rejected: several values) asks for a site visit,
        // which no contact does: the gap the trial saw, one reference of 18.
        let dir = try tempDir()
        let trial = repoRoot + "/Tests/Fixtures/trials/calendar-spellings"
        for name in ["opportunities.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: trial + "/" + name, toPath: dir + "/" + name)
        }
        let calendar = try String(contentsOfFile: trial + "/calendar.csv", encoding: .utf8)
        try write(
            calendar.replacingOccurrences(of: "Case study; Webinar", with: "Site visit"), to: dir + "/calendar.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        let plan = outcome.result.prioritized.plan
        try #require(plan.recruits(toReach: 0.9) == 0 && !plan.steps.isEmpty)
        let report = file(outcome, "gap-report.md")
        #expect(report.contains("Sized by demand: today's roster already covers 90% of demand, 1 recruit closes"))
        #expect(!report.contains("it already covers 90%"))
    }

    /// "N open deals have no industry" counts the deals in demand only: a trial's 49 took in 11 overdue
    /// deals set aside (the report's own list of them), and deals past the horizon would count too.
    @Test func openDealsWithABlankDimensionAreThoseInDemand() throws {
        let dir = try smallProgram()
        try write(
            """
            Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Industry
            1,Acme deal,Acme,Prospecting,2026-12-20,10000,20,
            2,Globex deal,Globex,Prospecting,2026-12-21,20000,20,Healthcare
            3,Initech deal,Initech,Prospecting,2026-11-02,40000,20,
            4,Stark deal,Stark,Prospecting,2026-11-03,80000,20,
            5,Hooli deal,Hooli,Prospecting,2027-09-01,160000,20,

            """, to: dir + "/opportunities.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        let quality = outcome.result.segmented.dataQuality
        // Deal 1 only: 3 and 4 are overdue (set aside), 5 is past the 120-day horizon.
        #expect(quality.blankDimensions["industry"] == 1)
        #expect(quality.blankDimensionCents["industry"] == 1_000_000)
        #expect(file(outcome, "gap-report.md").contains("1 open deal (USD 10,000 of pipeline) has no industry"))
        // With `overdue: include` the overdue deals are demand, and counted.
        let included = try runPipeline(dir, asOf: "2026-12-01", sets: ["overdue=include"])
        #expect(included.result.segmented.dataQuality.blankDimensions["industry"] == 3)
    }

    /// A first recruit whose segment names a value refgap's tables do not know and no eligible contact
    /// carries is said to be probably a spelling first (a trial's first recruits were for
    /// "Gesundheitswesen · Schweiz", an export's German values, said as plainly as any gap).
    @Test func aFirstRecruitForAnUnknownValueSaysCheckTheSpellingFirst() throws {
        let dir = try smallProgram()
        var deals = "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Industry\n"
        for i in 0..<6 {
            deals += "\(i + 1),Deal \(i),Account \(i),Prospecting,2026-12-2\(i),400000,60,Gesundheitswesen\n"
        }
        deals += "7,Deal 7,Account 7,Prospecting,2026-12-27,10000,20,Technology\n"
        try write(deals, to: dir + "/opportunities.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        let priorities = file(outcome, "priorities.md"), gaps = file(outcome, "gap-report.md")
        let said =
            "Before recruiting: \"Gesundheitswesen\" (industry) is a value refgap's tables do not know and no eligible contact carries."
        #expect(priorities.contains("First recruit: Reference call · Gesundheitswesen"), "\(priorities)")
        #expect(priorities.contains(said), "\(priorities)")
        #expect(gaps.contains(said), "\(gaps)")
        // A value the tables know (Technology, carried by REF-2) is a gap like any other: nothing said.
        #expect(!priorities.contains("\"Technology\" (industry)"))
    }

    /// An activity demand asks for that no eligible contact does is said by `refgap validate` (its
    /// vocabulary is per dimension, and the activity is none): a calendar in a team's own words
    /// passed without a word.
    @Test func anActivityNoContactDoesIsSaidByValidate() throws {
        let dir = try smallProgram()
        try write(
            """
            Team,Need,Activity,Due Date,References Needed
            Events,Summit panel,Erfahrungsbericht,2027-01-15,2
            PR,Press release,Press quote,2027-02-20,1

            """, to: dir + "/calendar.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        let lines = VocabularyText.lines(outcome.result)
        #expect(
            lines.contains(
                "activity \"Erfahrungsbericht\" is asked for (2 references, gap 2) and done by no eligible contact. It is no activity refgap knows (kept as written): if the roster calls it another way, map it: `synonyms: {activity: {Erfahrungsbericht: <the roster's word for it>}}`."
            ), "\(lines)")
        // Press quotes are done by REF-1: not said.
        #expect(!lines.contains { $0.hasPrefix("activity \"Press quote\"") })
        let v = try runBinary(["validate", dir, "--as-of", "2026-12-01"], in: dir)
        #expect(v.stdout.contains("activity \"Erfahrungsbericht\" is asked for"), "\(v.stdout)")
    }

    /// Rows rejected under max_reject_rate are said on the terminal too (a trial's dropped contacts were
    /// told only in the report's data quality).
    @Test func rejectsUnderTheGateAreSaid() throws {
        let outcome = try runPipeline(repoRoot + "/SampleData")
        #expect(
            outcome.summary.contains(
                "opportunities.csv: note: 6 of 1,992 rows rejected, under max_reject_rate 5%; see rejects/opportunities.csv"
            ))
        #expect(!outcome.summary.contains("roster.csv: note:"))
    }

    @Test func oneIsMissingAndOneRecruitCovers() throws {
        let outcome = try runPipeline(try smallProgram(), asOf: "2026-12-01")
        let report = file(outcome, "gap-report.md")
        #expect(report.contains("1 is missing."), "\(report.prefix(600))")
        #expect(report.contains("1 recruit covers 80% of demand"))
        #expect(!report.contains("1 are missing") && !report.contains("1 recruit cover "))
    }

    /// The gap as the tables show it (a differential trial: the lead said 284.7 where the tables said
    /// 284.6), and as the printed demand and covered leave it (a later trial: "demand 639.6, covered
    /// 354.9, gap 284.6"; and a window's "123.3 | 52.8 | 70.6").
    @Test func theMissingReferencesAreTheTablesGapAndAddUp() throws {
        #expect(ReportBuilder.missingText(demand: 639.57, covered: 354.94) == "284.7 are missing")
        #expect(ReportBuilder.missingText(demand: 2.04, covered: 0.98) == "1 is missing")
        #expect(ReportBuilder.missingText(demand: 0, covered: 0) == "0 are missing")
        #expect(Format.refsGap(demand: 123.305, covered: 52.75) == "70.5")
        let outcome = try runPipeline(repoRoot + "/SampleData")
        let report = file(outcome, "gap-report.md")
        let all = try #require(report.split(separator: "\n").first { $0.hasPrefix("| All windows |") })
        let cells = all.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let number = { (s: String) in Double(s.replacingOccurrences(of: ",", with: "")) }
        let demand = try #require(number(cells[1])), covered = try #require(number(cells[2]))
        let gap = try #require(number(cells[3]))
        #expect(abs(demand - covered - gap) < 1e-9, "\(all)")
        #expect(report.contains("\(cells[3]) are missing."))
    }

    /// The lead's "Recruit first" counts are the first ten plan steps' (a planning trial read "5
    /// recruits" beside a target of 6, and 6 in plan.csv).
    @Test func recruitFirstCountsAreSaidAsTheFirstTenSteps() throws {
        let outcome = try runPipeline(repoRoot + "/SampleData")
        let steps = outcome.result.prioritized.plan.steps.prefix(10)
        let first = try #require(steps.first)
        let label = Render.segmentLabel(activity: first.activity, first.dimensions)
        let count = steps.filter { $0.activity == first.activity && $0.dimensions == first.dimensions }.count
        #expect(
            file(outcome, "gap-report.md").contains(
                "Recruit first: \(label) (\(count) of the first \(steps.count) recruits, by "))
    }
    /// An idle contact of a roster with no last-used column was "Last used: never" (trial h3).
    @Test func idleContactsOfARosterWithoutLastUsedAreNotNever() throws {
        let dir = try tempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: repoRoot + "/SampleData") {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        // The column kept, its header one refgap does not read.
        let roster = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8)
        try write(roster.replacingOccurrences(of: ",Last Used,", with: ",Spare Column,"), to: dir + "/roster.csv")
        let report = file(try runPipeline(dir), "gap-report.md")
        #expect(report.contains("| not in the roster |"))
        #expect(!report.contains("| never |"))
    }

    /// A top target for calendar needs alone "put USD 0 of weighted pipeline at risk" (trial h3).
    @Test func aTopTargetOfNeedsAloneIsSaidSo() throws {
        let dir = try sampleProgram(
            opportunities:
                "Opportunity ID,Account Name,Stage,Close Date,Amount,Industry,Product Family\nO1,Acme,Closed Won,2026-10-10,5000,Healthcare,Analytics\n"
        )
        let report = file(try runPipeline(dir, asOf: "2026-12-01"), "gap-report.md")
        #expect(report.contains("The top target is for "), "\(report.prefix(2_000))")
        #expect(report.contains("with no deal's pipeline on it"))
        #expect(!report.contains("puts USD 0 of weighted pipeline at risk"))
    }
}
