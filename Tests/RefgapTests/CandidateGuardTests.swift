import Foundation
import RefgapCore
import RefgapModel
import Testing

/// Whom the priorities report says to ask. A planning trial (trial 38) found candidates refgap's own
/// rules say not to ask: a customer renewing in 16 days (first in the list), a stale contact at an
/// account with health 35 and an open escalation (offered as a cheaper move), and a contact resting
/// past the horizon (re-verifying her covered nothing).
@Suite("Candidates and cheaper moves leave out whom not to ask, and say so")
struct CandidateGuardTests {
    typealias Sample = SupplyVocabularyTests

    static let opportunities = """
        Opportunity ID,Account Name,Stage,Close Date,Amount,Probability (%),Industry,Billing State/Province,Billing Country,Employees,Product Family
        D1,Prospect One,Proposal,2026-12-20,500000,60,Healthcare,Ohio,United States,500,Analytics
        D2,Prospect Two,Proposal,2026-12-22,400000,60,Healthcare,Ohio,United States,500,Analytics
        D3,Prospect Three,Proposal,2026-12-28,300000,60,Healthcare,Ohio,United States,500,Analytics

        """
    static let calendar = "Team,Need,Activity,Due Date,References Needed\n"
    static let roster = """
        Account Name,Contact Name,Email,Title,Status,Industry,State,Country,Employees,Products,Activities,Last Verified,Uses (Last 90 Days),Health,Rest Until
        Maple Grove Health,Sam Reed,sam@maple.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-03-01,0,35,
        Hawthorn Medical,Kim Lee,kim@hawthorn.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-03-01,0,90,2027-06-01
        Oak Clinic,Ana Ruiz,ana@oak.com,VP,Active,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-03-01,0,,
        Pine Care,Bo Tan,bo@pine.com,VP,Pending,Healthcare,Ohio,United States,500,Analytics,Reference call,2026-11-01,0,80,

        """
    static let accounts = """
        Company Name,Industry,Billing State/Province,Billing Country,Employees,Products,Health Score,ARR,Open Escalations,Renewal Date
        Birchwood Health,Healthcare,Ohio,United States,500,Analytics,97,800000,0,2026-12-17
        Elmhurst Family Health,Healthcare,Ohio,United States,500,Analytics,93,150000,0,2027-09-01
        Pine Care,Healthcare,Ohio,United States,500,Analytics,80,90000,2,2027-09-01

        """

    static func run() throws -> RunOutcome {
        try runPipeline(
            try Sample.program([
                "opportunities.csv": opportunities, "calendar.csv": calendar, "roster.csv": roster,
                "accounts.csv": accounts, "launch-calendar.csv": calendar, "refgap.yml": "",
            ]), asOf: "2026-12-01")
    }

    @Test func renewingCustomersAndUnhealthyAccountsAreNotCandidatesButAreSaid() throws {
        let outcome = try Self.run()
        let prioritized = outcome.result.prioritized
        let target = try #require(prioritized.targets.first)
        let names = target.candidates.map { $0.contact.isEmpty ? $0.account : $0.contact }
        #expect(names == ["Elmhurst Family Health", "Ana Ruiz"], "\(names)")
        #expect(
            prioritized.notAsked.renewingAccounts == [
                .init(name: "Birchwood Health", renewal: Day(iso: "2026-12-17")!, targetRank: 1)
            ]
        )
        let notAsked = prioritized.notAsked.contacts.map { (outcome.result.allocated.contacts[$0.key].name, $0.value) }
        #expect(notAsked.map(\.0).sorted() == ["Bo Tan", "Sam Reed"], "\(notAsked)")
        #expect(notAsked.contains { $0.0 == "Sam Reed" && $0.1 == .init(lowHealth: 35, openEscalations: 0) })
        #expect(notAsked.contains { $0.0 == "Bo Tan" && $0.1 == .init(lowHealth: nil, openEscalations: 2) })
        let report = file(outcome, "priorities.md")
        #expect(
            report.contains(
                "1 customer renewing within renewal\\_caution\\_days (60), by the first target each matches: Birchwood Health (renews 2026-12-17; target 1)"
            ))
        #expect(report.contains("Sam Reed at Maple Grove Health (health 35)"))
        #expect(report.contains("Bo Tan at Pine Care (2 open escalations)"))
        // Kept out of every "could cover" list, the gap report's and run.json's too.
        let sam = try #require(outcome.result.allocated.contacts.firstIndex { $0.name == "Sam Reed" })
        #expect(prioritized.ranked.allSatisfy { !prioritized.recoverable[$0].contains(sam) })
        #expect(prioritized.ranked.contains { prioritized.nearMisses[$0].contains(sam) })
        // The cheaper moves list the one contact worth re-verifying.
        let cheaper = try #require(report.range(of: "## First, the cheaper moves"))
        let moves = report[cheaper.upperBound...].components(separatedBy: "## ")[0]
        #expect(moves.contains("| Ana Ruiz |") && !moves.contains("| Sam Reed |") && !moves.contains("| Bo Tan |"))
    }

    @Test func aContactRestingPastAGapsWindowIsNoNearMissOfIt() throws {
        let outcome = try Self.run()
        let allocated = outcome.result.allocated
        let kim = try #require(allocated.contacts.firstIndex { $0.name == "Kim Lee" })
        let ana = try #require(allocated.contacts.firstIndex { $0.name == "Ana Ruiz" })
        let prioritized = outcome.result.prioritized
        #expect(!prioritized.ranked.isEmpty)
        for i in prioritized.ranked {
            #expect(!prioritized.nearMisses[i].contains(kim) && !prioritized.recoverable[i].contains(kim))
            #expect(prioritized.recoverable[i].contains(ana))
        }
        #expect(file(outcome, "gap-report.md").contains("— (resting until 2027-06-01, past the horizon)"))
    }

    /// The trial's own folder: its first candidate renewed in 16 days, an escalated account's stale
    /// contact was a cheaper move, and a target spelled as the roster does not say so.
    @Test func theTrialsProgramAsksNoOneItShouldNotAndNamesTheSpelling() throws {
        let outcome = try runPipeline(repoRoot + "/Tests/Fixtures/trials/planning-handcheck", asOf: "2027-01-04")
        let candidates = outcome.result.prioritized.targets.flatMap(\.candidates)
        #expect(!candidates.contains { $0.account == "Birchwood Health" || $0.contact == "Sam Reed" })
        let report = file(outcome, "priorities.md")
        #expect(report.contains("Birchwood Health (renews 2027-01-20; target 1)"))
        // Summit Ridge College's own expansion is all of target 3's demand: it is not that target's
        // reference (trial 38's finding 4), and the report says so.
        let three = try #require(outcome.result.prioritized.targets.first { $0.rank == 3 })
        #expect(three.dimensions.contains("Education") && three.ownDealsAccount == "Summit Ridge College")
        #expect(!three.candidates.contains { $0.account == "Summit Ridge College" })
        #expect(report.contains("Summit Ridge College for target 3"))
        #expect(report.contains("Sam Reed at Maple Grove Health (health 35, 1 open escalation)"))
        let row = try #require(
            report.split(separator: "\n").first {
                $0.contains("· Industrial Manufacturing ·") && $0.contains("at stake")
            })
        #expect(
            row.contains(
                "\"Industrial Manufacturing\" is probably the roster's \"Manufacturing\" spelled another way: adding synonyms: {industry: {Industrial Manufacturing: Manufacturing}} to refgap.yml"
            ), "\(row)")
    }

    /// An eligible contact at a segment's only buyer still counts as covering it (the allocation
    /// matches by segment), and the report says so (trial 40's Sara Ridge, Summit Ridge College).
    @Test func coverageOfAContactsOwnCompanysDealsIsSaid() throws {
        let dir = try tempDir()
        let fixture = repoRoot + "/Tests/Fixtures/trials/planning-handcheck"
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture) {
            try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: dir + "/" + name)
        }
        let roster = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8)
        try write(
            roster
                + "\"REF-020\",\"Summit Ridge College\",\"Sara Ridge\",\"CIO\",\"Active\",\"Education\",\"California\",\"United States\",\"Analytics\",\"50\",\"Reference call\",\"2026-12-01\",\"\",\"0\",\"\",\"\",\"90\",\"Robin Ellis\",\"\"\n",
            to: dir + "/roster.csv")
        let outcome = try runPipeline(dir, asOf: "2027-01-04")
        let own = outcome.result.prioritized.notAsked.ownCoverage
        #expect(own.count == 1 && outcome.result.allocated.contacts[own[0].contact].name == "Sara Ridge")
        // Stale, she would be no cheaper move either, and said (trial 40's own_roster).
        let stale = try runPipeline(dir, asOf: "2027-01-04", sets: ["verify_within_days=1"])
        let notAsked = stale.result.prioritized.notAsked.ownBuyerContacts
        #expect(notAsked.map { stale.result.allocated.contacts[$0].name }.contains("Sara Ridge"), "\(notAsked)")
        #expect(file(stale, "priorities.md").contains("Sara Ridge at Summit Ridge College"))
        #expect(
            file(outcome, "gap-report.md").contains(
                "Counted as covered though it is the customer's own purchase: 1 contact covers 0.5 references of demand made only by its own company's deals: Sara Ridge at Summit Ridge College"
            ))
        // And in the headline, beside what the roster can serve (trial h3 read "can serve 0.8 (10%)",
        // all of it so, with nothing said there).
        #expect(
            file(outcome, "gap-report.md").contains(
                "without overusing anyone, 0.5 of it by customers' contacts for their own company's deals (see the gaps' notes)."
            ))
        #expect(!file(stale, "gap-report.md").contains("of it by customers' contacts"))
    }
}
