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

    /// `accountKey` reads ASCII names from their bytes; it must give what reading them by Characters
    /// gives: for names with legal forms, initials, punctuation, digits and the short names it keeps
    /// whole, and for generated ones made of those pieces.
    @Test func accountKeysFromBytesAreThoseOfCharacters() {
        let names = [
            "Umbrella Corporation", "Umbrella Corp", "Umbrella, Inc.", "Umbrella Inc", "UMBRELLA CORP.", "The Company",
            "The Co", "A Co", "An LLC", "Co", "Inc", "Acme", "J. P. Morgan", "J.P. Morgan & Co.", "L.L.C.",
            "Foo L.L.C.", "Foo S.A.", "Foo S. A.", "Foo SA de CV", "Siemens AG", "Bosch GmbH & Co. KG", "Nokia Oyj",
            "Volvo AB",
            "Grupo Bimbo S.A.B. de C.V.", "Acme Pty Ltd", "Acme Pte. Ltd.", "3M Company", "7-Eleven, Inc.", "A", "",
            " ", "---", "x y z", "Tailspin Health 1897", "Contoso Ltd.\r\n", "Contoso\tLtd", "O'Neil & Sons, LLP",
            "Fabrikam, Inc. (EMEA)", "Wide World Importers Co Ltd", "a.b.c. corp", "AB", "Ab Ab", "the the",
        ]
        for name in names {
            #expect(Text.accountKey(name) == Text.accountKeyOfCharacters(name), "\(name.debugDescription)")
        }
        // Names of words, initials, legal forms and separators put together (each by its place).
        let pieces = ["Acme", "j", "P", "co", "Corp", "Inc.", "LLC", "S.A.", "the", "A", "2026", "ltd", "&", "Oy"]
        let separators = [" ", ", ", ".", "-", " & ", ". "]
        for n in 0..<3000 {
            let count = 1 + n % 5
            var name = ""
            for k in 0..<count {
                if k > 0 { name += separators[(n * 31 + k * 7) % separators.count] }
                name += pieces[(n * 13 + k * 101 + (n ^ k)) % pieces.count]
            }
            #expect(Text.accountKey(name) == Text.accountKeyOfCharacters(name), "\(name.debugDescription)")
        }
        #expect(Text.accountKey("Umbrella, Inc.") == "umbrella")
        #expect(Text.accountKey("J. P. Morgan") == "jpmorgan")
        #expect(Text.accountKey("The Company") == "thecompany")
        // Past the bytes' path: other text goes by Characters.
        #expect(Text.accountKey("Société Générale S.A.") == "sociétégénérale")
    }
}
