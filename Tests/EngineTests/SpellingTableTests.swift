import Testing

@testable import RefgapAllocate

/// Spellings are found by their bytes (`SpellingTable`), and `FoldedIDs` still gives every spelling of
/// one value, in any case or Unicode form, one id.
@Suite("Spellings by their bytes")
struct SpellingTableTests {
    @Test func eachSpellingKeepsTheIdItWasSetTo() {
        var table = SpellingTable()
        // Enough to grow the table several times; lengths on both sides of a word, and the empty string.
        let spellings = [""] + (0..<3_000).map { "value \($0)" } + ["Retail", "retail", "Énergie", "日本語"]
        for (i, s) in spellings.enumerated() { table.set(s, to: Int32(i)) }
        for (i, s) in spellings.enumerated() { #expect(table.id(of: s) == Int32(i), "\(s)") }
        #expect(table.id(of: "value 3000") == nil)
        #expect(table.id(of: "Retai") == nil)
        // Set again: the new id replaces the old.
        table.set("Retail", to: 99)
        #expect(table.id(of: "Retail") == 99)
        #expect(table.id(of: "retail") == Int32(spellings.firstIndex(of: "retail") ?? -1))
    }

    @Test func aCopyIsItsOwn() {
        var a = SpellingTable()
        a.set("EMEA", to: 1)
        var b = a
        b.set("EMEA", to: 2)
        b.set("APJ", to: 3)
        #expect(a.id(of: "EMEA") == 1)
        #expect(a.id(of: "APJ") == nil)
        #expect(b.id(of: "EMEA") == 2)
    }

    @Test func foldedIDsGiveOneValueOneIdInAnyCaseOrForm() {
        var ids = FoldedIDs()
        let precomposed = "\u{E9}nergie", decomposed = "e\u{301}nergie"
        #expect(Array(precomposed.utf8) != Array(decomposed.utf8))
        let first = ids.id("Healthcare")
        #expect(ids.id("healthcare") == first)
        #expect(ids.id("HEALTHCARE") == first)
        let energy = ids.id(precomposed)
        #expect(energy != first)
        #expect(ids.id(decomposed) == energy)
        #expect(ids.existing("ÉNERGIE") == energy)
        #expect(ids.existing("Retail") == nil)
        ids.join("Health Care", to: "Healthcare")
        #expect(ids.existing("health care") == first)
    }
}
