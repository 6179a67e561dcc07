import Foundation
import Testing

/// What a weekly scheduled run says about itself where a trial's scheduler lost a week without a
/// word (trial 41): the change section's comparison, a date run twice, a folder left with an earlier
/// run's files, a date fixed in the config, a misspelt placeholder, --quiet on exit 3.
@Suite("Weekly scheduled runs")
struct WeeklyRunTests {
    static let sample = repoRoot + "/SampleData"

    /// SampleData copied, so a week can go without one of its inputs.
    func program() throws -> String {
        let dir = try tempDir() + "/inputs"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dir)
        return dir
    }

    @Test func theChangeSectionSaysWhatKeepsTwoRunsFromBeingLikeForLike() throws {
        let out = try tempDir() + "/reports/{as_of}"
        let inputs = try program()
        let first = try runBinary(["run", inputs, "--out", out, "--quiet", "--as-of", "2026-11-17"], in: repoRoot)
        #expect(first.status == 0, "\(first.stderr)")
        /// The gap report of a run on `day` with max_uses_per_quarter 6.
        func week(_ day: String) throws -> String {
            let r = try runBinary(
                ["run", inputs, "--out", out, "--quiet", "--as-of", day, "--set", "max_uses_per_quarter=6"],
                in: repoRoot)
            #expect(r.status == 0, "\(r.stderr)")
            return try String(
                contentsOfFile: out.replacingOccurrences(of: "{as_of}", with: day) + "/gap-report.md", encoding: .utf8)
        }
        // The next week: a setting changed and no accounts export.
        try FileManager.default.removeItem(atPath: inputs + "/accounts.csv")
        let report = try week("2026-11-24")
        #expect(report.contains("The settings differ from that run's: max\\_uses\\_per\\_quarter"), "\(report)")
        #expect(report.contains("That run had accounts.csv and this one has none"))
        // Like for like, nothing is said.
        let same = try week("2026-12-01")
        #expect(same.contains("## Change since the run of 2026-11-24"))
        #expect(!same.contains("The settings differ"))
        #expect(!same.contains("this one has none"))
        // The same files as the week before: the change is the date's, and said.
        #expect(same.contains("The inputs are the same files as that run's (by SHA-256)"))
        #expect(!report.contains("The inputs are the same files"))
    }

    /// Trial 42: an empty accounts export read as an improvement, an old snapshot taken for like for
    /// like, settings that change no gap named as causes.
    @Test func anEmptyInputAnOldSnapshotAndSettingsOutsideTheGapsAreToldApart() throws {
        let reports = try tempDir() + "/reports"
        let inputs = try program()
        func week(_ day: String, _ extra: [String] = []) throws -> String {
            let r = try runBinary(
                ["run", inputs, "--out", reports + "/{as_of}", "--quiet", "--as-of", day] + extra, in: repoRoot)
            #expect(r.status == 0, "\(r.stderr)")
            return try String(contentsOfFile: reports + "/\(day)/gap-report.md", encoding: .utf8)
        }
        _ = try week("2026-11-10")
        // As an earlier refgap wrote it: no settings, inputs or rows.
        let snapshot = reports + "/2026-11-10/history/2026-11-10.json"
        var old =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: snapshot))) as? [String: Any]
        for key in ["settings", "inputs", "rows", "marked"] { old?[key] = nil }
        try JSONSerialization.data(withJSONObject: old ?? [:]).write(to: URL(fileURLWithPath: snapshot))
        #expect(try week("2026-11-17").contains("written by an earlier refgap"))
        // The accounts export arrives with only its header; unit_value changes no gap.
        let accounts = inputs + "/accounts.csv"
        let header = try String(contentsOfFile: accounts, encoding: .utf8).split(separator: "\n")[0]
        try (header + "\n").write(toFile: accounts, atomically: true, encoding: .utf8)
        let report = try week("2026-11-24", ["--set", "unit_value=1000"])
        #expect(report.contains("This run's accounts.csv has no rows (that run's had "), "\(report)")
        #expect(!report.contains("The settings differ"))
        #expect(!report.contains("written by an earlier refgap"))
    }

    /// Trial 43: a calendar_extra file edited between two weeks was read as "the same files"; its
    /// contents are not kept, so with one no such thing is said.
    @Test func withCalendarExtraTheSameFilesAreNotClaimed() throws {
        let reports = try tempDir() + "/reports"
        let inputs = try program()
        for day in ["2026-11-17", "2026-11-24"] {
            let r = try runBinary(
                [
                    "run", inputs, "--out", reports + "/{as_of}", "--quiet", "--as-of", day, "--set",
                    "calendar_extra=" + inputs + "/launch-calendar.csv",
                ], in: repoRoot)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let report = try String(contentsOfFile: reports + "/2026-11-24/gap-report.md", encoding: .utf8)
        #expect(report.contains("## Change since the run of 2026-11-17"))
        #expect(!report.contains("The inputs are the same files"))
        #expect(!report.contains("The settings differ"))
    }

    /// A row shorter than the header is a note (data quality, validate), not a warning every week.
    @Test func aShortRowIsANoteNotAWarning() throws {
        let dir = try BadInputTests.program("short-roster-row")
        let run = try runBinary(["run", dir, "--out", dir + "/out", "--quiet"], in: repoRoot)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("fewer fields"))
        let validate = try runBinary(["validate", dir], in: repoRoot)
        let said = validate.stdout + validate.stderr
        #expect(said.contains("1 row has fewer fields than the header (line 3: 10 of 13)"), "\(said)")
        let report = try String(contentsOfFile: dir + "/out/gap-report.md", encoding: .utf8)
        #expect(report.contains("fewer fields than the header"))
    }

    @Test func aDateRunTwiceIsSaidAndAFolderHoldsOneRun() throws {
        let reports = try tempDir() + "/reports"
        let first = try runBinary(
            ["run", Self.sample, "--out", reports + "/{as_of}", "--quiet", "--as-of", "2026-11-24"], in: repoRoot)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stderr.contains("replaced"))
        let again = try runBinary(
            ["run", Self.sample, "--out", reports + "/{as_of}", "--quiet", "--as-of", "2026-11-24", "--format", "md"],
            in: repoRoot)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("warning: replaced the reports of an earlier run for 2026-11-24"))
        let fm = FileManager.default
        let folder = reports + "/2026-11-24"
        #expect(fm.fileExists(atPath: folder + "/gap-report.md"))
        // The first run's other files went; its history snapshot stays (this run's replaced it).
        for gone in ["gap-report.html", "priorities.html", "run.json", "gaps.csv", "targets.csv", "plan.csv"] {
            #expect(!fm.fileExists(atPath: folder + "/" + gone), "\(gone)")
        }
        #expect(fm.fileExists(atPath: folder + "/history/2026-11-24.json"))
    }

    @Test func aDateFixedInTheConfigIsSaidToAScheduler() throws {
        // SampleData's refgap.yml has as_of: 2026-11-24.
        let reports = try tempDir() + "/reports"
        let dated = try runBinary(["run", Self.sample, "--out", reports + "/{as_of}", "--quiet"], in: repoRoot)
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(dated.stderr.contains("refgap.yml: warning: as_of: 2026-11-24 in the config fixes the run's date"))
        // Given --as-of, the date is the command's: nothing to say.
        let given = try runBinary(
            ["run", Self.sample, "--out", reports + "/{as_of}", "--quiet", "--as-of", "2026-11-24"], in: repoRoot)
        #expect(!given.stderr.contains("fixes the run's date"))
    }

    @Test func aMisspeltPlaceholderIsAUsageError() throws {
        let dir = try tempDir()
        let r = try runBinary(["run", Self.sample, "--out", dir + "/reports/{asof}"], in: repoRoot)
        #expect(r.status == 2)
        #expect(r.stderr.contains("the only placeholder is {as_of}"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/reports/{asof}"))
    }

    @Test func quietPrintsOnlyErrorsAndWarningsOnExitThree() throws {
        let dir = try BadInputTests.program("ragged-rows")
        let r = try runBinary(["run", dir, "--out", dir + "/out", "--quiet"], in: repoRoot)
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains(": error: "))
        #expect(!r.stderr.contains("Reports written to"))
        #expect(!r.stderr.contains("As of "))
    }
}
