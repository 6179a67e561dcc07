import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import Testing

/// A growth goal that matches nothing is said. A planning trial's goal written `industy: Healthcare`,
/// and another's `industry: Helthcare`, ran with exit 0, and the report said "0 gaps, 0 references
/// missing": read as "our growth segment is covered".
@Suite("Growth goals that can match nothing are said")
struct GrowthGoalCheckTests {
    @Test func aCriterionThatNamesNoDimensionIsAnErrorWithItsLine() throws {
        let text =
            "windows: [60, 90, 120]\ngrowth_goals:\n  - name: HC\n    weight: 2\n    criteria: {industy: Healthcare}\n"
        do {
            _ = try ConfigLoader.parse(text, path: "refgap.yml")
            Issue.record("a criterion named industy was accepted")
        } catch let error as InputError {
            #expect(error.diagnostic.line == 5, "\(error)")
            #expect(
                error.description.contains(
                    "\"industy\" is neither the activity nor a dimension. Did you mean \"industry\"?"))
        }
        // A dimension the config adds after the goals is one.
        let later =
            "growth_goals:\n  - {name: T, criteria: {tier: Gold}}\ndimensions: [industry, region, product, size, tier]\n"
        #expect(try ConfigLoader.parse(later, path: "refgap.yml").growthGoals.count == 1)
        var config = Config()
        #expect(throws: InputError.self) {
            try ConfigLoader.override("growth_goals=[{name: X, criteria: {regoin: EMEA}}]", in: &config)
        }
    }

    @Test func aGoalMatchingNoBucketIsSaidInTheSummaryAndTheReport() throws {
        let dir = repoRoot + "/SampleData"
        let outcome = try runPipeline(
            dir, sets: ["growth_goals=[{name: HC, weight: 2, criteria: {industry: Helthcare, product: Analytics}}]"])
        #expect(
            outcome.summary.contains(
                "config: warning: growth goal \"HC\" matches no deal or calendar need: no bucket has industry \"Helthcare\" (did you mean \"Healthcare\"?)."
            ),
            "\(outcome.summary)")
        #expect(
            file(outcome, "gap-report.md").contains("Growth goal \"HC\" (weight 2) matches no deal or calendar need"))
        let fine = try runPipeline(
            dir, sets: ["growth_goals=[{name: HC, weight: 2, criteria: {industry: Healthcare, product: Analytics}}]"])
        #expect(!fine.summary.contains("growth goal"))
        // Values that each occur but never together: a note, no spelling to check.
        let apart = try runPipeline(
            dir, sets: ["growth_goals=[{name: Apart, criteria: {industry: Healthcare, region: NotARegion}}]"])
        #expect(apart.summary.contains("config: warning: growth goal \"Apart\""))
        let together = try runPipeline(
            dir,
            sets: ["growth_goals=[{name: T, criteria: {industry: Healthcare, activity: Press quote, region: APAC}}]"])
        #expect(
            together.summary.contains(
                "config: note: growth goal \"T\" matches no deal or calendar need yet: no bucket has all of its criteria together, though each occurs."
            ), "\(together.summary)")
        // An outer region names the regions inside it that the deals have (a goal on AMER matched none).
        let amer = try runPipeline(
            repoRoot + "/Tests/Fixtures/trials/planning-handcheck", asOf: "2027-01-04",
            sets: ["growth_goals=[{name: Americas, criteria: {region: AMER}}]"])
        #expect(
            amer.summary.contains("no bucket has region \"AMER\" (deals name the regions inside it: \"US-"),
            "\(amer.summary)")
        // A scenario's own goal is checked too.
        let scenario = try runPipeline(
            dir,
            sets: ["scenarios=[{name: Grow, set: {growth_goals: [{name: G, criteria: {industry: Helthcare}}]}}]"])
        #expect(
            scenario.summary.contains("config: scenario \"Grow\": warning: growth goal \"G\""), "\(scenario.summary)")
    }
}
