import Testing
import RefgapModel

@testable import RefgapIngest

/// Use counts as spreadsheets write them: `2.000` is two with three decimals, not two thousand uses.
@Suite("Roster use counts with decimals")
struct RosterCountTests {
    @Test func countsWithThreeZeroDecimalsAreWholeNumbersAndSaid() throws {
        let path = try tempFile(
            """
            Reference ID,Account Name,Contact Name,Reference Status,Uses (Last 90 Days),Max Uses per Quarter
            REF-1,Acme Health,Ana Ruiz,Active,"1,000",2.000
            REF-2,Birch Retail,Ben Ito,Active,0,3
            REF-3,Cedar Bank,Cy Park,Active,0,1.500
            REF-4,Dune Labs,Di Wu,Active,0,2000
            REF-5,Elm Foods,Eve Ng,Active,0,2.000 per quarter
            REF-6,Fir Media,Fay Lo,Active,0,8.000/year
            REF-7,Gum Tech,Gil Oz,Active,0,1.500 per quarter

            """, name: "roster.csv")
        let roster = try Ingest.roster(path: path, config: Config())
        let byID = Dictionary(uniqueKeysWithValues: roster.rows.map { ($0.id, $0) })
        #expect(byID["REF-1"]?.maxUsesPerQuarter == 2)
        #expect(byID["REF-1"]?.usesLast90Days == 1)
        #expect(byID["REF-2"]?.maxUsesPerQuarter == 3)
        // Written without a separator, a large count is the user's number.
        #expect(byID["REF-4"]?.maxUsesPerQuarter == 2000)
        // Before a unit too: 2.000 per quarter is 2, 8.000 a year is 2 a quarter.
        #expect(byID["REF-5"]?.maxUsesPerQuarter == 2)
        #expect(byID["REF-6"]?.maxUsesPerQuarter == 2)
        // 1.500 is no whole number of uses: set aside with its reason, not read as 1,500.
        #expect(byID["REF-3"] == nil)
        #expect(byID["REF-7"] == nil)
        #expect(roster.ledger.rejects.map(\.line) == [4, 8])
        #expect(roster.ledger.rejects.first?.reason.contains("\"1.500\" is not a whole number of uses") == true)
        let said = roster.ledger.warnings.filter { $0.contains("separator before three zeros") }
        #expect(
            said == [
                "4 use counts have a separator before three zeros (\"1,000\" in \"Uses (Last 90 Days)\", line 2): read as whole numbers (\"1,000\" as 1, not 1,000; lines 2, 6, 7), since no contact gives thousands of uses. If a count really is in the thousands, write it with no separator (1000); a spreadsheet that writes decimals so can format the column with no decimals."
            ])
    }

    @Test func onlyOneGroupOfThreeDigitsIsACountWithDecimals() {
        #expect(UseCounts.groupedCount("2.000")! == (2, true))
        #expect(UseCounts.groupedCount(" 12,000 ")! == (12, true))
        #expect(UseCounts.groupedCount("1.500")! == (1, false))
        #expect(UseCounts.groupedCount("2") == nil)
        #expect(UseCounts.groupedCount("2.0") == nil)
        #expect(UseCounts.groupedCount("1.000.000") == nil)
        #expect(UseCounts.groupedCount("2.00a") == nil)
        #expect(UseCounts.reading("2.000 per quarter") == .whole(plain: "2 per quarter", number: 2))
        #expect(UseCounts.reading("2,000/qtr") == .whole(plain: "2/qtr", number: 2))
        #expect(UseCounts.reading("1.500 a month") == .notWhole)
        #expect(UseCounts.reading("2 per quarter") == nil)
        #expect(UseCounts.reading("2.000,00") == .twoSeparators)
    }
}
