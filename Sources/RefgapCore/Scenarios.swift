import RefgapIngest
import RefgapModel
import RefgapRender

/// Scenarios: the run again with a few settings changed, beside the base case, on the same inputs.
package enum Scenarios {
    /// Settings that act only after the inputs are read (supply, priorities, the plan, growth goals,
    /// extra calendar needs): a scenario that changes only these starts from the base case's reading.
    /// Any other setting changes how the inputs are read, and the scenario reads them again.
    static let afterReading: Set<String> = [
        "verify_within_days", "max_uses_per_quarter", "renewal_caution_days", "urgency", "unit_value",
        "team_unit_values",
        "acceptance_rate", "max_reject_rate", "overuse_threshold", "idle_days", "candidates_per_target",
        "candidate_min_health", "surplus_ratio", "concentration_top", "growth_goals", "plan_max_recruits",
        "plan_work_limit",
        "calendar_extra",
    ]

    /// The base config with a scenario's settings applied, as `--set` would after the others.
    package static func config(_ base: Config, _ scenario: Config.Scenario) throws -> Config {
        var config = base
        config.scenarios = []
        for s in scenario.settings { try ConfigLoader.override(s, in: &config) }
        return config
    }

    static func key(_ setting: String) -> String {
        Text.trim(String(setting.prefix { $0 != "=" }))
    }

    static func run(
        _ scenarios: [Config.Scenario], base: Pipeline.Reading, today: Day,
        progress: ProgressHandler?
    ) throws -> [ScenarioOutcome] {
        // Each scenario's results are let go once its figures are taken: only those are reported.
        try scenarios.map { scenario in
            let (result, reread) = try results(scenario, base: base, today: today, progress: progress)
            return ScenarioOutcome(name: scenario.name, settings: scenario.settings, result: result, reread: reread)
        }
    }

    /// One scenario's whole results, as a run with its settings has them, and whether it read the inputs again.
    static func results(
        _ scenario: Config.Scenario, base: Pipeline.Reading, today: Day, progress: ProgressHandler?
    ) throws -> (StageResults, reread: Bool) {
        // An input that fails only under a scenario's settings (its calendar_extra file) says whose.
        do {
            let config = try config(base.config, scenario)
            let reread = !scenario.settings.allSatisfy { afterReading.contains(key($0)) }
            let reading =
                reread ? try Pipeline.read(base.paths, config: config, today: today, progress: progress) : base
            return (try Pipeline.finish(reading, config: config), reread)
        } catch var error as InputError {
            error.diagnostic.message = "scenario \(Clip.quoted(scenario.name)): " + error.diagnostic.message
            throw error
        }
    }

    /// `--scenario NAME key=value ...`, repeated: a word without `=` starts a scenario, the
    /// `key=value` words after it are its settings. Each is checked against `base`.
    /// A scenario given as one quoted argument (`--scenario "Tight max_uses_per_quarter=2"`) is read
    /// as its name and settings.
    package static func parse(_ words: [String], base: Config) throws -> [Config.Scenario] {
        var out: [Config.Scenario] = []
        for word in words.flatMap(splitQuoted) {
            if word.contains("=") {
                guard !out.isEmpty else {
                    throw InputError(
                        path: "--scenario",
                        "\"\(word)\" comes before a scenario's name: write --scenario NAME key=value ...")
                }
                out[out.count - 1].settings.append(word)
            } else {
                out.append(Config.Scenario(name: word, settings: []))
            }
        }
        var names = Set(base.scenarios.map { $0.name.lowercased() })
        for s in out {
            guard !s.settings.isEmpty else {
                throw InputError(
                    path: "--scenario",
                    "scenario \"\(s.name)\" changes no setting: write --scenario \"\(s.name)\" key=value ... (and give the input folder before --scenario, as it takes every word up to the next option)"
                )
            }
            guard names.insert(s.name.lowercased()).inserted else {
                throw InputError(path: "--scenario", "two scenarios are named \"\(s.name)\"")
            }
            // Said as the scenario's, not as a --set the user never typed.
            do { _ = try config(base, s) } catch let error as InputError {
                throw InputError(path: "--scenario \(Clip.quoted(s.name))", error.diagnostic.message)
            }
        }
        return out
    }

    /// `Tight max_uses_per_quarter=2 urgency=[1, 1, 1]` as `Tight`, `max_uses_per_quarter=2`,
    /// `urgency=[1, 1, 1]`: a setting starts at each word that begins `key=`, the words before the
    /// first are the name. Any other word is left whole.
    static func splitQuoted(_ word: String) -> [String] {
        guard word.contains("="), word.contains(where: \.isWhitespace) else { return [word] }
        func startsSetting(_ w: Substring) -> Bool {
            guard let eq = w.firstIndex(of: "="), eq != w.startIndex else { return false }
            return w[..<eq].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
        var parts: [String] = []
        for w in word.split(whereSeparator: \.isWhitespace) {
            if parts.isEmpty || startsSetting(w) { parts.append(String(w)) } else { parts[parts.count - 1] += " " + w }
        }
        guard parts.count > 1, !startsSetting(Substring(parts[0])) else { return [word] }
        return parts
    }
}
