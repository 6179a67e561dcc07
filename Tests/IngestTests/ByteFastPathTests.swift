import Testing
import RefgapIngest
import RefgapModel

/// The roster's cells are read on byte fast paths (dates, health scores, trimming) before the general
/// readings; each must give what the general reading gives.
@Suite("Byte fast paths")
struct ByteFastPathTests {
    /// Every day of four years, in each numeric form a roster writes, reads as that day; with a
    /// one-digit month or day, and with the other order where it reads both ways.
    @Test func numericDatesReadEveryDay() {
        guard let first = Day(iso: "2024-01-01") else { return }
        var checked = 0
        for offset in 0..<(4 * 366) {
            let day = first + offset
            let (y, m, d) = day.components
            let (mm, dd) = (m < 10 ? "0\(m)" : "\(m)", d < 10 ? "0\(d)" : "\(d)")
            #expect(Values.date("\(y)-\(mm)-\(dd)")?.resolve(.monthFirst) == day)
            #expect(Values.date("\(y)-\(m)-\(d)")?.resolve(.dayFirst) == day)
            #expect(Values.date("\(mm)/\(dd)/\(y)")?.resolve(.monthFirst) == day)
            #expect(Values.date("\(m)/\(d)/\(y)")?.resolve(.monthFirst) == day)
            #expect(Values.date("\(dd).\(mm).\(y)")?.resolve(.dayFirst) == day)
            #expect(Values.date("\(dd)/\(mm)/\(y)")?.resolve(.dayFirst) == day)
            checked += 1
        }
        #expect(checked == 4 * 366)
    }

    @Test func numericDatesThatAreNot() {
        // Too long, a third separator, a month 13 either way, letters.
        for text in ["2026-11-221", "2026-11-22-1", "13/13/2026", "2026-1a-02", "-11-22"] {
            let read = Values.date(text)?.resolve(.monthFirst)
            #expect(read == nil, "\(text) read as \(read.map { "\($0)" } ?? "")")
        }
        // With spaces around it, it is read by the general path, as before.
        #expect(Values.date(" 2026-11-22 ")?.resolve(.monthFirst) == Day(iso: "2026-11-22"))
    }

    /// A score of one to three digits reads as the percentage reading does: 0–100 kept, above it nil.
    @Test func healthScoresAsThePercentageReadingDoes() {
        for n in 0...1_000 {
            for text in ["\(n)", "0\(n)", "00\(n)"] {
                let general = Values.percentNumber(text).flatMap { (0...100).contains($0) ? $0 : nil }
                #expect(Values.health(text) == general, "\(text)")
            }
        }
        #expect(Values.health("Green") == 90)
        #expect(Values.health(" 72") == 72)
        #expect(Values.health("7a") == nil)
    }

    @Test func trimmingKeepsWhatNeedsNoTrim() {
        let cases: [(String, String)] = [
            ("", ""), ("a", "a"), (" a ", "a"), ("\ta\r\n", "a"), ("Café", "Café"), (" Café ", "Café"),
            ("é", "é"), ("\u{00A0}x\u{00A0}", "x"),
            ("a long value past fifteen bytes", "a long value past fifteen bytes"),
            ("  a long value past fifteen bytes\t", "a long value past fifteen bytes"),
        ]
        for (text, trimmed) in cases { #expect(Text.trim(text) == trimmed, "\(text.debugDescription)") }
    }
}
