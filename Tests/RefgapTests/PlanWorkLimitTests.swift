import Testing
import RefgapCore

/// `plan_work_limit`: a plan that reaches it stops, and the summary, the priorities report and
/// run.json say so rather than presenting a short plan as the whole one.
@Suite("Plan work limit")
struct PlanWorkLimitTests {
    @Test func aPlanStoppedAtItsWorkLimitSaysSoEverywhere() throws {
        let whole = try runPipeline(repoRoot + "/SampleData")
        let cut = try runPipeline(repoRoot + "/SampleData", sets: ["plan_work_limit=1"])
        #expect(!whole.summary.contains("plan_work_limit"))
        #expect(file(whole, "run.json").contains("\"stopped_at_work_limit\": false"))
        #expect(
            cut.summary.contains(
                "plan: warning: the recruiting plan stopped after 0 of 500 recruits at plan_work_limit (1)"),
            "\(cut.summary)")
        #expect(
            file(cut, "priorities.md").contains("The plan stopped at plan\\_work\\_limit before choosing a recruit."))
        #expect(file(cut, "run.json").contains("\"stopped_at_work_limit\": true"))
        #expect(file(cut, "run.json").contains("\"recruits_to_close_every_gap\": null"))
    }
}
