import Foundation
import Testing
import RefgapCore

/// When the first rows cannot tell the date order and later ones can, the run reads the export again
/// with the whole file's answer, and what it built from the first reading is dropped.
@Suite("Reading again")
struct RereadTests {
    /// 24,000 rows whose dates read either way (01/02/2027: 2 January or 1 February), then 2,000 that
    /// read only day-first (25/12/2026): the sample (at most the first 20,000 rows) cannot tell.
    func folder() throws -> String {
        let dir = try tempDir()
        for name in ["calendar.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
        }
        var text =
            "Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Industry,Billing State/Province,Billing Country\n"
        let industries = ["Healthcare", "Financial Services", "Retail", "Manufacturing"]
        let states = ["Ohio", "Texas", "California", "New York"]
        for i in 0..<26_000 {
            let date = i < 24_000 ? "0\(1 + i % 3)/0\(1 + i % 4)/2027" : "\(20 + i % 8)/12/2026"
            text +=
                "OPP\(i),Deal \(i),Account \(i % 300),Qualification,\(date),\(10_000 + (i % 50) * 1_000),20,\(industries[i % 4]),\(states[i % 3]),United States\n"
        }
        try write(text, to: dir + "/opportunities.csv")
        return dir
    }

    @Test func aRunThatReadsAgainEqualsOneThatKnewTheOrder() throws {
        let dir = try folder()
        let guessedWrong = try runPipeline(dir)
        let toldTheOrder = try runPipeline(dir, sets: ["date_order=day-first"])
        let gaps = file(guessedWrong, "gaps.csv")
        #expect(!gaps.isEmpty)
        #expect(gaps == file(toldTheOrder, "gaps.csv"))
        #expect(guessedWrong.ledgers[0].rowsRead == 26_000)
        #expect(guessedWrong.ledgers[0].notes.contains { $0.contains("read as day-first") })
        // The deals counted once: the first reading's sums were dropped.
        #expect(guessedWrong.result.prioritized.totals.demand == toldTheOrder.result.prioritized.totals.demand)
        let monthFirst = try runPipeline(dir, sets: ["date_order=month-first"])
        #expect(file(monthFirst, "gaps.csv") == gaps, "the votes of the whole file decide, whatever the config says")
    }
}
