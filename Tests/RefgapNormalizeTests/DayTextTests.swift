import Testing
import RefgapModel

/// A day is written `YYYY-MM-DD`, with its digits written in place for years 0–9999.
@Suite("Days as text")
struct DayTextTests {
    @Test func everyDayReadsBackAsItself() throws {
        // Every day from 1899-12-30 (Excel's day zero) to 2101, and the last day of year 9999.
        let start = try #require(Day(year: 1899, month: 12, day: 30)).ordinal
        let end = try #require(Day(year: 2101, month: 1, day: 1)).ordinal
        let last = try #require(Day(year: 9999, month: 12, day: 31)).ordinal
        for ordinal in Array(start...end) + [last] {
            let day = Day(ordinal: ordinal), c = day.components
            let expected =
                String(repeating: "0", count: 4 - String(c.year).count) + String(c.year) + "-"
                + (c.month < 10 ? "0" : "") + String(c.month) + "-" + (c.day < 10 ? "0" : "") + String(c.day)
            #expect(day.description == expected)
            #expect(Day(iso: day.description) == day)
        }
        #expect(try #require(Day(year: 2024, month: 2, day: 29)).description == "2024-02-29")
        #expect(Day(ordinal: last + 2).description == "10000-01-02")
    }
}
