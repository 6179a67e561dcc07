import RefgapModel
import Testing

@testable import RefgapIngest

/// A calendar cell that names several values, or excludes one, is found by its bytes (`Text.contains(_:bytes:)`),
/// not by Foundation's string search: the same cells are found as before, in any case and at either end.
@Suite("Several values in a calendar cell")
struct SeveralValuesTests {
    @Test func bytesAreFoundAnywhereAndOnlyInARow() {
        #expect(Text.contains(" emea or apac ", bytes: " or "))
        #expect(Text.contains(" or ", bytes: " or "))
        #expect(Text.contains("a + b", bytes: " + "))
        #expect(!Text.contains(" oregon ", bytes: " or "))
        #expect(!Text.contains("", bytes: " or "))
        #expect(!Text.contains(" o", bytes: " or "))
        #expect(Text.contains("anything", bytes: ""))
        // Text that is not ASCII, and a string whose bytes are not stored contiguously (a bridged or
        // sliced one is read through a copy).
        #expect(Text.contains(" españa or méxico ", bytes: " or "))
        #expect(Text.contains(String(Substring(" emea or apac ").dropFirst()), bytes: "or apac"))
    }

    @Test func cellsNamingSeveralValuesAreFoundInAnyCase() {
        let config = Config()
        func several(region: String = "", activity: String = "Reference call") -> String? {
            Ingest.severalValues(activity, RawDimensions(region.isEmpty ? [:] : ["region": region]), config: config)?.1
        }
        #expect(several(region: "EMEA or APAC") == "EMEA or APAC")
        #expect(several(region: "EMEA OR APAC") == "EMEA OR APAC")
        #expect(several(region: "EMEA and/or APAC") == "EMEA and/or APAC")
        #expect(several(region: "EMEA + APAC") == "EMEA + APAC")
        #expect(several(region: "EMEA; APAC") == "EMEA; APAC")
        #expect(several(region: "EMEA | APAC") == "EMEA | APAC")
        #expect(several(region: "EMEA\nAPAC") == "EMEA\nAPAC")
        #expect(several(region: "EMEA AND APAC") == "EMEA AND APAC")
        #expect(several(region: "EMEA/APAC") == "EMEA/APAC")
        #expect(several(activity: "Case study, Webinar") == "Case study, Webinar")
        // One value each: a name with `or`, `and` or `&` inside it, a region that is not a theatre.
        #expect(several(region: "Oregon") == nil)
        #expect(several(region: "Andorra") == nil)
        #expect(several(region: "EMEA") == nil)
        #expect(several(region: "Trinidad and Tobago") == nil)
        #expect(several(activity: "Case study") == nil)
        #expect(several(activity: "Q&A session") == nil)
    }

    @Test func cellsExcludingAValueAreFound() {
        let config = Config()
        func excludes(_ cell: String) -> Bool {
            Ingest.excludesValue(RawDimensions(["region": cell]), config: config) != nil
        }
        #expect(excludes("Any except EMEA"))
        #expect(excludes("All regions EXCEPT EMEA"))
        #expect(excludes("Everywhere excluding APAC"))
        #expect(excludes("not EMEA"))
        #expect(!excludes("EMEA"))
        #expect(!excludes("Exceptional"))
    }
}
