import Foundation
import RefgapCore
import RefgapModel
import Testing

/// A new-user trial's calendar asked for `US`, `North America` and `United States` (each read as AMER)
/// while its three VP speakers, in California, Texas and New York, were read as US-West, US-South and
/// US-Northeast: nothing matched, the report asked for 6 recruits, and leaving the roster's state
/// blank made every need covered. A contact in a US region is in AMER too.
@Suite("Regions inside regions")
struct RegionWithinTests {
    typealias Sample = SupplyVocabularyTests

    /// The trial's roster and calendar (cal2b), as it wrote them.
    static let roster = """
        Reference ID,Account Name,Contact Name,Title,Reference Status,Industry,Billing State/Province,Billing Country,Products,Employees,Activities,Last Verified,Uses (Last 90 Days)
        R1,Account 1,Person 1,VP of IT,Active,Healthcare,California,United States,Analytics,500,Speaker,2026-10-01,0
        R2,Account 2,Person 2,VP of IT,Active,Healthcare,Texas,United States,Analytics,500,Speaker,2026-10-01,0
        R3,Account 3,Person 3,VP of IT,Active,Healthcare,New York,United States,Analytics,500,Speaker,2026-10-01,0

        """
    static let calendar = """
        Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
        Events,US customer panel,Speaker,2027-01-10,2,,US,,,
        Events,North America summit,Speaker,2027-01-10,2,,North America,,,
        Events,United States roadshow,Speaker,2027-01-10,2,,United States,,,
        Events,Any region panel,Speaker,2027-01-10,2,,,,,

        """

    @Test func contactsInUSRegionsServeNeedsForAMER() throws {
        let outcome = try runPipeline(
            try Sample.program(["roster.csv": Self.roster, "calendar.csv": Self.calendar]), asOf: "2026-12-01")
        let p = outcome.result.prioritized
        let needGaps = p.gaps.filter { $0.bucket.kind == .need }
        #expect(needGaps.count == 4)
        for g in needGaps {
            #expect(g.covered == 2, "\(g.bucket.need?.name ?? "") asked for \(g.bucket.dimensions)")
        }
        // Each is in its US region and in AMER; its supply is counted where it is, not again as AMER
        // (three contacts there would make a surplus segment of their own).
        let region = try #require(p.config.dimensions.firstIndex(of: "region"))
        let regions = outcome.result.allocated.contacts.map { $0.dimensions[region] }
        #expect(regions == [["US-West", "AMER"], ["US-South", "AMER"], ["US-Northeast", "AMER"]])
        #expect(!p.surplus.contains { $0.dimensions.contains("AMER") })
    }

    @Test func aContactKnownOnlyAsAMERDoesNotServeAUSRegion() throws {
        let roster = Self.roster.replacingOccurrences(of: "California,United States", with: ",Canada")
            .replacingOccurrences(of: "Texas,United States", with: ",Canada")
            .replacingOccurrences(of: "New York,United States", with: ",Canada")
        let calendar = Self.calendar.replacingOccurrences(of: ",,US,,,", with: ",,US-West,,,")
        let outcome = try runPipeline(
            try Sample.program(["roster.csv": roster, "calendar.csv": calendar]), asOf: "2026-12-01")
        let gaps = outcome.result.prioritized.gaps.filter { $0.bucket.kind == .need }
        let west = try #require(gaps.first { $0.bucket.need?.name == "US customer panel" })
        #expect(west.covered == 0)
        #expect(gaps.first { $0.bucket.need?.name == "North America summit" }?.covered == 2)
    }

    /// AMER carried only as the region around US contacts is not "carried and asked for by no demand",
    /// and an idle contact is listed where it is (a check found "US-West, AMER" in the idle list).
    @Test func theRegionAroundAContactIsNotListedAsItsOwn() throws {
        let calendar = """
            Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
            Events,Any region panel,Webinar,2027-01-10,1,,,,,

            """
        // The trial's export: two closed deals, so no deal asks for a region.
        let deals = """
            Opportunity ID,Account Name,Stage,Close Date,Amount
            OPP-1,Acme Health,Closed Won,2026-10-01,100000
            OPP-2,Beta Bank,Closed Lost,2026-10-02,50000

            """
        let outcome = try runPipeline(
            try Sample.program(["roster.csv": Self.roster, "calendar.csv": calendar, "opportunities.csv": deals]),
            asOf: "2026-12-01")
        let supplyOnly = outcome.result.prioritized.vocabulary.supplyOnly
        #expect(!supplyOnly.contains { $0.dimension == "region" && $0.side.value == "AMER" }, "\(supplyOnly)")
        #expect(supplyOnly.contains { $0.dimension == "region" && $0.side.value == "US-West" })
        let report = file(outcome, "gap-report.md")
        #expect(!report.contains("US-West, AMER"))
    }
}
