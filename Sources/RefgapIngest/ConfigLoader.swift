import RefgapModel
import Yams

/// Reads `refgap.yml` into a ``Config``. Unknown keys and bad values are errors naming the key, its
/// line and the closest valid key; `--set key=value` goes through the same setters.
package enum ConfigLoader {
    package static var keys: [String] { Settings.keys }

    /// Reads a config file; a missing file is an error (the caller decides whether one is expected).
    package static func load(path: String, base: Config = Config()) throws -> Config {
        let text: String
        do { text = try readText(path) } catch {
            throw InputError(path: path, "the config file cannot be read: \(error)")
        }
        return try parse(text, path: path, base: base)
    }

    /// Values are read as the text they are written as (each setter converts and checks its own), so
    /// the YAML needs none of the default resolver's typing rules: compiling their regular expressions
    /// (ICU's, through NSRegularExpression) was 1 ms of every run.
    static var scalars: Resolver { .basic }

    package static func parse(_ text: String, path: String, base: Config = Config()) throws -> Config {
        let reader = ConfigReader(path: path)
        let root: Node?
        do { root = try Yams.compose(yaml: text, scalars) } catch let error as YamlError {
            throw InputError(
                path: path, line: yamlLine(error),
                "this is not valid YAML: \(yamlProblem(error))\(yamlContext(error)). Check the indentation (spaces, not tabs), the colons after keys and that every [ or { is closed."
            )
        }
        var config = base
        guard let root else { return config }
        guard let top = root.mapping else {
            throw reader.fail(root, "refgap.yml must be a list of `key: value` lines, like `as_of: 2026-11-24`")
        }
        try reader.checkNoRepeatedKey(top, "refgap.yml")
        for (keyNode, value) in top {
            guard let key = keyNode.string else { throw reader.fail(keyNode, "a key must be a word") }
            try apply(key, value, to: &config, reader, keyNode: keyNode)
        }
        // Checked once every key is read: `dimensions:` may come after the goals.
        if let goals = top["growth_goals"] { try checkGoalCriteria(goals, dimensions: config.dimensions, reader) }
        return config
    }

    /// A growth goal's criteria name the activity or a dimension: a misspelled one (`industy`) matched
    /// no bucket, and the goal's weight went nowhere without a word (a planning trial).
    static func checkGoalCriteria(_ goals: Node, dimensions: [String], _ r: ConfigReader) throws {
        let allowed = ["activity"] + dimensions
        for goal in goals.sequence ?? [] {
            guard let criteria = goal.mapping?["criteria"]?.mapping else { continue }
            for (k, _) in criteria {
                guard let key = k.string, !allowed.contains(key.lowercased()) else { continue }
                let hint = Text.closest(to: key, in: allowed).map { " Did you mean \"\($0)\"?" } ?? ""
                throw r.fail(
                    k,
                    "a growth goal's criterion \"\(key)\" is neither the activity nor a dimension.\(hint) Criteria can name: \(allowed.joined(separator: ", "))."
                )
            }
        }
    }

    /// `--set key=value` for one run: the value is read as YAML (`--set windows=[30,60,90]`).
    package static func override(_ assignment: String, in config: inout Config) throws {
        guard let eq = assignment.firstIndex(of: "=") else {
            throw InputError(path: "--set", "\"\(assignment)\" is not key=value (e.g. --set reference_rate=0.6)")
        }
        let key = Text.trim(String(assignment[..<eq]))
        let valueText = String(assignment[assignment.index(after: eq)...])
        let reader = ConfigReader(path: "--set \(key)")
        let node: Node
        do { node = try Yams.compose(yaml: valueText, scalars) ?? Node("") } catch {
            throw InputError(path: "--set \(key)", "the value \"\(valueText)\" is not valid YAML")
        }
        try apply(key, node, to: &config, reader, keyNode: nil)
        if key == "growth_goals" { try checkGoalCriteria(node, dimensions: config.dimensions, reader) }
    }

    static func apply(_ key: String, _ value: Node, to config: inout Config, _ reader: ConfigReader, keyNode: Node?)
        throws
    {
        guard let setting = Settings.named(key) else {
            let hint = Text.closest(to: key, in: keys).map { " Did you mean \"\($0)\"?" } ?? ""
            throw reader.fail(
                keyNode ?? value, "unknown key \"\(key)\".\(hint) Valid keys: \(keys.joined(separator: ", ")).")
        }
        try setting.read(&config, value, reader)
    }

    /// `scenarios:`: each scenario's settings are checked here, with their lines, and kept as `--set`
    /// would take them.
    static func readScenarios(_ n: Node, into c: inout Config, _ r: ConfigReader) throws {
        guard let seq = n.sequence else {
            throw r.fail(
                n,
                "scenarios must be a list, each with a name and the settings it changes: - {name: Lower reference rate, set: {reference_rate: 0.5}}"
            )
        }
        var names = Set<String>()
        let base = c
        c.scenarios = try seq.map { item in
            let fields = try r.mapping(item, "a scenario", allowed: ["name", "set"])
            guard let nameNode = fields["name"] else { throw r.fail(item, "a scenario needs a name") }
            let name = try r.text(nameNode, "a scenario's name")
            guard !name.isEmpty, names.insert(name.lowercased()).inserted else {
                throw r.fail(nameNode, name.isEmpty ? "a scenario needs a name" : "two scenarios are named \"\(name)\"")
            }
            guard let setNode = fields["set"], let pairs = setNode.mapping, !pairs.isEmpty else {
                throw r.fail(
                    item,
                    "scenario \"\(name)\" needs set: with the settings it changes, like set: {reference_rate: 0.5}")
            }
            var scratch = base
            var settings: [String] = []
            for (k, v) in pairs {
                guard let key = k.string else { throw r.fail(k, "a key must be a word") }
                guard key != "scenarios" else { throw r.fail(k, "a scenario cannot hold scenarios") }
                // Said as the scenario's (a trial's missing calendar_extra had a line but no scenario).
                do {
                    try apply(key, v, to: &scratch, r, keyNode: k)
                    if key == "growth_goals" { try checkGoalCriteria(v, dimensions: scratch.dimensions, r) }
                } catch var error as InputError {
                    error.diagnostic.message = "scenario \(Clip.quoted(name)): " + error.diagnostic.message
                    throw error
                }
                settings.append(
                    key + "="
                        + (key == "calendar_extra"
                            ? "[" + scratch.calendarExtra.map(Text.yamlQuote).joined(separator: ", ") + "]"
                            : try ConfigReader.flowText(v)))
            }
            return Config.Scenario(name: name, settings: settings)
        }
    }

    static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
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
