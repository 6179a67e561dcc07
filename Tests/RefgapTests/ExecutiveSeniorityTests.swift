import Foundation
import RefgapCore
import RefgapModel
import Testing

/// A seniority column's "Executive" is read as C-level, but data providers give VPs that level too
/// (Google's job levels: "executive-level managers and above, including C-level positions"): where a
/// need asks for C-level, the roster's note says how many contacts rest on that reading.
@Suite("Executive read as C-level")
struct ExecutiveSeniorityTests {
    /// SampleData's calendar (two needs ask for C-level) and export, with this roster.
    private func run(
        roster: String, calendar: String? = nil, column: String = "Seniority", asOf: String = "2026-12-01"
    ) throws -> RunOutcome {
        let dir = try tempDir()
        try FileManager.default.copyItem(
            atPath: repoRoot + "/SampleData/opportunities.csv", toPath: dir + "/opportunities.csv")
        if let calendar {
            try write(calendar, to: dir + "/calendar.csv")
        } else {
            try FileManager.default.copyItem(
                atPath: repoRoot + "/SampleData/calendar.csv", toPath: dir + "/calendar.csv")
        }
        try write(
            "Reference ID,Account Name,Contact Name,Title,\(column),Reference Status,Industry,Products,Activities\n"
                + roster, to: dir + "/roster.csv")
        return try runPipeline(dir, asOf: asOf)
    }

    private static let roster = """
        R1,Acme,Ann One,SVP Operations,Executive,Active,Healthcare,Analytics,Reference call
        R2,Beta,Bob Two,Chief Data Officer,C-level,Active,Healthcare,Analytics,Reference call
        R3,Gamma,Cy Three,Head of IT,exec,Active,Healthcare,Analytics,Reference call
        R4,Delta,Di Four,VP Sales,Executive,Active,Healthcare,Analytics,Reference call
        R5,Epsilon,Ed Five,COO,Executive,Left company,Healthcare,Analytics,Reference call
        R6,Zeta,Zoe Six,Head of Sales,Senior Executives,Active,Healthcare,Analytics,Reference call
        R7,Eta,Eve Seven,Chief of Staff to the CEO,Level 9,Left company,Healthcare,Analytics,Reference call

        """

    @Test func executivesReadAsCLevelAreSaidWhereANeedAsksForCLevel() throws {
        let outcome = try run(roster: Self.roster)
        let notes = try #require(outcome.ledgers.first { $0.kind == .roster }).notes
        let note = try #require(notes.first { $0.contains("seniority was read as C-level") }, "\(notes)")
        #expect(
            note.hasPrefix(
                "3 contacts' seniority was read as C-level from \"Executive\" (2), \"exec\" (1), and 2 calendar needs ask for C-level"
            ), "\(note)")
        // One who has left (R5) is not counted: nobody asks them to serve.
        #expect(note.contains("write VP in \"Seniority\""), "\(note)")
    }

    /// A trial: "Job Level" (ZoomInfo's "Management Level" alike) was told to fix its "Seniority column".
    @Test func theNoteNamesTheRostersOwnColumn() throws {
        let outcome = try run(roster: Self.roster, column: "Job Level")
        let notes = try #require(outcome.ledgers.first { $0.kind == .roster }).notes
        let note = try #require(notes.first { $0.contains("seniority was read as C-level") }, "\(notes)")
        #expect(note.contains("write VP in \"Job Level\""), "\(note)")
        // The note beside it, on a value it does not know (read from the title), names it too rather
        // than asking for a Seniority column the roster has, and counts no one who has left (R7).
        let titles = try #require(notes.first { $0.hasPrefix("Seniority was read from job titles") }, "\(notes)")
        #expect(titles.contains("for 1 contact (Director 1)") && titles.contains("in \"Job Level\""), "\(titles)")
        #expect(!titles.contains("add a Seniority column"), "\(titles)")
    }

    /// A trial: both C-level needs overdue (or past the horizon), and the note still said 2 asked.
    @Test func needsOutsideThisRunsWindowsAreNotCounted() throws {
        for asOf in ["2027-06-30", "2026-06-01"] {
            let outcome = try run(roster: Self.roster, asOf: asOf)
            let notes = try #require(outcome.ledgers.first { $0.kind == .roster }).notes
            #expect(!notes.contains { $0.contains("seniority was read as C-level") }, "\(asOf): \(notes)")
        }
    }

    @Test func withoutACLevelNeedNothingIsSaid() throws {
        let calendar = """
            Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
            Marketing,Webinar,Reference call,2027-01-20,2,Healthcare,,Analytics,,VP

            """
        let outcome = try run(roster: Self.roster, calendar: calendar)
        let notes = try #require(outcome.ledgers.first { $0.kind == .roster }).notes
        #expect(!notes.contains { $0.contains("seniority was read as C-level") }, "\(notes)")
    }
}
