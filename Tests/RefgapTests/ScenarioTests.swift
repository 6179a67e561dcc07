import Foundation
import Testing
@testable import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

@Suite("Scenarios and scheduled runs")
struct ScenarioTests {
    static let sample = repoRoot + "/SampleData"

    /// The figures a scenario is compared by: every bucket, the targets and the plan.
    func figures(_ o: RunOutcome) -> [String] {
        ["gaps.csv", "targets.csv", "plan.csv"].map { file(o, $0) }
    }

    /// Each of SampleData's scenarios (one reusing the base reading, one reading the export again, one
    /// adding a launch's calendar) gives what a separate run with the same settings gives.
    @Test func scenariosReproduceSeparateRunsWithTheSameSettings() throws {
        let base = try runPipeline(Self.sample)
        let scenarios = base.result.prioritized.config.scenarios
        #expect(scenarios.count == 3)
        let paths = InputPaths.resolve(
            dir: Self.sample, opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil)
        let today = Day(iso: "2026-11-24") ?? Day(ordinal: 0)
        let reading = try Pipeline.read(
            paths, config: try Pipeline.config(paths, sets: [], asOf: today), today: today, progress: nil)
        for scenario in scenarios {
            var config = try Pipeline.config(paths, sets: scenario.settings, asOf: Day(iso: "2026-11-24"))
            config.scenarios = []
            let separate = try Pipeline.run(
                paths, config: config, today: today, info: RunInfo(configPath: paths.config, previous: nil))
            // The scenario's whole results, as the base run makes them, rendered as a run of its own would be.
            let (whole, _) = try Scenarios.results(scenario, base: reading, today: today, progress: nil)
            let rendered = try Render.run(whole, info: RunInfo(configPath: paths.config, previous: nil))
            for (name, expected) in zip(["gaps.csv", "targets.csv", "plan.csv"], figures(separate)) {
                let same = (rendered.first { $0.path == name }?.text ?? "") == expected
                #expect(same, "scenario \(scenario.name): \(name) differs from a separate run's")
            }
            // The figures the base run keeps of it are the separate run's.
            let within = try #require(base.scenarios.first { $0.name == scenario.name })
            let own = CaseFigures(separate.result)
            #expect(within.figures.totals == own.totals, "scenario \(scenario.name)")
            #expect(within.figures.perWindow.map(\.gap) == own.perWindow.map(\.gap), "scenario \(scenario.name)")
            #expect(within.figures.targets == own.targets && within.figures.plan.steps.count == own.plan.steps.count)
        }
        // The side-by-side table and run.json's section are there.
        #expect(file(base, "gap-report.md").contains("## Scenarios side by side"))
        #expect(file(base, "run.json").contains("\"inputs_read_again\": true"))
        #expect(file(base, "run.json").contains("\"inputs_read_again\": false"))
    }

    @Test func commandLineScenariosAreReadAndChecked() throws {
        let parsed = try Scenarios.parse(
            ["Tight", "max_uses_per_quarter=2", "Cheap", "unit_value=1000", "urgency=[1, 1, 1]"], base: Config())
        #expect(parsed.map(\.name) == ["Tight", "Cheap"])
        #expect(parsed[1].settings == ["unit_value=1000", "urgency=[1, 1, 1]"])
        #expect(throws: InputError.self) { try Scenarios.parse(["Tight"], base: Config()) }
        #expect(throws: InputError.self) { try Scenarios.parse(["Tight", "max_uses_per_qarter=2"], base: Config()) }
        #expect(throws: InputError.self) { try Scenarios.parse(["max_uses_per_quarter=2"], base: Config()) }
        // One quoted argument, as a shell user first writes it: the name (spaces allowed), then each
        // setting from the word that starts `key=` (a value may hold spaces).
        let quoted = try Scenarios.parse(
            ["Tight max_uses_per_quarter=2", "Big push unit_value=1000 urgency=[1, 1, 1]"], base: Config())
        #expect(quoted.map(\.name) == ["Tight", "Big push"])
        #expect(quoted.map(\.settings) == [["max_uses_per_quarter=2"], ["unit_value=1000", "urgency=[1, 1, 1]"]])
        #expect(throws: InputError.self) { try Scenarios.parse(["unit_value=1000 urgency=[1, 1, 1]"], base: Config()) }
    }

    @Test func scenariosInTheConfigFileAreCheckedWithTheirLines() throws {
        let text = "scenarios:\n  - name: A\n    set:\n      reference_rate: 2\n"
        #expect { try ConfigLoader.parse(text, path: "refgap.yml") } throws: { error in
            String(describing: error).contains("refgap.yml:4") && String(describing: error).contains("reference_rate")
        }
        let dir = try tempDir()
        try write("Team,Need,Activity,Due Date,References Needed\n", to: dir + "/launch.csv")
        let ok = try ConfigLoader.parse(
            "scenarios:\n  - name: A\n    set: {urgency: [1, 0.5, 0.25], calendar_extra: launch.csv}\n",
            path: dir + "/refgap.yml")
        #expect(
            ok.scenarios == [
                Config.Scenario(
                    name: "A", settings: ["urgency=[1, 0.5, 0.25]", "calendar_extra=[\"\(dir)/launch.csv\"]"])
            ])
    }

    /// A planning trial's scenario named a calendar_extra file that was not there: the message named
    /// the file alone, with no line or scenario; and a --scenario's bad setting was said as "--set key:1".
    @Test func aBadScenarioSettingIsSaidWhereItWasWritten() throws {
        let dir = try tempDir()
        let yml = "as_of: 2027-01-04\nscenarios:\n  - name: Launch\n    set: {calendar_extra: launch-q2.csv}\n"
        #expect { try ConfigLoader.parse(yml, path: dir + "/refgap.yml") } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix(
                "\(dir)/refgap.yml:4: error: scenario \"Launch\": calendar_extra file \"launch-q2.csv\" does not exist: looked for \(dir)/launch-q2.csv (a file named in refgap.yml is read from refgap.yml's folder)"
            )
        }
        var config = Config()
        #expect { try ConfigLoader.override("calendar_extra=nowhere.csv", in: &config) } throws: { error in
            String(describing: error).hasPrefix(
                "--set calendar_extra: error: calendar_extra file \"nowhere.csv\" does not exist")
        }
        // A folder named as the file says so, with the CSV inside it.
        try write("Team,Need,Activity,Due Date,References Needed\n", to: dir + "/extras/launch.csv")
        #expect { try ConfigLoader.parse("calendar_extra: extras\n", path: dir + "/refgap.yml") } throws: { error in
            String(describing: error).hasSuffix(
                "refgap.yml:1: error: calendar_extra \"extras\" is a folder, not a calendar file: name the CSV file inside it, like \"extras/launch.csv\"."
            )
        }
        #expect { try ConfigLoader.override("reference_rate=70%", in: &config) } throws: { error in
            String(describing: error).hasPrefix("--set reference_rate: error: ")
        }
        // A scenario's file that fails only under it names the scenario.
        let program = try SupplyVocabularyTests.program([
            "refgap.yml": "scenarios:\n  - name: Launch\n    set: {calendar_extra: bad-extra.csv}\n"
        ])
        try write(
            "Team,Need,Activity,Due Date,References Needed\nPR,Launch,Press quote,not a date,2\n",
            to: program + "/bad-extra.csv")
        #expect { try runPipeline(program) } throws: { error in
            String(describing: error).contains("/bad-extra.csv:2: error: scenario \"Launch\": due date")
        }
        #expect { try Scenarios.parse(["Typo", "max_use_per_quarter=3"], base: Config()) } throws: { error in
            String(describing: error).hasPrefix(
                "--scenario \"Typo\": error: unknown key \"max_use_per_quarter\". Did you mean \"max_uses_per_quarter\"?"
            )
        }
    }

    @Test func failUnderExitsFourWithTheReportsWritten() throws {
        let dir = try tempDir()
        let low = try runBinary(
            ["run", Self.sample, "--out", dir + "/r", "--quiet", "--fail-under", "90%"], in: repoRoot)
        #expect(low.status == 4, "\(low.stderr)")
        #expect(low.stderr.contains("below --fail-under 90%"))
        #expect(FileManager.default.fileExists(atPath: dir + "/r/gap-report.md"))
        let fine = try runBinary(
            ["run", Self.sample, "--out", dir + "/r", "--quiet", "--fail-under", "0.5"], in: repoRoot)
        #expect(fine.status == 0, "\(fine.stderr)")
        let bad = try runBinary(["run", Self.sample, "--out", dir + "/r", "--fail-under", "lots"], in: repoRoot)
        #expect(bad.status == 2)
    }

    @Test func datedFoldersKeepTheHistoryAndALatestLink() throws {
        let dir = try tempDir()
        for day in ["2026-11-17", "2026-11-24"] {
            let r = try runBinary(
                ["run", Self.sample, "--out", dir + "/reports/{as_of}", "--quiet", "--as-of", day], in: repoRoot)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: dir + "/reports/2026-11-17/gap-report.md"))
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/reports/latest") == "2026-11-24")
        // The second run found the first among the dated folders, and names its biggest movements.
        let report = try String(contentsOfFile: dir + "/reports/latest/gap-report.md", encoding: .utf8)
        #expect(report.contains("## Change since the run of 2026-11-17"))
        #expect(report.contains("Biggest movements since 2026-11-17: "))
        // A backfill of an earlier week, and a run that failed in a later week's folder, leave the link
        // at the newest finished run (a trial's backfill moved a scheduler's link back a week).
        try fm.createDirectory(atPath: dir + "/reports/2026-12-01", withIntermediateDirectories: true)
        let backfill = try runBinary(
            ["run", Self.sample, "--out", dir + "/reports/{as_of}", "--quiet", "--as-of", "2026-11-10"], in: repoRoot)
        #expect(backfill.status == 0, "\(backfill.stderr)")
        #expect(fm.fileExists(atPath: dir + "/reports/2026-11-10/gap-report.md"))
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/reports/latest") == "2026-11-24")
    }

    /// A scenario that changes only whom to ask has the base case's figures, said (trial 40 read "no
    /// change" as the setting doing nothing).
    @Test func aScenarioOfWhomToAskSaysItsFiguresAreTheBaseCases() throws {
        let outcome = try runPipeline(
            repoRoot + "/SampleData", sets: ["scenarios=[{name: Low bar, set: {candidate_min_health: 30}}]"])
        #expect(
            file(outcome, "gap-report.md").contains(
                "\"Low bar\" changes only whom the priorities report suggests (candidate\\_min\\_health, candidates\\_per\\_target), not demand, coverage or the plan"
            ))
    }
}
