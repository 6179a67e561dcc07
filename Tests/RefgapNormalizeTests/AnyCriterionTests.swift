import Testing
import RefgapModel

@testable import RefgapNormalize

/// A new-user trial's calendar asked for `N/A`, `All Industries`, `Any industry`, `Global` and
/// `Worldwide`: each became a value no contact carries, and mapping it to `Any` made a value named "Any".
@Suite("Criteria that mean any value")
struct AnyCriterionTests {
    @Test func wordsForNoRequirementAskForNoValue() {
        var n = Normalizer(config: Config())
        for (dimension, written) in [
            ("industry", "N/A"), ("industry", "All Industries"), ("industry", "Any industry"),
            ("region", "Global"), ("region", "Worldwide"), ("size", "any size"),
        ] {
            #expect(n.criterion(dimension, written) == nil, "\(written)")
        }
        #expect(n.readAsAny.count == 6)
        // Real values stay values; `isAny`'s own words (blank, Any, All, -) are not noted.
        #expect(n.criterion("industry", "Healthcare") == "Healthcare")
        #expect(n.criterion("region", "EMEA") == "EMEA")
        // North America, not "not applicable" (a differential trial's calendar asked NA for any region).
        #expect(n.criterion("region", "NA") == "AMER")
        #expect(n.criterion("region", "N.A.") == "AMER")
        #expect(n.criterion("industry", "Any") == nil)
        #expect(n.readAsAny.count == 6)
    }

    @Test func aSynonymDecidesBeforeTheWordsAndOneToAnyAsksForNone() {
        var config = Config()
        config.synonyms = ["region": ["Global": "EMEA", "Worldwide": "Any"]]
        var n = Normalizer(config: config)
        #expect(n.criterion("region", "global") == "EMEA")
        #expect(n.criterion("region", "Worldwide") == nil)
        #expect(n.readAsAny.isEmpty)
    }
}
