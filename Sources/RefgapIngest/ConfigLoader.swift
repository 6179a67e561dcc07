import RefgapModel
import Yams

/// Reads `refgap.yml` into a ``Config``. Unknown keys and bad values are errors naming the key, its
/// line and the closest valid key; `--set key=value` goes through the same setters.
public enum ConfigLoader {
    struct Context {
        let path: String
        func fail(_ node: Node?, _ message: String) -> InputError {
            InputError(path: path, line: node?.mark?.line, message)
        }
        /// A file named in the config is relative to the config file's folder (on the command line,
        /// to the current folder).
        func resolve(_ file: String) -> String {
            guard !file.hasPrefix("/"), !path.hasPrefix("--"), let slash = path.lastIndex(of: "/") else { return file }
            return String(path[...slash]) + file
        }
    }

    typealias Setter = @Sendable (inout Config, Node, Context) throws -> Void

    /// Every key the config takes, with its setter: one table for the file and for `--set`.
    static let setters: [(key: String, set: Setter)] = [
        ("as_of", { c, n, ctx in
            guard let s = n.string, let d = Day(iso: s) else { throw ctx.fail(n, "as_of must be a date written YYYY-MM-DD, like 2026-11-24") }
            c.asOf = d
        }),
        ("windows", { c, n, ctx in
            let v = try ints(n, ctx, "windows")
            guard !v.isEmpty, v.allSatisfy({ $0 > 0 }), zip(v, v.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw ctx.fail(n, "windows must be increasing day counts, like [60, 90, 120]")
            }
            c.windows = v
        }),
        ("overdue", { c, n, ctx in c.overdue = try choice(n, ctx, "overdue") }),
        ("reference_rate", { c, n, ctx in c.referenceRate = try number(n, ctx, "reference_rate", 0...1) }),
        ("large_deal_amount", { c, n, ctx in c.largeDealAmount = try number(n, ctx, "large_deal_amount", 0...1e15) }),
        ("large_deal_references", { c, n, ctx in c.largeDealReferences = try number(n, ctx, "large_deal_references", 0...100) }),
        ("default_probability", { c, n, ctx in c.defaultProbability = try number(n, ctx, "default_probability", 0...1) }),
        ("stage_probabilities", { c, n, ctx in
            c.stageProbabilities = try map(n, ctx, "stage_probabilities") { v in
                let p = try number(v, ctx, "a stage probability", 0...100)
                return p > 1 ? p / 100 : p
            }
        }),
        ("stages", { c, n, ctx in
            c.stages = try map(n, ctx, "stages") { v in try stageRule(v, ctx) }
        }),
        ("probability_scale", { c, n, ctx in c.probabilityScale = try choice(n, ctx, "probability_scale") }),
        ("default_activity", { c, n, ctx in c.defaultActivity = try text(n, ctx, "default_activity") }),
        ("verify_within_days", { c, n, ctx in c.verifyWithinDays = try int(n, ctx, "verify_within_days") }),
        ("max_uses_per_quarter", { c, n, ctx in c.maxUsesPerQuarter = try int(n, ctx, "max_uses_per_quarter", 0...1_000) }),
        ("renewal_caution_days", { c, n, ctx in c.renewalCautionDays = try int(n, ctx, "renewal_caution_days") }),
        ("urgency", { c, n, ctx in
            guard let seq = n.sequence else { throw ctx.fail(n, "urgency must be a list of numbers, one per window, like [1.0, 0.75, 0.5]") }
            c.urgency = try seq.map { try number($0, ctx, "urgency", 0...1000) }
        }),
        ("unit_value", { c, n, ctx in c.unitValue = try number(n, ctx, "unit_value", 0...1e15) }),
        ("team_unit_values", { c, n, ctx in
            c.teamUnitValues = try map(n, ctx, "team_unit_values") { try number($0, ctx, "a team's unit value", 0...1e15) }
        }),
        ("acceptance_rate", { c, n, ctx in
            let v = try number(n, ctx, "acceptance_rate", 0...1)
            guard v >= 0.01 else { throw ctx.fail(n, "acceptance_rate must be at least 0.01, one in a hundred (one in three is 0.33)") }
            c.acceptanceRate = v
        }),
        ("max_reject_rate", { c, n, ctx in c.maxRejectRate = try number(n, ctx, "max_reject_rate", 0...1) }),
        ("date_order", { c, n, ctx in c.dateOrder = try choice(n, ctx, "date_order") }),
        ("currency", { c, n, ctx in c.currency = try text(n, ctx, "currency").uppercased() }),
        ("currency_rates", { c, n, ctx in
            c.currencyRates = try map(n, ctx, "currency_rates") { try number($0, ctx, "a currency rate", 0...1e9) }
                .reduce(into: [:]) { $0[$1.key.uppercased()] = $1.value }
        }),
        ("dimensions", { c, n, ctx in
            guard let seq = n.sequence, !seq.isEmpty else { throw ctx.fail(n, "dimensions must be a list, like [industry, region, product, size]") }
            c.dimensions = try seq.map { try text($0, ctx, "a dimension").lowercased() }
        }),
        ("size_bands", { c, n, ctx in
            let v = try ints(n, ctx, "size_bands", 0...1_000_000_000)
            guard v.count == 3, zip(v, v.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw ctx.fail(n, "size_bands must be the employee counts where Mid-Market, Enterprise and Strategic start, like [100, 1000, 10000]")
            }
            c.sizeBands = v
        }),
        ("overuse_threshold", { c, n, ctx in c.overuseThreshold = try number(n, ctx, "overuse_threshold", 0...1) }),
        ("idle_days", { c, n, ctx in c.idleDays = try int(n, ctx, "idle_days") }),
        ("candidates_per_target", { c, n, ctx in c.candidatesPerTarget = try int(n, ctx, "candidates_per_target", 0...1_000) }),
        ("candidate_min_health", { c, n, ctx in c.candidateMinHealth = try number(n, ctx, "candidate_min_health", 0...100) }),
        ("surplus_ratio", { c, n, ctx in c.surplusRatio = try number(n, ctx, "surplus_ratio", 1...1000) }),
        ("concentration_top", { c, n, ctx in c.concentrationTop = try int(n, ctx, "concentration_top", 0...100_000) }),
        ("growth_goals", { c, n, ctx in
            guard let seq = n.sequence else { throw ctx.fail(n, "growth_goals must be a list of goals, each with name, weight and criteria") }
            c.growthGoals = try seq.map { goal in
                let fields = try mapping(goal, ctx, "a growth goal", allowed: ["name", "weight", "criteria"])
                let name = try fields["name"].map { try text($0, ctx, "name") } ?? "Growth goal"
                let weight = try fields["weight"].map { try number($0, ctx, "weight", 0...1000) } ?? 1
                let criteria = try fields["criteria"].map { try map($0, ctx, "criteria") { try text($0, ctx, "a criterion") } } ?? [:]
                return Config.GrowthGoal(name: name, weight: weight, criteria: criteria)
            }
        }),
        ("plan_max_recruits", { c, n, ctx in c.planMaxRecruits = try int(n, ctx, "plan_max_recruits", 0...100_000) }),
        ("calendar_extra", { c, n, ctx in
            c.calendarExtra = try (n.sequence ?? [n]).map { item in
                let file = try text(item, ctx, "a calendar_extra file")
                guard !file.isEmpty else { throw ctx.fail(item, "calendar_extra names calendar files (the calendar's columns) whose needs are added, like calendar_extra: launch-calendar.csv") }
                return ctx.resolve(file)
            }
        }),
        ("scenarios", { c, n, ctx in
            guard let seq = n.sequence else {
                throw ctx.fail(n, "scenarios must be a list, each with a name and the settings it changes: - {name: Lower reference rate, set: {reference_rate: 0.5}}")
            }
            var names = Set<String>()
            c.scenarios = try seq.map { item in
                let fields = try mapping(item, ctx, "a scenario", allowed: ["name", "set"])
                guard let nameNode = fields["name"] else { throw ctx.fail(item, "a scenario needs a name") }
                let name = try text(nameNode, ctx, "a scenario's name")
                guard !name.isEmpty, names.insert(name.lowercased()).inserted else {
                    throw ctx.fail(nameNode, name.isEmpty ? "a scenario needs a name" : "two scenarios are named \"\(name)\"")
                }
                guard let setNode = fields["set"], let pairs = setNode.mapping, !pairs.isEmpty else {
                    throw ctx.fail(item, "scenario \"\(name)\" needs set: with the settings it changes, like set: {reference_rate: 0.5}")
                }
                // Each setting is checked here, with its line, and kept as `--set` would take it.
                var scratch = c
                var settings: [String] = []
                for (k, v) in pairs {
                    guard let key = k.string else { throw ctx.fail(k, "a key must be a word") }
                    guard key != "scenarios" else { throw ctx.fail(k, "a scenario cannot hold scenarios") }
                    try apply(key, v, to: &scratch, ctx: ctx, keyNode: k)
                    settings.append(key + "=" + (key == "calendar_extra"
                        ? "[" + scratch.calendarExtra.map(Text.yamlQuote).joined(separator: ", ") + "]"
                        : try valueText(v)))
                }
                return Config.Scenario(name: name, settings: settings)
            }
        }),
        ("columns", { c, n, ctx in
            let inputs = try mapping(n, ctx, "columns", allowed: InputKind.allCases.map(\.rawValue))
            c.columns = try inputs.mapValues { try map($0, ctx, "a column mapping") { try text($0, ctx, "a header") } }
        }),
        ("synonyms", { c, n, ctx in
            c.synonyms = try map(n, ctx, "synonyms") { try map($0, ctx, "a dimension's synonyms") { try text($0, ctx, "a value") } }
        }),
        ("regions", { c, n, ctx in c.regions = try map(n, ctx, "regions") { try text($0, ctx, "a region") } }),
        ("statuses", { c, n, ctx in c.statuses = try map(n, ctx, "statuses") { try choice($0, ctx, "a roster status's class") } }),
    ]

    public static var keys: [String] { setters.map(\.key) }

    /// Reads a config file; a missing file is an error (the caller decides whether one is expected).
    public static func load(path: String, base: Config = Config()) throws -> Config {
        let text: String
        do { text = try readText(path) } catch { throw InputError(path: path, "the config file cannot be read: \(error)") }
        return try parse(text, path: path, base: base)
    }

    /// Values are read as the text they are written as (each setter converts and checks its own), so
    /// the YAML needs none of the default resolver's typing rules: compiling their regular expressions
    /// (ICU's, through NSRegularExpression) was 1 ms of every run.
    static var scalars: Resolver { .basic }

    public static func parse(_ text: String, path: String, base: Config = Config()) throws -> Config {
        let ctx = Context(path: path)
        let root: Node?
        do { root = try Yams.compose(yaml: text, scalars) } catch let error as YamlError {
            throw InputError(path: path, line: yamlLine(error), "this is not valid YAML: \(yamlProblem(error))\(yamlContext(error)). Check the indentation (spaces, not tabs), the colons after keys and that every [ or { is closed.")
        }
        var config = base
        guard let root else { return config }
        guard let top = root.mapping else {
            throw ctx.fail(root, "refgap.yml must be a list of `key: value` lines, like `as_of: 2026-11-24`")
        }
        try checkNoRepeatedKey(top, ctx, "refgap.yml")
        for (keyNode, value) in top {
            guard let key = keyNode.string else { throw ctx.fail(keyNode, "a key must be a word") }
            try apply(key, value, to: &config, ctx: ctx, keyNode: keyNode)
        }
        return config
    }

    /// `--set key=value` for one run: the value is read as YAML (`--set windows=[30,60,90]`).
    public static func override(_ assignment: String, in config: inout Config) throws {
        guard let eq = assignment.firstIndex(of: "=") else {
            throw InputError(path: "--set", "\"\(assignment)\" is not key=value (e.g. --set reference_rate=0.6)")
        }
        let key = Text.trim(String(assignment[..<eq]))
        let valueText = String(assignment[assignment.index(after: eq)...])
        let ctx = Context(path: "--set \(key)")
        let node: Node
        do { node = try Yams.compose(yaml: valueText, scalars) ?? Node("") } catch {
            throw InputError(path: "--set \(key)", "the value \"\(valueText)\" is not valid YAML")
        }
        try apply(key, node, to: &config, ctx: ctx, keyNode: nil)
    }

    static func apply(_ key: String, _ value: Node, to config: inout Config, ctx: Context, keyNode: Node?) throws {
        guard let setter = setters.first(where: { $0.key == key }) else {
            let hint = Text.closest(to: key, in: keys).map { " Did you mean \"\($0)\"?" } ?? ""
            throw ctx.fail(keyNode ?? value, "unknown key \"\(key)\".\(hint) Valid keys: \(keys.joined(separator: ", ")).")
        }
        try setter.set(&config, value, ctx)
    }

    // MARK: Value readers

    /// A value as YAML text on one line (flow style), as `--set` reads it back.
    static func valueText(_ n: Node) throws -> String {
        if let scalar = n.scalar {
            return scalar.style == .plain ? scalar.string : Text.yamlQuote(scalar.string)
        }
        if let seq = n.sequence { return "[" + (try seq.map { try valueText($0) }).joined(separator: ", ") + "]" }
        if let m = n.mapping {
            return "{" + (try m.map { k, v in (try valueText(k)) + ": " + (try valueText(v)) }).joined(separator: ", ") + "}"
        }
        return ""
    }

    static func number(_ n: Node, _ ctx: Context, _ what: String, _ range: ClosedRange<Double>) throws -> Double {
        guard let s = n.string, let v = Double(Text.trim(s)), range.contains(v) else {
            throw ctx.fail(n, "\(what) must be a number from \(fmt(range.lowerBound)) to \(fmt(range.upperBound)), not \"\(n.string ?? "a list")\"")
        }
        return v
    }

    /// A whole number in `range` (day counts default to a hundred years: past them dates overflow).
    static func int(_ n: Node, _ ctx: Context, _ what: String, _ range: ClosedRange<Int> = 0...36_500) throws -> Int {
        guard let s = n.string, let v = Int(Text.trim(s)), range.contains(v) else {
            throw ctx.fail(n, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(n.string ?? "a list")\"")
        }
        return v
    }

    static func ints(_ n: Node, _ ctx: Context, _ what: String, _ range: ClosedRange<Int> = 0...36_500) throws -> [Int] {
        guard let seq = n.sequence else { throw ctx.fail(n, "\(what) must be a list of whole numbers, like [60, 90, 120]") }
        return try seq.map { try int($0, ctx, what, range) }
    }

    /// `won`, or `{class: open, probability: 80}`.
    static func stageRule(_ n: Node, _ ctx: Context) throws -> StageRule {
        let hint = "a stage maps to open, won or lost, optionally with a probability: `Verbal commit: {class: open, probability: 80}` or `Won - Signed: won`"
        if let s = n.string {
            guard let k = StageClass(rawValue: s.lowercased()), k != .closed else { throw ctx.fail(n, hint) }
            return StageRule(k)
        }
        let fields = try mapping(n, ctx, "a stage", allowed: ["class", "probability"])
        guard let classNode = fields["class"], let s = classNode.string, let k = StageClass(rawValue: s.lowercased()), k != .closed else {
            throw ctx.fail(n, hint)
        }
        let p = try fields["probability"].map { try number($0, ctx, "a stage's probability", 0...100) }
        return StageRule(k, probability: p.map { $0 > 1 ? $0 / 100 : $0 })
    }

    static func text(_ n: Node, _ ctx: Context, _ what: String) throws -> String {
        guard let s = n.string else { throw ctx.fail(n, "\(what) must be a single value, not a list") }
        return Text.trim(s)
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ n: Node, _ ctx: Context, _ what: String) throws -> T where T.RawValue == String {
        let options = T.allCases.map(\.rawValue)
        guard let s = n.string, let v = T(rawValue: Text.trim(s).lowercased()) else {
            throw ctx.fail(n, "\(what) must be one of \(options.joined(separator: ", ")), not \"\(n.string ?? "a list")\"")
        }
        return v
    }

    /// YAML keeps only the last of two equal keys: two pasted `synonyms:` lines would lose the first
    /// without a word, so a repeated key is an error naming both lines.
    static func checkNoRepeatedKey(_ m: Node.Mapping, _ ctx: Context, _ what: String) throws {
        var seen: [String: Node] = [:]
        for (k, _) in m {
            guard let key = k.string else { continue }
            if let first = seen[key] {
                let lines = [first.mark?.line, k.mark?.line].compactMap { $0 }.map(String.init).joined(separator: " and ")
                throw ctx.fail(k, "\"\(key)\" appears twice in \(what)\(lines.isEmpty ? "" : " (lines \(lines))"): YAML would keep only the last. Keep one, with the entries of both (two `synonyms:` lines become one, e.g. `synonyms: {product: {Analytics: Analytics Cloud, BI: Business Intelligence}}`).")
            }
            seen[key] = k
        }
    }

    static func mapping(_ n: Node, _ ctx: Context, _ what: String, allowed: [String]) throws -> [String: Node] {
        guard let m = n.mapping else { throw ctx.fail(n, "\(what) must be a set of `key: value` lines") }
        try checkNoRepeatedKey(m, ctx, what)
        var out: [String: Node] = [:]
        for (k, v) in m {
            guard let key = k.string, allowed.contains(key) else {
                let hint = k.string.flatMap { Text.closest(to: $0, in: allowed) }.map { " Did you mean \"\($0)\"?" } ?? ""
                throw ctx.fail(k, "unknown key \"\(k.string ?? "?")\" in \(what).\(hint) Valid keys: \(allowed.joined(separator: ", ")).")
            }
            out[key] = v
        }
        return out
    }

    static func map<T>(_ n: Node, _ ctx: Context, _ what: String, _ value: (Node) throws -> T) throws -> [String: T] {
        guard let m = n.mapping else { throw ctx.fail(n, "\(what) must be a set of `key: value` lines") }
        try checkNoRepeatedKey(m, ctx, what)
        var out: [String: T] = [:]
        for (k, v) in m {
            guard let key = k.string else { throw ctx.fail(k, "a key in \(what) must be a single value") }
            out[key] = try value(v)
        }
        return out
    }

    static func fmt(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }

    static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return String(describing: error)
        }
    }

    /// `, while parsing a flow sequence that starts on line 3`.
    static func yamlContext(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context?, _, _, _), .parser(let context?, _, _, _), .composer(let context?, _, _, _):
            return ", \(context.text) that starts on line \(context.mark.line)"
        default: return ""
        }
    }

    static func readText(_ path: String) throws -> String {
        let reader = try RawFile(path: path)
        return String(decoding: reader.bytes, as: UTF8.self)
    }
}
