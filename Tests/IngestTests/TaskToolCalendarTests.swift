import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Calendars kept in task tools, rows shaped as a trial's exports (Asana's, Trello's, Planner's,
/// Jira's and a Google Sheet's columns): a done task says so in a completion date, a checkbox or a
/// resolution, not in a status column. The trial's done tasks were counted as demand.
@Suite("Calendars from task tools")
struct TaskToolCalendarTests {
    func read(_ text: String) throws -> Ingested<NeedRow> {
        try Ingest.calendar(path: try tempFile(text, name: "calendar.csv"), config: Config())
    }

    @Test func asanasCompletedAtLeavesANeedOut() throws {
        let r = try read(
            """
            Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Due Date,Reference Type,References Needed
            1208800000000001,2026-10-02,,2026-11-20,Forrester Wave Q1 submission,Analyst Relations,2026-12-24,Analyst interview,15
            1208800000000002,2026-10-02,2026-11-28,2026-11-28,Healthcare webinar series,Demand Gen,2026-12-14,Webinar,2

            """)
        #expect(r.rows.map(\.name) == ["Forrester Wave Q1 submission"])
        #expect(r.ledger.setAside.map(\.reason) == ["need marked done (\"Completed At\")"])
        #expect(
            r.ledger.notes.contains {
                $0.hasPrefix("1 need marked done by \"Completed At\" (filled) was left out (2 references)")
            })
    }

    @Test func trellosDoneListDueCompleteAndArchivedLeaveNeedsOut() throws {
        let r = try read(
            """
            Card ID,Card Name,Due Date,List Name,Archived,Due Complete,References Needed,Reference Type
            6740a1,Forrester Wave,2026-12-24T17:00:00.000Z,In progress,false,false,15,Analyst interview
            6740a2,Webinar series,2026-12-14T17:00:00.000Z,Doing,false,true,2,Webinar
            6740a3,Reference calls,2026-12-19T17:00:00.000Z,In progress,true,false,3,Reference call
            6740a4,G2 review drive,2026-12-29T17:00:00.000Z,Done,false,false,10,Peer review

            """)
        #expect(r.rows.map(\.name) == ["Forrester Wave"])
        #expect(r.rows.map(\.count) == [15])
    }

    /// Planner's `Progress` is its status, its `Completed Date` a completion; with no count column every
    /// need counts 1, and the run says so.
    @Test func plannersProgressAndMissingCountAreRead() throws {
        let r = try read(
            """
            Task ID,Task Name,Bucket Name,Progress,Due date,Completed Date,Description
            AAMkA1,Forrester Wave Q1 submission,Analyst Relations,In progress,12/24/2026,,
            AAMkA2,Healthcare webinar,Demand Gen,Completed,12/14/2026,11/28/2026,
            AAMkA3,Public sector calls,Sales,Not started,12/19/2026,,

            """)
        #expect(r.rows.map(\.name) == ["Forrester Wave Q1 submission", "Public sector calls"])
        #expect(r.ledger.warnings.contains { $0.hasPrefix("No column holds how many references a need asks for") })
    }

    /// Jira: a resolution written (`Won't Do`, `Done`) ends the issue; `Unresolved` does not.
    @Test func jirasResolutionLeavesANeedOut() throws {
        let r = try read(
            """
            Summary,Issue key,Status,Resolution,Due date,Custom field (References Needed)
            Forrester Wave,REF-101,To Do,Unresolved,24/Dec/26 12:00 AM,15
            Webinar,REF-102,Resolved,Won't Do,14/Dec/26 12:00 AM,2
            Calls,REF-103,In Progress,,19/Dec/26 12:00 AM,3

            """)
        #expect(r.rows.map(\.name) == ["Forrester Wave", "Calls"])
    }

    @Test func aSheetsDoneCheckboxLeavesANeedOut() throws {
        let r = try read(
            """
            Team,Need,Activity,Due Date,References Needed,Status,Done?
            Analyst Relations,Forrester Wave,Analyst interview,12/24/2026,15,In progress,FALSE
            Digital,G2 review drive,Peer review,12/29/2026,10,Refs confirmed,TRUE

            """)
        #expect(r.rows.map(\.name) == ["Forrester Wave"])
    }
}
