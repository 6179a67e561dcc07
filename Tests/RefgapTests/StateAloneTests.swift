import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapNormalize
import RefgapRender
import Testing

/// A state or province with no country beside it is read through the built-in US and Canadian tables
/// (`WA` as Washington, where an Australian office means Western Australia): a guess, which the report's
/// data quality and `refgap validate` count, with its pipeline and the setting that settles it.
@Suite("Regions read from a state alone")
struct StateAloneTests {
    typealias Sample = SupplyVocabularyTests

    /// SampleData's export and roster as a report without the country column (a Salesforce report
    /// laid out with Billing State/Province only).
    static func withoutCountry(_ name: String) throws -> [[String]] {
        let rows = try Sample.rows(name)
        let country = try #require(rows[0].firstIndex(of: "Billing Country"))
        return rows.map { row in row.indices.filter { $0 != country }.map { row[$0] } }
    }

    @Test func openDealsAndContactsReadFromAStateAloneAreCountedWithTheirPipeline() throws {
        let deals = try Self.withoutCountry("opportunities.csv")
        let header = deals[0]
        let stage = try #require(header.firstIndex(of: "Stage"))
        let close = try #require(header.firstIndex(of: "Close Date"))
        let state = try #require(header.firstIndex(of: "Billing State/Province"))
        let amount = try #require(header.firstIndex(of: "Amount (Converted)"))
        let written = try #require(header.firstIndex(of: "Amount"))
        let inWindows = Sample.closesInWindows
        func inTables(_ s: String) -> Bool {
            RegionTable.usStates[Text.fold(s)] != nil || RegionTable.caProvinces[Text.fold(s)] != nil
        }
        // Counted here from the file: open deals closing in the windows with a state the tables know
        // (the rows whose amount is not a number are rejected: SampleData has three).
        var counted = 0, cents = 0
        for row in deals.dropFirst() where row.count == header.count {
            guard !row[stage].hasPrefix("Closed"), inWindows(row[close]), inTables(row[state]),
                Double(row[written]) != nil, Double(row[amount]) != nil
            else { continue }
            counted += 1
            cents += Int(((Double(row[amount]) ?? 0) * 100).rounded())
        }
        // Contacts who may serve: SampleData's statuses are the built-in names (Inactive, Left company,
        // Do not use, Retired are inactive).
        let contacts = try Self.withoutCountry("roster.csv")
        let contactState = try #require(contacts[0].firstIndex(of: "Billing State/Province"))
        let account = try #require(contacts[0].firstIndex(of: "Account Name"))
        let status = try #require(contacts[0].firstIndex(of: "Reference Status"))
        let readContacts = contacts.dropFirst().filter {
            $0.count == contacts[0].count && !$0[account].isEmpty && inTables($0[contactState])
                && Ingest.statusClasses[Text.fold($0[status])] != .inactive
        }.count
        let accounts = try Self.withoutCountry("accounts.csv")
        let accountState = try #require(accounts[0].firstIndex(of: "Billing State/Province"))
        let readAccounts = accounts.dropFirst().filter { $0.count == accounts[0].count && inTables($0[accountState]) }
            .count
        #expect(counted > 100 && readContacts > 50 && readAccounts > 10)

        let dir = try Sample.program([
            "opportunities.csv": Sample.csv(deals), "roster.csv": Sample.csv(contacts),
            "accounts.csv": Sample.csv(accounts),
        ])
        let run = try runPipeline(dir)
        let quality = run.result.segmented.dataQuality
        #expect(quality.stateAloneDeals.values.reduce(0) { $0 + $1.count } == counted)
        #expect(quality.stateAloneDeals.values.reduce(0) { $0 + $1.cents } == cents)
        #expect(quality.stateAloneContacts.values.reduce(0) { $0 + $1.count } == readContacts)
        #expect(quality.stateAloneAccounts.values.reduce(0) { $0 + $1.count } == readAccounts)
        let pipeline = Format.money(Double(cents) / 100, "USD")
        let line =
            "opportunities: \(counted) open deals in the windows (\(pipeline) of pipeline) have a state or province but no country"
        #expect(file(run, "gap-report.md").contains(line))
        #expect(file(run, "gap-report.md").contains("roster: \(readContacts) contacts have a state or province"))
        #expect(file(run, "gap-report.md").contains("accounts: \(readAccounts) accounts have a state or province"))
        // run.json lists every state: its counts add up to the same.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(file(run, "run.json").utf8)) as? [String: Any])
        let listed = try #require(
            ((json["vocabulary"] as? [String: Any])?["regions_from_state_alone"] as? [String: Any])?["opportunities"]
                as? [[String: Any]])
        #expect(listed.reduce(0) { $0 + (($1["open_deals_in_windows"] as? Int) ?? 0) } == counted)
        #expect(listed.count == quality.stateAloneDeals.count)
        let v = try runBinary(["validate", dir, "--as-of", "2026-11-24"], in: dir)
        #expect(v.stdout.contains(line), "\(v.stdout)")

        // Each state given its region in refgap.yml: no guess left to say.
        let states = Set(quality.stateAloneDeals.keys).union(quality.stateAloneContacts.keys)
            .union(quality.stateAloneAccounts.keys)
        let config =
            try String(contentsOfFile: dir + "/refgap.yml", encoding: .utf8) + "regions:\n"
            + states.sorted().map { "  \(Text.yamlQuote($0)): US-West\n" }.joined()
        try write(config, to: dir + "/refgap.yml")
        let settled = try runPipeline(dir)
        #expect(settled.result.segmented.dataQuality.stateAloneDeals.isEmpty)
        #expect(settled.result.segmented.dataQuality.stateAloneContacts.isEmpty)
        #expect(settled.result.segmented.dataQuality.stateAloneAccounts.isEmpty)
        #expect(!file(settled, "gap-report.md").contains("a state or province but no country"))

        // Or one line naming the country: the same regions as the built-in tables read, no guess said.
        #expect(v.stdout.contains("`state_country: United States` keeps this reading"), "\(v.stdout)")
        let sampleConfig = try String(contentsOfFile: Sample.sample + "/refgap.yml", encoding: .utf8)
        try write(sampleConfig + "state_country: United States\n", to: dir + "/refgap.yml")
        let named = try runPipeline(dir)
        #expect(named.result.segmented.dataQuality.stateAloneDeals.isEmpty)
        #expect(named.result.segmented.dataQuality.stateAloneContacts.isEmpty)
        #expect(named.result.segmented.dataQuality.stateAloneAccounts.isEmpty)
        #expect(!file(named, "gap-report.md").contains("a state or province but no country"))
        #expect(named.result.prioritized.totals.covered == run.result.prioritized.totals.covered)
        #expect(named.result.segmented.buckets.map(\.dimensions) == run.result.segmented.buckets.map(\.dimensions))
        let validated = try runBinary(["validate", dir, "--as-of", "2026-11-24"], in: dir)
        #expect(!validated.stdout.contains("a state or province but no country"), "\(validated.stdout)")
    }

    /// `state_country` is the country of a state written alone: its own states' table, or the country's
    /// region; a row's own country cell still wins, and a row with no state is left as it was.
    @Test func stateCountryNamesTheCountryOfAStateAlone() {
        func region(_ country: String?, _ cells: [String: String]) -> String? {
            var config = Config()
            config.stateCountry = country
            var n = Normalizer(config: config)
            return n.value("region", RawDimensions(cells)).first
        }
        #expect(region(nil, ["state": "WA"]) == RegionTable.usStates["wa"])
        #expect(region("United States", ["state": "WA"]) == RegionTable.usStates["wa"])
        #expect(region("USA", ["state": "WA"]) == RegionTable.usStates["wa"])
        #expect(region("Australia", ["state": "WA"]) == RegionTable.countries["australia"])
        #expect(region("Australia", ["state": "WA", "country": "United States"]) == RegionTable.usStates["wa"])
        #expect(region("Canada", ["state": "Ontario"]) == RegionTable.caProvinces["ontario"])
        #expect(region("Australia", ["industry": "Retail"]) == nil, "no state: nothing to place")
        #expect(region("Atlantis", ["state": "WA"]) == "Atlantis", "a country no table knows is its own region")
        var config = Config()
        config.stateCountry = "Australia"
        #expect(Normalizer(config: config).regionFromStateAlone(RawDimensions(["state": "WA"])) == nil)
    }

    /// With the country there (SampleData as it is), nothing was guessed.
    @Test func aStateBesideItsCountryIsNoGuess() throws {
        let run = try runPipeline(try Sample.program([:]))
        #expect(run.result.segmented.dataQuality.stateAloneDeals.isEmpty)
        #expect(run.result.segmented.dataQuality.stateAloneContacts.isEmpty)
        #expect(run.result.segmented.dataQuality.stateAloneAccounts.isEmpty)
    }

    /// The advice's example maps WA to the region the built-in tables give Australia, so the deals it
    /// moves meet Australia's contacts and needs (an `APJ` of its own met none).
    @Test func theAdviceNamesAustraliasOwnRegion() {
        #expect(RegionTable.countries[RegionTable.countryKey("australia")] == StateAloneText.australia)
    }

    /// Cells as text (a row the ids cannot describe) are counted as the ids' rows are.
    @Test func aRowOfTextCellsIsCountedToo() {
        var n = Normalizer(config: Config())
        #expect(n.regionFromStateAlone(RawDimensions(["state": "WA"])) == "WA")
        #expect(n.regionFromStateAlone(RawDimensions(["state": "Ontario"])) == "Ontario")
        #expect(n.regionFromStateAlone(RawDimensions(["state": "WA", "country": "Australia"])) == nil)
        #expect(n.regionFromStateAlone(RawDimensions(["state": "WA", "region": "APJ"])) == nil)
        #expect(n.regionFromStateAlone(RawDimensions(["state": "New South Wales"])) == nil, "no table knows it")
        var quality = DataQuality()
        let cells = RawDimensions(["state": "WA"])
        let values = n.config.dimensions.map { n.value($0, cells).first }
        n.noteStateAlone(cells, values: values, cents: 12_500, quality: &quality)
        #expect(quality.stateAloneDeals["WA"]?.count == 1 && quality.stateAloneDeals["WA"]?.cents == 12_500)
        var pinned = Config()
        pinned.regions = ["WA": "APJ"]
        #expect(Normalizer(config: pinned).regionFromStateAlone(cells) == nil, "regions: settles it")
    }
}
