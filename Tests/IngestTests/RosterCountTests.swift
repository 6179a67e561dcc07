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

            """, name: "roster.csv")
        let roster = try Ingest.roster(path: path, config: Config())
        let byID = Dictionary(uniqueKeysWithValues: roster.rows.map { ($0.id, $0) })
        #expect(byID["REF-1"]?.maxUsesPerQuarter == 2)
        #expect(byID["REF-1"]?.usesLast90Days == 1)
        #expect(byID["REF-2"]?.maxUsesPerQuarter == 3)
        // Written without a separator, a large count is the user's number.
        #expect(byID["REF-4"]?.maxUsesPerQuarter == 2000)
        // 1.500 is no whole number of uses: set aside with its reason, not read as 1,500.
        #expect(byID["REF-3"] == nil)
        #expect(roster.ledger.rejects.map(\.line) == [4])
        #expect(roster.ledger.rejects.first?.reason.contains("\"1.500\" is not a whole number of uses") == true)
        let said = roster.ledger.warnings.filter { $0.contains("three decimals") }
        #expect(said.count == 1)
        #expect(said.first?.hasPrefix("2 use counts were written with three decimals (\"1,000\" and others)") == true)
    }

    @Test func onlyOneGroupOfThreeDigitsIsACountWithDecimals() {
        #expect(RosterTyping.groupedCount("2.000")! == (2, true))
        #expect(RosterTyping.groupedCount(" 12,000 ")! == (12, true))
        #expect(RosterTyping.groupedCount("1.500")! == (1, false))
        #expect(RosterTyping.groupedCount("2") == nil)
        #expect(RosterTyping.groupedCount("2.0") == nil)
        #expect(RosterTyping.groupedCount("1.000.000") == nil)
        #expect(RosterTyping.groupedCount("2.00a") == nil)
    }
}
