import RefgapIngest
import RefgapModel

/// Folds one row's dimension values to one spelling: the config's synonyms and regions, the built-in
/// tables, size bands from employee counts, seniority from titles; remembers the spellings it met.
package struct Normalizer: Sendable {
    package let config: Config
    /// Folded value → the spelling first seen, per dimension, for values no table knows.
    private var seen: [String: [String: String]] = [:]
    private var unknown: [String: [String]] = [:]
    /// Criteria read as any value by their words (`meansAny`), as written, in first-seen order.
    package private(set) var readAsAny: [(dimension: String, written: String)] = []
    /// How many criteria cells were read as any by their words.
    package private(set) var criteriaReadAsAny = 0
    private let configSynonyms: [String: [String: String]]
    let configRegions: [String: String]
    /// Where the product dimension is: a deal's product is never taken from its account.
    private let productIndex: Int?
    /// Per dimension: the cells that decide it, joined → the value (most rows repeat a few combinations).
    /// Found by the dimension's place in `memoDimensions`, not by hashing its name for every value.
    private var memo: [[String: [String]]] = []
    private var memoDimensions: [String] = []
    /// The region's value by the cells that decide it.
    private var regionMemo: [RegionCells: [String]] = [:]
    struct RegionCells: Hashable, Sendable {
        let region, state, country: String
    }
    /// What is remembered of rows whose cells come as ids (`KeyedValueMemo`).
    var keyed = KeyedValueMemo()
    private var activityMemo: [String: String] = [:]
    /// One product as written → its spelling: a roster's product lists (1–4 of a dozen products, in
    /// any order) run to thousands, over the same dozen products.
    private var productMemo: [String: String] = [:]
    /// The last activity cell read and its value (compared in place: binding the pair copied both).
    private var lastActivityRaw: String?
    private var lastActivityValue = ""

    package init(config: Config) {
        self.config = config
        configSynonyms = config.synonyms.mapValues { dict in
            Dictionary(dict.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        configRegions = Dictionary(
            config.regions.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        productIndex = config.dimensions.firstIndex(of: "product")
    }

    /// Blank, `Any`, `All`, `*` and `-` mean any value (`Text.meansAny`).
    package static func isAny(_ raw: String?) -> Bool { raw.map(Text.meansAny) ?? true }

    // MARK: One value

    /// The normalized value of `dimension` from a row's cells; nil when blank.
    package mutating func value(_ dimension: String, _ cells: RawDimensions) -> [String] {
        let key: String
        switch dimension {
        case "region":
            // Remembered by the three cells as they are: joined into one key, most rows' key was a new
            // string (a roster of 20,000 contacts: 11,000 of them).
            let regionKey = RegionCells(
                region: cells["region"] ?? "", state: cells["state"] ?? "", country: cells["country"] ?? "")
            if let known = regionMemo[regionKey] { return known }
            let v = computeValue(dimension, cells)
            if regionMemo.count < 32768 { regionMemo[regionKey] = v }
            return v
        case "size":
            // An employee count alone (most rosters and exports) is banded directly: its values are
            // too many to remember, and a band is only a comparison away.
            if cells["size"] == nil, let employees = cells["employees"], let n = Values.integer(employees) {
                return Self.bandValues[bandIndex(employees: n)]
            }
            key = (cells["size"] ?? "") + "\u{1F}" + (cells["employees"] ?? "")
        default: key = cells[dimension] ?? ""
        }
        let slot: Int
        if let known = memoDimensions.firstIndex(of: dimension) {
            slot = known
        } else {
            slot = memo.count
            memoDimensions.append(dimension)
            memo.append([:])
        }
        if let known = memo[slot][key] { return known }
        let v = computeValue(dimension, cells)
        // Bounded: a column of many distinct values is computed, not remembered. A roster's product
        // lists (1–4 of a dozen products, in any order) run to thousands.
        if memo[slot].count < 32768 { memo[slot][key] = v }
        return v
    }

    private mutating func computeValue(_ dimension: String, _ cells: RawDimensions) -> [String] {
        switch dimension {
        case "region": return region(cells).map { [$0] } ?? []
        case "size": return size(cells).map { [$0] } ?? []
        case "product":
            var products: [String] = []
            for raw in Values.list(cells["product"] ?? "") {
                // (Swift's strings compare canonically: `Café` with one é and with e + U+0301 are one
                // key here, as they fold alike, `Text.fold`.)
                let product: String
                if let known = productMemo[raw] {
                    product = known
                } else {
                    product = canonical("product", raw)
                    if productMemo.count < 4096 { productMemo[raw] = product }
                }
                // A list names a few products: a repeat is found by looking, not by hashing.
                if !products.contains(product) { products.append(product) }
            }
            return products
        default:
            guard let raw = cells[dimension], !Self.isAny(raw) else { return [] }
            return [canonical(dimension, raw)]
        }
    }

    /// A criterion (calendar need, growth goal): nil for any.
    package mutating func criterion(_ dimension: String, _ raw: String?) -> String? {
        guard let raw, !Self.isAny(raw) else { return nil }
        if configSynonyms[dimension]?[Text.fold(raw)] == nil, Self.meansAny(raw) {
            criteriaReadAsAny += 1
            if !readAsAny.contains(where: { $0.dimension == dimension && $0.written == raw }) {
                readAsAny.append((dimension, raw))
            }
            return nil
        }
        var cells: [String: String] = [dimension: raw]
        if dimension == "size", let n = Values.integer(raw) { cells = ["employees": String(n)] }
        // A synonym to `Any` (`synonyms: {region: {Global: Any}}`) asks for no value, not for one named "Any".
        guard let v = value(dimension, RawDimensions(cells)).first, !Self.isAny(v) else { return nil }
        return v
    }

    /// Industry and other plain dimensions: the config's synonyms, the built-in table, else as first written.
    package mutating func canonical(_ dimension: String, _ raw: String) -> String {
        let f = Text.fold(raw)
        if let v = configSynonyms[dimension]?[f] { return v }
        switch dimension {
        case "industry": if let v = IndustryTable.synonyms[f] { return v }
        case "size": if let v = SizeTable.bands[f] { return v }
        case "activity": if let v = ActivityTable.activity(folded: f) { return v }
        case "region": if let v = RegionTable.regionName(f) { return v }
        default: break
        }
        if let v = seen[dimension]?[f] { return v }
        let display = collapseSpaces(raw)
        seen[dimension, default: [:]][f] = display
        if ["industry", "activity", "region", "size"].contains(dimension) {
            unknown[dimension, default: []].append(display)
        }
        return display
    }

    /// From a region column, else from country and state/province through the built-in table.
    package mutating func region(_ cells: RawDimensions) -> String? {
        if let r = cells["region"], !Self.isAny(r) {
            let f = Text.fold(r)
            if let v = configRegions[f] { return v }
            if let v = RegionTable.regionName(f) { return v }
            if let v = RegionTable.countries[RegionTable.countryKey(f)] { return v }
            if let v = RegionTable.usStates[f] { return v }
            return canonical("region", r)
        }
        let state = cells["state"].map(Text.fold) ?? ""
        // In the language the CRM exports in (`España`, `Vereinigte Staaten`): read as its English key.
        // A state with no country is in `state_country` where it is set.
        let written = cells["country"] ?? (state.isEmpty ? nil : config.stateCountry)
        let country = written.map { RegionTable.countryKey(Text.fold($0)) } ?? ""
        if !state.isEmpty, let v = configRegions[state] { return v }
        if !country.isEmpty, let v = configRegions[country] { return v }
        let isUS = country.isEmpty || RegionTable.unitedStatesKeys.contains(country)
        if !state.isEmpty, isUS, let v = RegionTable.usStates[state] { return v }
        if !state.isEmpty, country.isEmpty || country == "canada" || country == "ca" || country == "can",
            let v = RegionTable.caProvinces[state]
        {
            return v
        }
        if !country.isEmpty, let v = RegionTable.countries[country] { return v }
        if !country.isEmpty, let raw = written { return canonical("region", raw) }
        return nil
    }

    /// From a size/band column (a band name or an employee count), else from the employee count.
    package mutating func size(_ cells: RawDimensions) -> String? {
        if let s = cells["size"], !Self.isAny(s) {
            if let n = Values.integer(s) { return band(employees: n) }
            return canonical("size", s)
        }
        if let e = cells["employees"] {
            if let n = Values.integer(e) { return band(employees: n) }
            if let v = SizeTable.bands[Text.fold(e)] { return v }
        }
        return nil
    }

    /// 1–99 SMB, 100–999 Mid-Market, 1,000–9,999 Enterprise, 10,000+ Strategic (configurable).
    package func band(employees n: Int) -> String { Self.bandNames[bandIndex(employees: n)] }

    static let bandNames = ["SMB", "Mid-Market", "Enterprise", "Strategic"]
    /// Each band as a dimension's value.
    private static let bandValues = bandNames.map { [$0] }

    /// The index of a company size's band in `bandNames`.
    func bandIndex(employees n: Int) -> Int {
        let b = config.sizeBands
        if b.count == 3 {
            if n >= b[2] { return 3 }
            if n >= b[1] { return 2 }
            if n >= b[0] { return 1 }
        }
        return 0
    }

    package mutating func activity(_ raw: String?) -> String {
        guard let raw, !Self.isAny(raw) else { return canonical("activity", config.defaultActivity) }
        return canonical("activity", raw)
    }

    /// The probability used for an open deal: the column where valid, else the stage's (refgap.yml or
    /// the CRM's default, decided in ingest), else `default_probability`.
    package func probability(_ row: OpportunityRow) -> Double {
        row.probability ?? row.stageProbability ?? config.defaultProbability
    }

    package var unknownValues: [String: [String]] { unknown }

    /// Takes the spellings another normalizer (a later part of the same file) met first.
    package mutating func absorb(_ other: Normalizer) {
        for (dimension, values) in other.seen {
            for (folded, display) in values where seen[dimension]?[folded] == nil {
                seen[dimension, default: [:]][folded] = display
                if ["industry", "activity", "region", "size"].contains(dimension) {
                    unknown[dimension, default: []].append(display)
                }
            }
        }
    }

    /// Whether every value `other` met is spelled here as `other` spelled it: then what `other`'s part
    /// built needs no renaming (the first part always; a later one unless it met first a value an
    /// earlier part wrote another way).
    package func agrees(with other: Normalizer) -> Bool {
        other.seen.allSatisfy { dimension, values in
            let mine = seen[dimension]
            return values.allSatisfy { mine?[$0.key] == $0.value }
        }
    }

    /// The spelling this normalizer uses for a value it met (the first one seen), else the value.
    package func display(_ dimension: String, _ value: String) -> String {
        seen[dimension]?[Text.fold(value)] ?? value
    }

    private func collapseSpaces(_ s: String) -> String {
        Text.trim(s).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(
            separator: " ")
    }

    /// `rememberedActivity` for what it remembers, without taking the value.
    mutating func noteActivity(_ raw: String?) {
        if lastActivityRaw == (raw ?? "") { return }
        _ = rememberedActivity(raw)
    }

    /// `activity(_:)`, remembered per written value (the last one first: most exports repeat one).
    mutating func rememberedActivity(_ raw: String?) -> String {
        let key = raw ?? ""
        if lastActivityRaw == key { return lastActivityValue }
        let v: String
        if let known = activityMemo[key] {
            v = known
        } else {
            v = activity(raw)
            if activityMemo.count < 4096 { activityMemo[key] = v }
        }
        lastActivityRaw = key
        lastActivityValue = v
        return v
    }
}

extension Normalizer {
    /// One opportunity: dimensions normalized, blanks filled from its account, probability resolved.
    /// Counts blank dimensions and enrichment in `quality`.
    package mutating func opportunity(_ row: OpportunityRow, book: AccountBook, quality: inout DataQuality)
        -> Opportunity
    {
        var code: Int? = nil
        return opportunity(row, account: { row.account }, book: book, quality: &quality, dimensionsCode: &code)
    }

    /// As `opportunity`, with a code for its dimension values when they were read by ids (else nil):
    /// equal codes from one normalizer mean equal values (codes of different normalizers never
    /// coincide), so a caller can remember what it derived from the values by the code instead of
    /// hashing them.
    /// `account` gives the row's account name, for a row read without it (it is read only to fill
    /// blank dimensions from the accounts export).
    /// `inDemand`: the deal falls in a window (not overdue and set aside): only then do its blank
    /// dimensions count as open deals that match any contact.
    package mutating func opportunity(
        _ row: OpportunityRow, account: () -> String, book: AccountBook, quality: inout DataQuality,
        dimensionsCode: inout Int?, inDemand: Bool = true
    ) -> Opportunity {
        let values = dimensionValues(
            row, account: account, book: book, quality: &quality, dimensionsCode: &dimensionsCode,
            inDemand: inDemand)
        return Opportunity(
            id: row.id, name: row.name, owner: row.owner, account: row.account, stage: row.stage,
            closeDate: row.closeDate, amount: row.amount, probability: probability(row),
            isClosed: row.isClosed, referenceNeeded: row.referenceNeeded, activity: rememberedActivity(row.activity),
            dimensions: values,
            line: row.line, share: row.share, countsAsDeal: row.countsAsDeal, lineItem: row.lineItem,
            lineItems: row.lineItems, unconvertedCurrency: row.unconvertedCurrency, bucketCounted: row.bucketCounted)
    }

    /// What `opportunity` notes of a row (its blank and filled-in dimensions, the spellings it meets),
    /// without making the opportunity: for a deal that is only counted (`SalesAccumulator.countIfOnlyCounted`).
    package mutating func note(
        _ row: OpportunityRow, account: () -> String, book: AccountBook, quality: inout DataQuality
    ) {
        // The usual row, a combination of values seen before with none blank: nothing to fill or
        // count, and no values array taken.
        if let unit = row.dimensions.keyedUnit,
            unit._withUnsafeGuaranteedRef({ keyedComplete($0, row.dimensions.keyedIDs, row.dimensions) }) == true
        {
            noteActivity(row.activity)
            return
        }
        var code: Int? = nil
        _ = dimensionValues(
            row, account: account, book: book, quality: &quality, dimensionsCode: &code, inDemand: false)
        noteActivity(row.activity)
    }

    /// A row's dimension values, filled in from its account where blank, and their code (nil when
    /// they were not read by ids or were filled in); notes filled-in dimensions, and blank ones of an
    /// open deal `inDemand` (a trial's "49 open deals have no size" counted 11 overdue ones set aside).
    private mutating func dimensionValues(
        _ row: OpportunityRow, account: () -> String, book: AccountBook, quality: inout DataQuality,
        dimensionsCode: inout Int?, inDemand: Bool
    ) -> [String?] {
        let dims = config.dimensions
        var values: [String?]
        var code: Int? = nil
        if let unit = row.dimensions.keyedUnit {
            // The row holds its table: borrowed here without a retain and release.
            (values, code) = unit._withUnsafeGuaranteedRef { table in
                keyedValues(table, row.dimensions.keyedIDs, row.dimensions)
            }
        } else {
            values = dims.map { value($0, row.dimensions).first }
        }
        // The account's products are what the customer already runs, not what the deal sells: a
        // deal's blank product stays blank (it matches any contact's product).
        let open = !row.isClosed && inDemand
        let fillable = !book.accounts.isEmpty && values.indices.contains { values[$0] == nil && $0 != productIndex }
        let listed = fillable ? book.account(named: account()) : nil
        // Its blanks could have been filled had the accounts export listed its account.
        let unlisted = fillable && listed == nil
        if let account = listed {
            var filled = false
            let cents = open ? Int((row.amount * row.share * 100).rounded()) : 0
            for i in values.indices where values[i] == nil && i != productIndex {
                if let v = account.dimensions[i].first {
                    values[i] = v
                    filled = true
                    quality.filledOpportunityDimensions[dims[i], default: 0] += 1
                    if open {
                        quality.filledOpenDimensions[dims[i], default: 0] += 1
                        quality.filledOpenCents[dims[i], default: 0] += cents
                    }
                }
            }
            if filled {
                quality.enrichedOpportunities += 1
                if open {
                    quality.enrichedOpenOpportunities += 1
                    quality.enrichedOpenCents += cents
                }
                code = nil
            }
        }
        if open {
            let cents = Int((row.amount * row.share * 100).rounded())
            // A deal of several line items is one deal (its later rows carry their share of the amount).
            for (i, v) in values.enumerated() where v == nil {
                quality.blankDimensions[dims[i], default: 0] += row.countsAsDeal ? 1 : 0
                if unlisted && i != productIndex {
                    quality.blankUnlistedAccount[dims[i], default: 0] += row.countsAsDeal ? 1 : 0
                }
                quality.blankDimensionCents[dims[i], default: 0] += cents
            }
            noteStateAlone(row.dimensions, values: values, cents: cents, quality: &quality)
        }
        dimensionsCode = code
        return values
    }
}
