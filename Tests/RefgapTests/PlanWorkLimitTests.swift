import Testing
import RefgapCore

/// `plan_work_limit`: a plan that reaches it stops, and the summary, the reports and run.json say so
/// rather than presenting a short plan as the whole one, for the base case and each scenario.
@Suite("Plan work limit")
struct PlanWorkLimitTests {
    @Test func aPlanStoppedBeforeItsFirstRecruitSaysSoEverywhere() throws {
        let whole = try runPipeline(repoRoot + "/SampleData")
        let cut = try runPipeline(repoRoot + "/SampleData", sets: ["plan_work_limit=1"])
        #expect(!whole.summary.contains("plan_work_limit"))
        #expect(file(whole, "run.json").contains("\"stopped_at_work_limit\": false"))
        #expect(
            cut.summary.contains(
                "plan: warning: the recruiting plan stopped at plan_work_limit (1) before choosing a recruit."),
            "\(cut.summary)")
        let priorities = file(cut, "priorities.md")
        #expect(priorities.contains("The plan stopped at plan\\_work\\_limit before choosing a recruit."))
        #expect(!priorities.contains("No recruit is needed"), "a cut plan does not say no recruit is needed")
        #expect(!file(cut, "gap-report.md").contains("Recruit first: ."))
        #expect(file(cut, "run.json").contains("\"stopped_at_work_limit\": true"))
        #expect(file(cut, "run.json").contains("\"recruits_to_close_every_gap\": null"))
    }

    /// Cut after a few steps: counts it did not reach are "more than" the steps it took (not more than
    /// plan_max_recruits), and each scenario's cut plan is warned of as well.
    @Test func aPlanCutAfterSomeStepsClaimsNoCountItDidNotReach() throws {
        let cut = try runPipeline(repoRoot + "/SampleData", sets: ["plan_work_limit=1000"])
        let steps = cut.result.prioritized.plan.steps.count
        #expect(steps > 0 && cut.result.prioritized.plan.stoppedAtWorkLimit)
        #expect(
            cut.summary.contains(
                "the recruiting plan stopped after \(steps) recruits (plan_max_recruits allows 500) at plan_work_limit (1,000)"
            ))
        let scenarios = cut.scenarios
        #expect(!scenarios.isEmpty)
        for s in scenarios where s.figures.plan.stoppedAtWorkLimit {
            #expect(cut.summary.contains("plan: warning: scenario \"\(s.name)\": the recruiting plan stopped"))
        }
        let gapReport = file(cut, "gap-report.md")
        #expect(gapReport.contains("more than \(steps) recruits cover 80% of demand"))
        #expect(gapReport.contains("| &gt; \(steps) | &gt; \(steps) |"), "the scenario table's base case")
        #expect(!gapReport.contains("&gt; 500"))
        #expect(file(cut, "run.json").contains("\"plan_stopped_at_work_limit\": true"))
    }
}
