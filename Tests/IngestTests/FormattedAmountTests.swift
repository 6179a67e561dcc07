import Testing
@testable import RefgapIngest

/// The typer's amount from the bytes (`plainDecimal(bytes:)`, then `formattedAmount(bytes:)`) gives
/// what `Values.amount` gives the cell as a string, to the bit, with the same currency.
@Suite("Formatted amounts from bytes")
struct FormattedAmountTests {
    /// The typer's order: the plain reader, the formatted one, else nil (the string reader's turn).
    static func fromBytes(_ s: String) -> (value: Double, currency: String?)? {
        var s = s
        return s.withUTF8 { bytes in
            if let v = Values.plainDecimal(bytes: bytes) { return (v, nil) }
            return Values.formattedAmount(bytes: bytes)
        }
    }

    static func same(_ s: String) -> Bool {
        guard let fast = fromBytes(s) else { return true }
        guard let slow = Values.amount(s) else { return false }
        return fast.value.bitPattern == slow.value.bitPattern && fast.currency == slow.currency
    }

    @Test(arguments: [
        "$1,250,000.00", "USD 1,250,000", "1.250.000,00 €", "(1,000.00)", "$128,100.00", "-$500.00", "$-500.00", "500-",
        "(USD 1,000)", "EUR 1.250,50", "1 250 000,50", "12,5", "1,25", "1,250", "1.250", "1.250.000", "1,250,000",
        "£99.99", "¥1,000", "₹1,000", "usd 10", "10 usd", "€ 0,00", "(0.00)", "+5", "1'250'000.00", ".5", "5.",
        "$.99", "0.1", "123456789012.345", "$1,234,567,890.1234", "$1,234,567,890,123.45", "USD 999,999,999,999,999",
        "1,250 €", "1.250 €", "1.250.000 €", "1,5 €", "1.250,00€", "(1.250,00 €)", "1,25 €", "12.345.678,901 €",
    ])
    func knownFormsReadAlikeFromBytes(_ s: String) {
        #expect(Self.fromBytes(s) != nil, "\(s) is left to the string reader")
        #expect(Self.same(s), "\(s)")
    }

    @Test(arguments: [
        "", " $5", "$5 ", "US$ 5", "USDX 5", "5 €\u{301}", "1,,000", ",250", "1,2,3", "12,5,00", "--5",
        "$1\u{00A0}000", "(5", "₹1,00,000", "1.000.000,5.0", "$", "()", "1234567890123456",
        "$12,345,678,901,234.56", "USD 1,000,000,000,000,000", "$0,125", "$1,250.", "$-1,250.00", "USD  1,250",
    ])
    func otherFormsAreLeftToTheStringReaderOrReadAlike(_ s: String) {
        #expect(Self.same(s), "\(s)")
    }

    /// Random strings over the characters amounts are written with: whatever the bytes reader reads, it
    /// reads as the string reader does.
    @Test func randomCellsReadAlike() {
        var rng = XorShift(state: 0x5EED)
        let alphabet: [String] = [
            "0", "1", "2", "5", "9", "0", "3", "7", ",", ".", ",", ".", "$", "€", "£", " ", "(", ")",
            "-", "+", "'", "U", "S", "D", "e", "u", "r", "\u{00A0}", "x",
        ]
        var read = 0
        for _ in 0..<200_000 {
            let n = Int(rng.next() % 14) + 1
            var s = ""
            for _ in 0..<n { s += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            if Self.fromBytes(s) != nil { read += 1 }
            #expect(Self.same(s), "\(s)")
        }
        // The property tested something: many of the cells were read.
        #expect(read > 10_000)
    }

    /// Cells shaped like the report forms the one-pass reader takes (`$1,250,000.00`, `USD 1,250,000`,
    /// `1.250.000,00 €`, in parentheses or not), with their groups, separators and marks drawn at random
    /// (right and wrong): whatever the bytes reader reads, it reads as the string reader does.
    @Test func reportShapedCellsReadAlike() {
        var rng = XorShift(state: 0xE0E0)
        let prefixes = ["", "", "$", "USD ", "EUR ", "usd ", "$ ", "$-", "USD  "]
        let suffixes = ["", "", " €", "€", "  €", " USD", "-"]
        let separators = [",", ".", ",", ".", "", " ", "'"]
        var read = 0
        for _ in 0..<200_000 {
            var number = String(rng.next() % 10)
            for _ in 0..<Int(rng.next() % 6) {
                number += separators[Int(rng.next() % UInt64(separators.count))]
                let width = Int(rng.next() % 5)
                for _ in 0..<width { number += String(rng.next() % 10) }
            }
            var s =
                prefixes[Int(rng.next() % UInt64(prefixes.count))] + number
                + suffixes[Int(rng.next() % UInt64(suffixes.count))]
            if rng.next() % 4 == 0 { s = "(" + s + ")" }
            if Self.fromBytes(s) != nil { read += 1 }
            #expect(Self.same(s), "\(s)")
        }
        #expect(read > 50_000)
    }

    /// Formatted the way reports write them: grouped thousands, two decimals, a symbol or code.
    @Test func reportFormattedValuesReadAlike() {
        var rng = XorShift(state: 42)
        for _ in 0..<50_000 {
            let cents = Int(rng.next() % 100_000_000_000)
            let whole = String(cents / 100), fraction = (cents % 100 < 10 ? "0" : "") + String(cents % 100)
            var grouped = ""
            for (k, ch) in whole.enumerated() {
                if k > 0 && (whole.count - k) % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            for s in [
                "$\(grouped).\(fraction)", "USD \(grouped)", "(\(grouped).\(fraction))",
                grouped.replacingOccurrences(of: ",", with: ".") + ",\(fraction) €",
            ] {
                #expect(Self.fromBytes(s) != nil, "\(s)")
                #expect(Self.same(s), "\(s)")
            }
        }
    }
}

/// xorshift64: seeded, so a failing cell can be found again.
struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

/// The roster's lists (products, activities) split from the bytes as from the characters.
@Suite("Lists from bytes")
struct ByteListTests {
    @Test func printableASCIICellsSplitAsTheCharacterReaderSplitsThem() {
        var rng = XorShift(state: 7)
        let alphabet: [String] = ["a", "B", " ", " ", ";", "|", ",", "x", "-", "\t", "é"]
        var read = 0
        for _ in 0..<100_000 {
            var s = ""
            for _ in 0..<Int(rng.next() % 12) { s += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            guard let fast = Values.printableASCIIList(s) else { continue }
            read += 1
            #expect(fast == Values.characterList(s), "\(s)")
        }
        #expect(read > 10_000)
        #expect(Values.list(" Case study ; Webinar|Video ") == ["Case study", "Webinar", "Video"])
        #expect(Values.list("Café; Thé") == ["Café", "Thé"])
    }
}

/// `plainNumber(bytesOf:)` (employee counts such as `4,433`, read without making strings) gives what
/// `plainNumber` gives, and leaves everything else to it.
@Suite("Plain numbers from bytes")
struct PlainNumberFromBytesTests {
    @Test(arguments: ["4,433", "12,345,678", "1,000", "999,999,999,999,999", "0,000"])
    func groupedCountsReadAsThePlainReaderReadsThem(_ s: String) {
        #expect(Values.plainNumber(bytesOf: s) != nil, "\(s)")
        #expect(Values.plainNumber(bytesOf: s) == Values.plainNumber(s), "\(s)")
    }

    @Test(arguments: [
        "", "4433", "1,2", "1,2345", "1234,567", ",123", "123,", "1,,234", "1,234.5", "1.234", "-1,234",
        " 1,234", "1,234 ", "1,000,000,000,000,000", "１,２３４",
    ])
    func otherFormsAreLeftToThePlainReaderOrReadAlike(_ s: String) {
        let fast = Values.plainNumber(bytesOf: s)
        #expect(fast == nil || fast == Values.plainNumber(s), "\(s)")
    }

    @Test func randomDigitsAndCommasReadAlike() {
        let alphabet = Array("0123456789,,,")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<5_000 {
            let s = String((0..<(1 + next(14))).map { _ in alphabet[next(alphabet.count)] })
            if let fast = Values.plainNumber(bytesOf: s) { #expect(fast == Values.plainNumber(s), "\(s)") }
        }
    }
}
