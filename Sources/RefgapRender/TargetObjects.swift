import RefgapModel

extension MachineReadableFiles {
    /// run.json's targets, each with the plan's first step for it.
    static func targetsJSON(_ p: StageResults, dims: [String]) -> JSON {
        let firstStep = p.prioritized.plan.firstStepByTarget
        return JSON.written(p.prioritized.targets.count) { i, out, depth in
            let t = p.prioritized.targets[i]
            var o = out.openObject(depth: depth)
            out.field("rank", int: t.rank, in: &o)
            out.field("activity", t.activity, in: &o)
            out.field("dimensions", keys: dims, values: t.dimensions, in: &o)
            out.field("recruits", int: t.recruits, in: &o)
            out.field("approach", int: t.approach, in: &o)
            out.field("gap", number: t.gap, in: &o)
            out.field("sales_gap", number: t.salesGap, in: &o)
            out.field("need_gap", number: t.needGap, in: &o)
            out.field("deadline", "\(t.deadline)", in: &o)
            out.field("score", number: t.score, in: &o)
            out.field("pipeline_at_stake", number: t.pipelineAtStake, in: &o)
            out.field("needs", strings: t.needs, in: &o)
            out.key("plan_step", in: &o)
            if let step = firstStep[t.rank] { out.int(step) } else { out.null() }
            out.key("candidates", in: &o)
            var candidates = out.openArray(depth: o.depth + 1)
            for c in t.candidates {
                out.member(in: &candidates)
                var m = out.openObject(depth: candidates.depth + 1)
                out.field("source", c.source.rawValue, in: &m)
                out.field("account", c.account, in: &m)
                out.field("contact", c.contact, in: &m)
                out.key("health", in: &m)
                if let h = c.health { out.number(h) } else { out.null() }
                out.key("arr", in: &m)
                if let arr = c.arr { out.number(arr) } else { out.null() }
                out.field("csm", c.csm, in: &m)
                out.close(m)
            }
            out.close(candidates)
            out.close(o)
        }
    }
}
