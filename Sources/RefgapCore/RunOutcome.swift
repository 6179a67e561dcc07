import RefgapModel
import RefgapRender

/// What a run produced: the files to write, the results, and the exit code it ends with.
package struct RunOutcome: Sendable {
    package var files: [OutputFile]
    package var result: StageResults
    package var ledgers: [InputLedger]
    /// 0, or 3 when an input's reject rate is over `max_reject_rate`.
    package var exitCode: Int32
    /// What the command prints: the summary's lines before the plans' warnings, the plans (the base
    /// run's, then each scenario's, with their labels) and the lines after. Kept apart, so the plan
    /// still being made while the reports are written is waited for only when the summary is read.
    var summaryHead: String
    var plans: [(label: String, plan: Background<RecruitingPlan, Never>)]
    var summaryTail: String
    package var summary: String {
        var summary = summaryHead
        // A plan cut at its work limit, the base case's or a scenario's, is said here, not only in
        // the reports.
        for (label, plan) in plans {
            guard let warning = plan.value().workLimitWarning else { continue }
            summary +=
                "\nplan: warning: \(label)\(warning). Raise plan_work_limit in refgap.yml to plan further (0: no limit)."
        }
        return summary + summaryTail
    }
    /// The config's scenarios, as run beside this one.
    package var scenarios: [ScenarioOutcome] = []
}
