import Testing
import RefgapModel

/// `Text.fold` reads ASCII text in place; every other text goes scalar by scalar. Both give the
/// lowercased letters and digits.
@Suite("Folding text")
struct TextFoldTests {
    @Test func asciiTextKeepsItsLettersAndDigitsLowercased() {
        var rng = SplitMix(seed: 7)
        let alphabet = Array(" AZaz09-_&/.,'()éÉ\u{0301}ß")
        for n in 0..<2000 {
            let length = n % 40
            let s = String((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            let expected =
                s.allSatisfy(\.isASCII)
                ? String(s.lowercased().filter { $0.isLetter || $0.isNumber })
                : nil
            if let expected { #expect(Text.fold(s) == expected, "\(s)") }
        }
        #expect(Text.fold("Hospital & Health Care") == "hospitalhealthcare")
        #expect(Text.fold("ACME Corp. (EMEA) 2026") == "acmecorpemea2026")
        // Past the ASCII path: letters of other scripts, composed first.
        #expect(Text.fold("Café") == Text.fold("Cafe\u{0301}"))
        #expect(Text.fold("Straße GmbH") == "straßegmbh")
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
