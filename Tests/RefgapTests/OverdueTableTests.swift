import Foundation
import RefgapCore
import Testing

/// The data-quality table of overdue deals, as a program manager reads it.
@Suite("Overdue deals table")
struct OverdueTableTests {
    /// 1,200 overdue deals: the caption groups the count's thousands as the amounts do (a trial read
    /// "(20650, the 25 largest listed…)"), and the table starts with the largest.
    @Test func theCaptionCountsInThousandsAndTheTableStartsWithTheLargest() throws {
        var text = "Opportunity ID,Account Name,Stage,Close Date,Amount,Industry,Product Family\n"
        for i in 0..<1_200 {
            text +=
                "O\(i),Acct \(i),Prospecting,2026-10-\(10 + i % 15),\(1_000 + (i * 37) % 5_000),Healthcare,Analytics\n"
        }
        let report = file(try runPipeline(try sampleProgram(opportunities: text), asOf: "2026-12-01"), "gap-report.md")
        #expect(
            report.contains(
                "**Open deals past their close date (1,200, the 25 largest listed; update them in the CRM)**"))
        let table = try #require(report.components(separatedBy: "(1,200, the 25 largest listed").last)
        let firstRow = try #require(table.split(separator: "\n").first { $0.hasPrefix("| O") })
        let largest = try #require((0..<1_200).map { 1_000 + ($0 * 37) % 5_000 }.max())
        #expect(
            firstRow.hasSuffix("| USD \(largest / 1_000),\(String(largest % 1_000 + 1_000).dropFirst()) |"),
            "\(firstRow)")
    }

    /// With none overdue, the caption asks for nothing ("(0; update them in the CRM)" before).
    @Test func noOverdueDealsAskForNothing() throws {
        let dir = try sampleProgram(
            opportunities:
                "Opportunity ID,Account Name,Stage,Close Date,Amount,Industry,Product Family\nO1,Acme,Prospecting,2027-01-10,5000,Healthcare,Analytics\n"
        )
        let report = file(try runPipeline(dir, asOf: "2026-12-01"), "gap-report.md")
        #expect(report.contains("**Open deals past their close date (0)**"), "\(report)")
    }
}
