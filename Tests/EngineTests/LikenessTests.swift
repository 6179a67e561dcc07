import Foundation
import RefgapModel
import RefgapNormalize
import Testing

@testable import RefgapPrioritize

/// `Reconcile.likeness` compares forms of each value made once (`Spelling`), with a bounded edit
/// distance and a byte search for ASCII: it must answer what comparing the two strings afresh did.
@Suite("Likely spellings")
struct LikenessTests {
    /// What `likeness` did before: fold, split into words and measure the full edit distance per pair.
    static func reference(_ a: String, _ b: String) -> String? {
        guard a.utf8.count <= 200, b.utf8.count <= 200 else { return nil }
        let fa = Text.fold(a), fb = Text.fold(b)
        guard !fa.isEmpty, !fb.isEmpty else { return nil }
        // Different numbers in the same letters: different codes.
        func numbers(_ s: String) -> (String, [String]) {
            let digits = s.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).map(String.init)
            let skeleton = s.replacing(/[0-9]+/, with: "#")
            return (skeleton, digits)
        }
        let na = numbers(fa), nb = numbers(fb)
        if !na.1.isEmpty, !nb.1.isEmpty, na.0 == nb.0, na.1 != nb.1 { return nil }
        func words(_ s: String) -> Set<String> {
            Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        }
        let wa = words(a), wb = words(b)
        if !wa.isEmpty, !wb.isEmpty, wa.isSubset(of: wb) || wb.isSubset(of: wa) { return "the same words" }
        let shorter = min(fa.count, fb.count)
        if shorter >= 4, fa.contains(fb) || fb.contains(fa) { return "one inside the other" }
        let d = exactDistance(Array(fa.unicodeScalars), Array(fb.unicodeScalars))
        if (shorter >= 7 && d <= 2) || (shorter >= 4 && d <= 1) { return "near in spelling" }
        return nil
    }

    /// Values as CRM exports and rosters spell them (industries, products, regions in several
    /// languages), with the variants a typo, a suffix, a case or an accent makes, and edge cases.
    static let values: [String] = {
        let base = [
            "Analytics", "Analytics Cloud", "analytics-cloud", "ANALYTICS", "Analytcs", "Analytix", "Data Integration",
            "Data Integration Hub", "Integration", "Security", "Security Suite", "Securty", "Cloud Platform",
            "Platform", "Technology", "technolgy", "Tech", "IT", "HR", "Health Care", "Healthcare",
            "Hospital & Health Care",
            "Financial Services", "Finance", "Banking", "Bank", "Higher Education", "Education", "Éducation",
            "Santé", "Sante", "Énergie", "Energie", "Oil & Energy", "Manufacturing", "Manufactoring", "Retail",
            "Retail & CPG", "EMEA", "EMEA - North", "AMER - West", "APAC", "Asia-Pacific", "US-Midwest", "US Midwest",
            "Tier 1", "Tier 2", "Tier 10", "SMB", "Mid-Market", "Mid Market", "Enterprise", "Entreprise", "Großhandel",
            "Grosshandel", "Gesundheitswesen", "Versicherung", "Versicherungen", "保険", "保険業", "金融", "Café",
            "Cafe\u{301}", "e\u{301}nergie", "Produkt A", "Produkt B", "Product 0086", "Product 0186", "Industry 0082",
            "Industry 0083", "☁️ Cloud", "Cloud ☁️", "a\u{202E}b", "zero\u{200B}width", "Ab", "Abc", "Abcd", "Abcde",
            "Abcdef", "Abcdefg", "Abcdefgh", "bcdefgh", "Abcdxfgh", "Abxdefyh", "Santéwesen", "Énergiewende", "保険業界",
            "", " ", "---", "1234", "12345",
            String(repeating: "long words ", count: 19), String(repeating: "long words ", count: 19) + "x",
        ]
        return base
    }()

    /// A value written as a list holding the other is several values, not a spelling of it (trial h3:
    /// the suggested `synonyms: {product: {Analytics: "Analytics, Cloud Platform"}}` relabelled every
    /// Analytics deal, contact and need); a list's other likeness still counts.
    @Test func aListHoldingTheOtherValueIsNoSpelling() {
        #expect(Reconcile.likeness("Analytics", "Analytics, Cloud Platform") == nil)
        #expect(Reconcile.likeness("Cloud Platform; Analytics", "analytics") == nil)
        #expect(Reconcile.likeness("Analytics | Security", "Security") == nil)
        #expect(Reconcile.likeness("Analytics", "Analytics Cloud") == "the same words")
        #expect(Reconcile.likeness("Analytics, Cloud Platform", "Analytics Cloud Platform") == "the same words")
    }

    /// Product codes, versions and tiers that differ only in their numbers are different values (a
    /// trial's 6,400 SKU-style product codes were each "near in spelling" to dozens of others); the
    /// same number written otherwise, or a letter off, still pairs.
    @Test func valuesThatDifferOnlyInTheirNumbersAreNoSpelling() {
        #expect(Reconcile.likeness("SKU-10938", "SKU-17238") == nil)
        #expect(Reconcile.likeness("Windows 10", "Windows 11") == nil)
        #expect(Reconcile.likeness("Tier 1", "Tier 10") == nil)
        #expect(Reconcile.likeness("Zone 1 North", "Zone 2 North") == nil)
        #expect(Reconcile.likeness("SKU-10938", "SKU 10938") == "the same words")
        #expect(Reconcile.likeness("SKU-10938", "SKV-10938") == "near in spelling")
        #expect(Reconcile.likeness("Analytics 360", "Analytcs 360") == "near in spelling")
        #expect(Reconcile.likeness("Analytics 360", "Analytics") == "the same words")
    }

    @Test func likenessAnswersWhatComparingTheStringsAfreshDid() {
        var pairs = 0
        var kinds: [String: Int] = [:]
        for a in Self.values {
            for b in Self.values {
                let expected = Self.reference(a, b)
                #expect(Reconcile.likeness(a, b) == expected, "\(a.debugDescription) ~ \(b.debugDescription)")
                kinds[expected ?? "none", default: 0] += 1
                pairs += 1
            }
        }
        // Every rule answered for some pairs.
        #expect(kinds.keys.sorted() == ["near in spelling", "none", "one inside the other", "the same words"])
        #expect(pairs == Self.values.count * Self.values.count)
    }

    /// `LikenessCandidates` skips only pairs `likeness` answers nil for: the pairs found through it are
    /// the pairs trying every one finds, on the values above and on random near spellings of them
    /// (a letter dropped, doubled, changed or two swapped, words added or taken away).
    @Test func candidatesHoldEveryPairTryingEveryPairFinds() {
        var rng = SplitMix64(state: 29)
        var values = Self.values
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123 -é")
        for _ in 0..<600 {
            var chars = Array(Self.values[Int.random(in: 0..<Self.values.count, using: &rng)])
            for _ in 0..<Int.random(in: 0...2, using: &rng) where !chars.isEmpty {
                let i = Int.random(in: 0..<chars.count, using: &rng)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: chars.remove(at: i)
                case 1: chars.insert(chars[i], at: i)
                case 2: chars[i] = letters[Int.random(in: 0..<letters.count, using: &rng)]
                case 3: if i + 1 < chars.count { chars.swapAt(i, i + 1) }
                default: chars += Array(" Cloud")
                }
            }
            values.append(String(chars))
        }
        // A family of values that differ only in their numbers, and members of it written otherwise.
        values += (1...40).map { "Territory \($0)" } + ["territory-7", "Territory7", "Territory 7 West", "Teritory 12"]
        let spellings = values.map { Spelling($0) }
        var index = LikenessCandidates(spellings)
        var pairs = 0
        for a in spellings {
            let candidates = Set(index.candidates(for: a))
            for (y, b) in spellings.enumerated() where Reconcile.likeness(a, b) != nil {
                #expect(candidates.contains(y), "\(a.lowered.debugDescription) ~ \(b.lowered.debugDescription)")
                pairs += 1
            }
        }
        // Far fewer tried than every pair, and many found.
        let tried = spellings.reduce(0) { $0 + index.candidates(for: $1).count }
        #expect(pairs > 2_000)
        #expect(tried < spellings.count * spellings.count / 2)
    }

    @Test func theBoundedDistanceIsTheDistanceUpToItsLimit() {
        var rng = SplitMix64(state: 2026)
        let letters: [Unicode.Scalar] = ["a", "b", "c", "d", "e"]
        for _ in 0..<2000 {
            let x = (0..<Int.random(in: 0...9, using: &rng)).map { _ in
                letters[Int.random(in: 0..<letters.count, using: &rng)]
            }
            let y = (0..<Int.random(in: 0...9, using: &rng)).map { _ in
                letters[Int.random(in: 0..<letters.count, using: &rng)]
            }
            for limit in 0...3 {
                let d = Text.distance(x, y, atMost: limit)
                let exact = Self.exactDistance(x, y)
                #expect(d == min(exact, limit + 1), "\(x) \(y) limit \(limit)")
            }
        }
    }

    /// The closest built-in industry, as found before: every key of the sorted table, full distances.
    static func referenceClosestIndustry(_ value: String) -> String? {
        guard value.utf8.count <= 200 else { return nil }
        let f = Text.fold(value)
        guard !f.isEmpty else { return nil }
        var best: (name: String, distance: Int)? = nil
        for (key, name) in IndustryTable.synonyms.sorted(by: { $0.key < $1.key }) {
            let d =
                (min(key.count, f.count) >= 5 && (key.contains(f) || f.contains(key)))
                ? 0 : exactDistance(Array(f.unicodeScalars), Array(key.unicodeScalars))
            if d < best?.distance ?? Int.max { best = (name, d) }
        }
        guard let best, best.distance <= (f.count < 8 ? 1 : 2) else { return nil }
        return best.name
    }

    @Test func theClosestIndustryIsWhatEveryFullDistanceFound() {
        // The built-in keys themselves, each with a letter dropped, doubled or swapped, and the values above.
        var values = Self.values
        for key in IndustryTable.synonyms.keys.sorted() {
            let chars = Array(key)
            values.append(key)
            if chars.count > 2 {
                values.append(String(chars.dropLast()))
                values.append(String(chars + [chars[chars.count - 1]]))
                values.append(String(chars[0..<chars.count - 2] + [chars[chars.count - 1], chars[chars.count - 2]]))
                values.append("x" + key + "xx")
            }
        }
        var found = 0
        for v in values {
            let expected = Self.referenceClosestIndustry(v)
            #expect(Reconcile.closestIndustry(v) == expected, "\(v.debugDescription)")
            if expected != nil { found += 1 }
        }
        #expect(found > 100 && found < values.count)
    }

    /// The full edit distance, written out here as the oracle: `Text.distance` of two strings is now
    /// the bounded one without a limit, so it cannot check itself.
    static func exactDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...y.count {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[y.count]
    }
}
