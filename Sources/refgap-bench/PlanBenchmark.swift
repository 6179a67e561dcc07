// `refgap-bench plan <input folder> [rounds]`: reads the folder as `refgap run` does (its refgap.yml,
// as of 2026-12-01 as scripts/bench/run.sh runs it), then makes the recruiting plan `rounds` times and
// prints the fastest and the median. The plan is one thread's work, bound by memory more than by
// arithmetic, and a shared host's speed drifts between whole runs: the fastest of several rounds in one
// process compares two builds far more steadily than whole runs do.
import Foundation
import RefgapAllocate
import RefgapCore
import RefgapModel
import RefgapPrioritize
import RefgapRender

@MainActor func planBenchmark(_ arguments: [String]) {
    guard let folder = arguments.first else {
        print("usage: refgap-bench plan <input folder> [rounds=5]")
        exit(2)
    }
    let rounds = max(1, arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5)
    let paths = InputPaths.resolve(
        dir: folder, opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil)
    do {
        // As `refgap run DIR --as-of 2026-12-01`, which scripts/bench/run.sh runs.
        let today = Day(iso: "2026-12-01") ?? Day(ordinal: 0)
        let config = try Pipeline.config(paths, sets: [], asOf: today)
        // A whole run's results (as `refgap run` has them), no file made: `refgap validate`'s stop short
        // of the targets the plan starts from.
        let result = try Pipeline.run(
            paths, config: config, today: today, info: RunInfo(configPath: paths.config, previous: nil, formats: [])
        ).result
        // The run's own plan is made on a thread of its own: waited for, so it is not still running
        // beside the timed rounds.
        _ = result.prioritized.plan
        // The network the plan starts from: the allocation again (it is not kept in the results).
        let (allocated, network) = Allocate.run(
            result.segmented, contacts: result.allocated.contacts, supply: result.allocated.supply, config: config)
        let clock = ContinuousClock()
        var times: [Double] = []
        var plan = RecruitingPlan()
        for _ in 0..<rounds {
            let start = clock.now
            plan = RecruitingPlan.make(
                result.prioritized, segmented: result.segmented, allocated: allocated, network: network)
            let d = clock.now - start
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }
        times.sort()
        print(
            "plan: \(plan.steps.count) steps, \(plan.evaluations) evaluations (plain greedy: \(plan.plainEvaluations)),"
                + " \(plan.nodesRead) nodes read, work \(plan.work); "
                + String(format: "fastest %.3f s, median %.3f s of %d rounds", times[0], times[times.count / 2], rounds)
        )
    } catch {
        print("refgap-bench: \(error)")
        exit(1)
    }
}
