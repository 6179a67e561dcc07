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

    /// Countries as a CRM set to another language exports them (a trial's Spanish Zoho export: `España`,
    /// `México`, `Perú`; a German Salesforce one: `Schweiz`, `Österreich`) were regions of their own.
    @Test func countriesInOtherLanguagesFindTheirRegion() {
        var n = Normalizer(config: Config())
        let expected = [
            "España": "EMEA", "Espana": "EMEA", "México": "LATAM", "Perú": "LATAM", "Schweiz": "EMEA",
            "Österreich": "EMEA", "Suisse": "EMEA", "Nederland": "EMEA", "Türkiye": "EMEA", "Polska": "EMEA",
            "Belgique": "EMEA", "Sverige": "EMEA", "Brasil": "LATAM", "Brésil": "LATAM", "日本": "APAC",
            "Corée du Sud": "APAC", "Émirats arabes unis": "EMEA", "Côte d'Ivoire": "EMEA",
        ]
        for (country, region) in expected {
            #expect(n.region(RawDimensions(["country": country])) == region, "\(country)")
        }
        // The United States and Canada in German and Spanish still send the state to its table.
        #expect(n.region(RawDimensions(["state": "OH", "country": "Vereinigte Staaten"])) == "US-Midwest")
        #expect(n.region(RawDimensions(["state": "Ohio", "country": "Estados Unidos"])) == "US-Midwest")
        #expect(n.region(RawDimensions(["state": "Ontario", "country": "Kanada"])) == "AMER")
        // A region column holding a country's own name, or a region in another language (trial h4).
        #expect(n.region(RawDimensions(["region": "España"])) == "EMEA")
        for (region, expected) in [
            ("Europa", "EMEA"), ("Amérique du Nord", "AMER"), ("Latinoamérica", "LATAM"), ("América Latina", "LATAM"),
            ("Asien-Pazifik", "APAC"), ("Inglaterra", "EMEA"), ("Cingapura", "APAC"),
        ] {
            #expect(n.region(RawDimensions(["region": region])) == expected, "\(region)")
        }
    }

    /// Every name leads to a country of the table, and no name is the table's own key.
    @Test func countryNamesLeadToTheTable() {
        for (name, english) in CountryNames.english {
            #expect(RegionTable.countries[english] != nil, "\(name) → \(english)")
            #expect(folded(name), "\(name) is not folded")
        }
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

    /// A product list's products are remembered as written (a roster repeats a dozen products over
    /// thousands of lists), and remembering must not change an answer. `Café` with one é and with e +
    /// U+0301 are one key to Swift (its strings compare canonically), so they must fold as one too:
    /// else a value's spelling depended on which form came first. Compared as bytes: as strings the
    /// two forms are equal.
    @Test func canonicallyEqualSpellingsFoldAsOneAndMemoryChangesNoAnswer() {
        let composed = "Caf\u{E9} Suite", decomposed = "Cafe\u{301} Suite"
        #expect(Array(Text.fold(composed).utf8) == Array(Text.fold(decomposed).utf8))
        #expect(Array(Text.fold(decomposed).utf8) == Array("caf\u{E9}suite".utf8))
        // A Hangul syllable and its jamo (whose vowel and final join without a combining class).
        #expect(Array(Text.fold("\u{1112}\u{1161}\u{11AB}\u{AD6D}").utf8) == Array(Text.fold("\u{D55C}\u{AD6D}").utf8))
        #expect(Array(Text.fold("Stra\u{DF}e M\u{FC}ller").utf8) == Array("stra\u{DF}em\u{FC}ller".utf8))
        var remembering = Normalizer(config: Config())
        var direct = Normalizer(config: Config())
        _ = remembering.value("product", RawDimensions(["product": "Analytics; \(composed)"]))
        _ = direct.value("product", RawDimensions(["product": "Analytics; \(composed)"]))
        for cell in ["\(decomposed); Analytics", "Analytics; \(decomposed)", "analytics ; CAFE\u{301} SUITE"] {
            let got = remembering.value("product", RawDimensions(["product": cell]))
            let expected = Values.list(cell).map { direct.canonical("product", $0) }
            #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(cell)")
            // Both forms are the product first seen, as first written.
            #expect(got.map { Array($0.utf8) }.contains(Array(composed.utf8)), "\(cell)")
        }
    }

    /// A new-user trial's calendar asked for `Speakers` and `Press Quotes`: kept as written, no
    /// contact could serve them. Plurals read as the activity.
    @Test func activitiesAreReadInThePluralToo() {
        var n = Normalizer(config: Config())
        #expect(n.activity("Speakers") == "Speaker")
        #expect(n.activity("Press Quotes") == "Press quote")
        #expect(n.activity("Site visits") == "Site visit")
        #expect(n.activity("Case Studies") == "Case study")
        #expect(n.activity("Customer stories") == "Case study")
        #expect(n.activity("Podcasts") == "Webinar")
        #expect(n.activity("Hackathons") == "Hackathons")
    }
}
