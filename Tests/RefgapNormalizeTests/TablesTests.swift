import Testing
@testable import RefgapNormalize
import RefgapIngest
import RefgapModel

@Suite("Normalization tables")
struct TablesTests {
    static let regions: Set<String> = [
        "US-Northeast", "US-Midwest", "US-South", "US-West", "AMER", "EMEA", "APAC", "LATAM",
    ]

    func folded(_ key: String) -> Bool { !key.isEmpty && key == Text.fold(key) }

    @Test func keysAreFoldedAndValuesCanonical() {
        for (k, v) in RegionTable.usStates {
            #expect(folded(k))
            #expect(Self.regions.contains(v), "\(k)")
        }
        for (k, v) in RegionTable.countries {
            #expect(folded(k))
            #expect(Self.regions.contains(v), "\(k)")
        }
        for (k, v) in RegionTable.regionNames {
            #expect(folded(k))
            #expect(Self.regions.contains(v), "\(k)")
        }
        for (k, v) in IndustryTable.synonyms {
            #expect(folded(k))
            #expect(IndustryTable.canonical.contains(v), "\(k)")
        }
        for (k, v) in SizeTable.bands {
            #expect(folded(k))
            #expect(SizeTable.canonical.contains(v), "\(k)")
        }
        for (k, v) in ActivityTable.activities {
            #expect(folded(k))
            #expect(ActivityTable.canonical.contains(v), "\(k)")
        }
        for (k, v) in SeniorityTable.levels {
            #expect(folded(k))
            #expect(Seniority.allCases.map(\.label).contains(v), "\(k)")
        }
    }

    @Test func spotChecks() {
        #expect(RegionTable.usStates["illinois"] == "US-Midwest" && RegionTable.usStates["il"] == "US-Midwest")
        #expect(RegionTable.usStates["texas"] == "US-South" && RegionTable.usStates["california"] == "US-West")
        #expect(RegionTable.usStates["newyork"] == "US-Northeast")
        #expect(RegionTable.countries["de"] == "EMEA" && RegionTable.countries["germany"] == "EMEA")
        #expect(RegionTable.countries["brazil"] == "LATAM" && RegionTable.countries["br"] == "LATAM")
        #expect(RegionTable.countries["japan"] == "APAC" && RegionTable.countries["unitedkingdom"] == "EMEA")
        #expect(IndustryTable.synonyms[Text.fold("Hospital & Health Care")] == "Healthcare")
        #expect(IndustryTable.synonyms[Text.fold("Health Care")] == "Healthcare")
        #expect(IndustryTable.synonyms[Text.fold("Banking")] == "Financial Services")
        #expect(SizeTable.bands[Text.fold("201-500")] == "Mid-Market")
        #expect(ActivityTable.activities[Text.fold("Customer Advisory Board")] == "Advisory board")
    }

    @Test func regionsFromCountryAndState() {
        var n = Normalizer(config: Config())
        #expect(n.region(RawDimensions(["state": "OH", "country": "United States"])) == "US-Midwest")
        #expect(n.region(RawDimensions(["state": "Illinois"])) == "US-Midwest")
        #expect(n.region(RawDimensions(["state": "Ontario", "country": "Canada"])) == "AMER")
        #expect(n.region(RawDimensions(["country": "Deutschland"])) == "EMEA")
        #expect(n.region(RawDimensions(["state": "Bavaria", "country": "DE"])) == "EMEA")
        #expect(n.region(RawDimensions(["region": "Midwest"])) == "US-Midwest")
        var custom = Config()
        custom.regions = ["Puerto Rico": "US-South"]
        var m = Normalizer(config: custom)
        #expect(m.region(RawDimensions(["state": "Puerto Rico"])) == "US-South")
    }

    @Test func sizesFromBandsAndCounts() {
        var n = Normalizer(config: Config())
        #expect(n.size(RawDimensions(["employees": "99"])) == "SMB")
        #expect(n.size(RawDimensions(["employees": "100"])) == "Mid-Market")
        #expect(n.size(RawDimensions(["employees": "3,200"])) == "Enterprise")
        #expect(n.size(RawDimensions(["employees": "10000"])) == "Strategic")
        #expect(n.size(RawDimensions(["size": "Mid Market"])) == "Mid-Market")
        var custom = Config()
        custom.sizeBands = [50, 500, 5000]
        var m = Normalizer(config: custom)
        #expect(m.size(RawDimensions(["employees": "60"])) == "Mid-Market")
    }

    @Test func industrySynonymsFoldAndConfigWins() {
        var n = Normalizer(config: Config())
        #expect(
            ["Health Care", "Healthcare", "Hospital & Health Care"].map { n.canonical("industry", $0) } == [
                "Healthcare", "Healthcare", "Healthcare",
            ])
        var custom = Config()
        custom.synonyms = ["industry": ["Clinics & Labs": "Healthcare"], "product": ["CP": "Cloud Platform"]]
        var m = Normalizer(config: custom)
        #expect(m.canonical("industry", "clinics & labs") == "Healthcare")
        #expect(m.value("product", RawDimensions(["product": "CP; Analytics"])) == ["Cloud Platform", "Analytics"])
        #expect(m.canonical("industry", "Aquaculture") == "Aquaculture")
        #expect(m.unknownValues["industry"] == ["Aquaculture"])
    }
}
