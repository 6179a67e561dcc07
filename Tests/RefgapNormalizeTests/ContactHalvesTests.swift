@testable import RefgapIngest
import RefgapModel
import Testing

@testable import RefgapNormalize

/// A large roster is normalized in two halves on two cores (`ContactNormalizing`): the contacts, the
/// counts the notes need and the spellings must be those of one pass through the rows.
@Suite("Contacts normalized in halves")
struct ContactHalvesTests {
    /// Rows whose values are new to the normalizer, some spelled one way in the first half and another
    /// way in the second (so the second half must take the first half's spelling).
    static func rows(_ count: Int, secondHalfSpelling: String, firstHalfSpelling: String) -> [ContactRow] {
        (0..<count).map { i in
            let industry =
                i % 7 == 0 ? (i < count / 2 ? firstHalfSpelling : secondHalfSpelling) : ["Biotech", "Retail"][i % 2]
            return ContactRow(
                id: "C\(i)", account: "Account \(i % 50)", name: "Person \(i)", title: ["CIO", "Engineer"][i % 2],
                seniority: nil, status: .active, statusLabel: "Active",
                dimensions: RawDimensions([
                    "industry": industry, "region": ["EMEA", "US-West", "Brasil"][i % 3],
                    "product": i % 3 == 0 ? "Analytics; Cloud" : "Cloud",
                ]),
                activities: i % 4 == 0 ? [] : ["Reference call", "case study"], lastVerified: nil, lastUsed: nil,
                usesLast90Days: 0, maxUsesPerQuarter: nil, restUntil: nil, health: nil, csm: "", renewal: nil,
                line: i + 2)
        }
    }

    static func normalized(_ rows: [ContactRow], halvesFrom: Int) -> (contacts: [Contact], unknown: [String: [String]])
    {
        var n = Normalizer(config: Config())
        var normalizing = ContactNormalizing(book: AccountBook(), seniorityNeeds: 1)
        normalizing.halvesFrom = halvesFrom
        let contacts = normalizing.run(rows, normalizer: &n).contacts
        return (contacts, n.unknownValues.mapValues { Array(Set($0)).sorted() })
    }

    @Test(arguments: [("Quantum Widgets", "quantum widgets"), ("Quantum Widgets", "Quantum Widgets")])
    func halvesGiveWhatOnePassGives(_ spellings: (first: String, second: String)) {
        let rows = Self.rows(101, secondHalfSpelling: spellings.second, firstHalfSpelling: spellings.first)
        let onePass = Self.normalized(rows, halvesFrom: Int.max)
        let halves = Self.normalized(rows, halvesFrom: 2)
        #expect(halves.contacts == onePass.contacts)
        #expect(halves.unknown == onePass.unknown)
        // The first spelling met stands for every contact with the value, in either half.
        let industries = Set(
            halves.contacts.compactMap { $0.dimensions[0].first(where: { $0.hasPrefix("Q") || $0.hasPrefix("q") }) })
        #expect(industries == [spellings.first])
    }
}
