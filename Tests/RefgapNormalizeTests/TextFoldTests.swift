import Testing
import RefgapModel

/// `Text.fold` reads ASCII text in place; every other text goes scalar by scalar. Both give the
/// lowercased letters and digits.
@Suite("Folding text")
struct TextFoldTests {
    @Test func asciiTextKeepsItsLettersAndDigitsLowercased() {
        // 2,000 ASCII strings of 0–39 characters, each character picked by its place (no generator needed).
        let alphabet = Array(" AZaz09-_&/.,'()MmQq\t")
        for n in 0..<2000 {
            let s = String((0..<(n % 40)).map { k in alphabet[(n * 7919 + k * 104_729 + (n ^ k)) % alphabet.count] })
            #expect(Text.fold(s) == String(s.lowercased().filter { $0.isLetter || $0.isNumber }), "\(s)")
        }
        #expect(Text.fold("Hospital & Health Care") == "hospitalhealthcare")
        #expect(Text.fold("ACME Corp. (EMEA) 2026") == "acmecorpemea2026")
        // Past the ASCII path: letters of other scripts, composed first.
        #expect(Text.fold("Café") == Text.fold("Cafe\u{0301}"))
        #expect(Text.fold("Straße GmbH") == "straßegmbh")
    }
}
