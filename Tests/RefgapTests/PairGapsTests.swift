import Foundation
import RefgapCore
import RefgapModel
import Testing

@testable import RefgapRender

/// The reports' notes on likely pairs of spellings read the gaps asking for each pair's demand value
/// from an index made once (`PairGaps`). They must say what scanning every ranked gap says, on
/// programs whose deals spell several products another way than the roster.
@Suite("Pair notes")
struct PairGapsTests {
    /// What the notes once did: every ranked gap scanned for each pair (and each surplus segment).
    static func spells(_ s: SurplusSegment, _ pair: Vocabulary.Pair, _ p: StageResults) -> Bool {
        guard let i = p.prioritized.config.dimensions.firstIndex(of: pair.dimension), let value = s.dimensions[i],
            value.sameIgnoringCase(pair.supplySide.value)
        else { return false }
        return p.prioritized.ranked.contains { g in
            let b = p.prioritized.gaps[g].bucket.dimensions
            guard let asked = b[i], asked.sameIgnoringCase(pair.demandSide.value) else { return false }
            return b.indices.allSatisfy { j in
                j == i || b[j] == nil || (s.dimensions[j].map { b[j]?.sameIgnoringCase($0) ?? true } ?? true)
            }
        }
    }

    static func scannedRanks(_ pair: Vocabulary.Pair, _ p: StageResults, shown: Int) -> [Int] {
        guard let i = p.prioritized.config.dimensions.firstIndex(of: pair.dimension) else { return [] }
        return p.prioritized.ranked.prefix(shown).enumerated().filter { _, g in
            p.prioritized.gaps[g].bucket.dimensions[i].map { $0.sameIgnoringCase(pair.demandSide.value) } ?? false
        }.map(\.offset)
    }

    /// SampleData's deals with each product in `renamed` spelled another way (case changed for some).
    static func deals(renaming renamed: [String: String]) throws -> String {
        var deals = try SupplyVocabularyTests.rows("opportunities.csv")
        let product = try #require(deals[0].firstIndex(of: "Product Family"))
        for i in deals.indices.dropFirst() where product < deals[i].count {
            if let to = renamed[deals[i][product]] { deals[i][product] = i % 3 == 0 ? to.uppercased() : to }
        }
        return SupplyVocabularyTests.csv(deals)
    }

    @Test(arguments: [
        ["Analytics": "Analytics Cloud"],
        ["Analytics": "Analytics Cloud", "Security": "Security Suite"],
        ["Analytics": "Analytics Cloud", "Security": "Security Suite", "Data Integration": "Data Integration Hub"],
    ])
    func theNotesSayWhatScanningEveryGapSays(_ renamed: [String: String]) throws {
        let run = try runPipeline(
            try SupplyVocabularyTests.program(["opportunities.csv": try Self.deals(renaming: renamed)]))
        let p = run.result
        let pairs = p.prioritized.vocabulary.pairs
        #expect(pairs.count >= renamed.count, "a pair per renamed product: \(pairs.map(\.synonymLine))")
        let index = PairGaps(p)
        var notes = 0, surplusPairs = 0
        for (k, pair) in pairs.enumerated() {
            #expect(
                index.asking[k].prefix { $0 < 40 } == Self.scannedRanks(pair, p, shown: 40)[...], "\(pair.synonymLine)")
            #expect(index.asking[k] == Self.scannedRanks(pair, p, shown: .max), "\(pair.synonymLine)")
            let listed = p.prioritized.surplus.contains { Self.spells($0, pair, p) }
            #expect(index.surplus[k] == listed, "\(pair.synonymLine)")
            if listed { surplusPairs += 1 }
        }
        for s in p.prioritized.surplus {
            let expected = pairs.first { Self.spells(s, $0, p) }
            let note = VocabularyText.surplusNote(s, p, index)
            #expect(note.isEmpty == (expected == nil))
            if let expected {
                notes += 1
                #expect(note.contains(expected.synonymLine))
            }
        }
        // The programs exercise both: surplus segments that are a pair's spelling, and notes on gaps.
        #expect(notes > 0 && surplusPairs > 0)
        #expect(!VocabularyText.gapNotes(p, shown: 40, index).isEmpty)
    }
}
