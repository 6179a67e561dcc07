import RefgapIngest
import RefgapModel
import Synchronization

/// The normalize stage: folds dimension values to one spelling (synonyms, the region table, size
/// bands), derives seniority from titles, resolves probabilities, and fills the blank dimensions of
/// opportunities and roster contacts from their account (never a deal's product).
public struct NormalizedInputs: Sendable {
    public var needs: [Need]
    public var contacts: [Contact]
    public var accounts: [Account]
    public var ledgers: [InputLedger]
    /// The roster has a last-verified column (if not, staleness is not checked).
    public var rosterHasVerifiedColumn: Bool
    public var dataQuality: DataQuality

    public init(needs: [Need], contacts: [Contact], accounts: [Account], ledgers: [InputLedger],
                rosterHasVerifiedColumn: Bool, dataQuality: DataQuality) {
        self.needs = needs; self.contacts = contacts; self.accounts = accounts
        self.ledgers = ledgers; self.rosterHasVerifiedColumn = rosterHasVerifiedColumn; self.dataQuality = dataQuality
    }
}

/// What normalize saw that the report's data-quality section shows.
public struct DataQuality: Sendable, Equatable {
    /// Per dimension: open opportunities with no value (after enrichment).
    public var blankDimensions: [String: Int] = [:]
    /// Opportunities whose blank dimensions were filled from the accounts export.
    public var enrichedOpportunities = 0
    /// Per dimension: opportunities whose blank value on it came from their account.
    public var filledOpportunityDimensions: [String: Int] = [:]
    /// Per dimension: roster contacts whose blank value on it came from their account.
    public var filledContactDimensions: [String: Int] = [:]
    /// Values no synonym or table knew, kept as written: dimension → values.
    public var unknownValues: [String: [String]] = [:]
    public init() {}
}

public struct Normalizer: Sendable {
    public let config: Config
    /// Folded value → the spelling first seen, per dimension, for values no table knows.
    private var seen: [String: [String: String]] = [:]
    private var unknown: [String: [String]] = [:]
    private let configSynonyms: [String: [String: String]]
    private let configRegions: [String: String]
    /// Where the product dimension is: a deal's product is never taken from its account.
    private let productIndex: Int?
    /// Per dimension: the cells that decide it, joined → the value (most rows repeat a few combinations).
    private var memo: [String: [String: [String]]] = [:]
    /// Opportunity rows whose cells come as ids: per dimension (config order), the packed ids of the
    /// cells that decide it → the place of the value in `keyedValueTable`.
    private var keyedMemo: [PackedIDs] = []
    /// The same for dimensions decided by one cell: at `id × dimensions + dimension`, the place of the
    /// value in `keyedValueTable` (-1 not yet known; 4 bytes a cell id: an employee count column can
    /// have tens of thousands of ids).
    private var keyedByID: [Int32] = []
    /// Per dimension, each value met (nil for blank) and its place in that list.
    private var keyedValueTable: [[String?]] = []
    private var keyedValuePlace: [[String?: Int32]] = []
    /// The table of ids the memos refer to (one per part of the file).
    private var keyedTable: DimensionTable?
    /// Per dimension: the slots of the cells that decide it (at most four), and how many.
    private var keyedPlans: [(slots: SIMD4<Int32>, count: Int, isSize: Bool)] = []
    /// Per dimension, the place of each size band's name (-1 not yet known), for employee counts.
    private var keyedBandPlace: [SIMD4<Int32>] = []
    /// Each combination of places seen (dimension values, at most eight dimensions) → its index in
    /// `keyedCombos`, the row's values as one shared array: most rows repeat a few thousand.
    private var keyedComboIndex = PlaceCombos()
    private var keyedCombos: [[String?]] = []
    /// Per combination: no value blank (a row with it is neither filled in nor counted as blank).
    private var keyedCombosComplete: [Bool] = []
    /// Which tables of places the combinations' indices refer to: unique among all normalizers.
    private var keyedGeneration = 0
    private static let generations = Atomic<Int>(0)
    private var activityMemo: [String: String] = [:]
    /// The last activity cell read and its value (compared in place: binding the pair copied both).
    private var lastActivityRaw: String?
    private var lastActivityValue = ""

    public init(config: Config) {
        self.config = config
        configSynonyms = config.synonyms.mapValues { dict in
            Dictionary(dict.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        configRegions = Dictionary(config.regions.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        productIndex = config.dimensions.firstIndex(of: "product")
    }

    /// Blank, `Any`, `All`, `*` and `-` mean any value.
    public static func isAny(_ raw: String?) -> Bool {
        guard let raw else { return true }
        let f = Text.fold(raw)
        return f.isEmpty || f == "any" || f == "all" || f == "anyall" || raw == "*"
    }

    // MARK: One value

    /// The normalized value of `dimension` from a row's cells; nil when blank.
    public mutating func value(_ dimension: String, _ cells: RawDimensions) -> [String] {
        let key: String
        switch dimension {
        case "region": key = (cells["region"] ?? "") + "\u{1F}" + (cells["state"] ?? "") + "\u{1F}" + (cells["country"] ?? "")
        case "size": key = (cells["size"] ?? "") + "\u{1F}" + (cells["employees"] ?? "")
        default: key = cells[dimension] ?? ""
        }
        if let known = memo[dimension]?[key] { return known }
        let v = computeValue(dimension, cells)
        // Bounded: a column of many distinct values (employee counts) is computed, not remembered.
        if (memo[dimension]?.count ?? 0) < 4096 { memo[dimension, default: [:]][key] = v }
        return v
    }

    private mutating func computeValue(_ dimension: String, _ cells: RawDimensions) -> [String] {
        switch dimension {
        case "region": return region(cells).map { [$0] } ?? []
        case "size": return size(cells).map { [$0] } ?? []
        case "product":
            return unique(Values.list(cells["product"] ?? "").map { canonical("product", $0) })
        default:
            guard let raw = cells[dimension], !Self.isAny(raw) else { return [] }
            return [canonical(dimension, raw)]
        }
    }

    /// A criterion (calendar need, growth goal): nil for any.
    public mutating func criterion(_ dimension: String, _ raw: String?) -> String? {
        guard let raw, !Self.isAny(raw) else { return nil }
        var cells: [String: String] = [dimension: raw]
        if dimension == "size", let n = Values.integer(raw) { cells = ["employees": String(n)] }
        return value(dimension, RawDimensions(cells)).first
    }

    /// Industry and other plain dimensions: the config's synonyms, the built-in table, else as first written.
    public mutating func canonical(_ dimension: String, _ raw: String) -> String {
        let f = Text.fold(raw)
        if let v = configSynonyms[dimension]?[f] { return v }
        switch dimension {
        case "industry": if let v = IndustryTable.synonyms[f] { return v }
        case "size": if let v = SizeTable.bands[f] { return v }
        case "activity": if let v = ActivityTable.activities[f] { return v }
        case "region": if let v = RegionTable.regionNames[f] { return v }
        default: break
        }
        if let v = seen[dimension]?[f] { return v }
        let display = collapseSpaces(raw)
        seen[dimension, default: [:]][f] = display
        if ["industry", "activity", "region", "size"].contains(dimension) { unknown[dimension, default: []].append(display) }
        return display
    }

    /// From a region column, else from country and state/province through the built-in table.
    public mutating func region(_ cells: RawDimensions) -> String? {
        if let r = cells["region"], !Self.isAny(r) {
            let f = Text.fold(r)
            if let v = configRegions[f] { return v }
            if let v = RegionTable.regionNames[f] { return v }
            if let v = RegionTable.countries[f] { return v }
            if let v = RegionTable.usStates[f] { return v }
            return canonical("region", r)
        }
        let state = cells["state"].map(Text.fold) ?? ""
        let country = cells["country"].map(Text.fold) ?? ""
        if !state.isEmpty, let v = configRegions[state] { return v }
        if !country.isEmpty, let v = configRegions[country] { return v }
        let isUS = country.isEmpty || RegionTable.unitedStatesKeys.contains(country)
        if !state.isEmpty, isUS, let v = RegionTable.usStates[state] { return v }
        if !state.isEmpty, country.isEmpty || country == "canada" || country == "ca" || country == "can",
           let v = RegionTable.caProvinces[state] { return v }
        if !country.isEmpty, let v = RegionTable.countries[country] { return v }
        if !country.isEmpty, let raw = cells["country"] { return canonical("region", raw) }
        return nil
    }

    /// From a size/band column (a band name or an employee count), else from the employee count.
    public mutating func size(_ cells: RawDimensions) -> String? {
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
    public func band(employees n: Int) -> String { Self.bandNames[bandIndex(employees: n)] }

    static let bandNames = ["SMB", "Mid-Market", "Enterprise", "Strategic"]

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

    public mutating func activity(_ raw: String?) -> String {
        guard let raw, !Self.isAny(raw) else { return canonical("activity", config.defaultActivity) }
        return canonical("activity", raw)
    }

    /// The seniority column if it reads, else from the title: VP first (a Vice President is not a
    /// President), then C-level, Director (and Head of), Manager, else Practitioner. Words match whole.
    public static func seniority(column: String?, title: String) -> Seniority {
        if let column, let v = SeniorityTable.levels[Text.fold(column)] {
            switch v {
            case "C-level": return .cLevel
            case "VP": return .vp
            case "Director": return .director
            case "Manager": return .manager
            default: return .practitioner
            }
        }
        return seniority(title: title)
    }

    public static func seniority(title: String) -> Seniority {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let set = Set(words)
        let phrase = " " + words.joined(separator: " ") + " "
        if set.contains("vp") || set.contains("svp") || set.contains("evp") || set.contains("avp") || phrase.contains(" vice president ") {
            return .vp
        }
        let chiefs: Set<String> = ["chief", "ceo", "cio", "cto", "cfo", "cmo", "coo", "ciso", "cdo", "cro", "cpo", "cso", "cno", "cmio", "president", "founder", "cofounder"]
        if !set.isDisjoint(with: chiefs) { return .cLevel }
        if set.contains("director") || phrase.contains(" head of ") || set.contains("head") { return .director }
        if set.contains("manager") || set.contains("mgr") { return .manager }
        return .practitioner
    }

    /// The probability used for an open deal: the column where valid, else the stage's (refgap.yml or
    /// the CRM's default, decided in ingest), else `default_probability`.
    public func probability(_ row: OpportunityRow) -> Double {
        row.probability ?? row.stageProbability ?? config.defaultProbability
    }

    public var unknownValues: [String: [String]] { unknown }

    /// Takes the spellings another normalizer (a later part of the same file) met first.
    public mutating func absorb(_ other: Normalizer) {
        for (dimension, values) in other.seen {
            for (folded, display) in values where seen[dimension]?[folded] == nil {
                seen[dimension, default: [:]][folded] = display
                if ["industry", "activity", "region", "size"].contains(dimension) { unknown[dimension, default: []].append(display) }
            }
        }
    }

    /// The spelling this normalizer uses for a value it met (the first one seen), else the value.
    public func display(_ dimension: String, _ value: String) -> String {
        seen[dimension]?[Text.fold(value)] ?? value
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    private func collapseSpaces(_ s: String) -> String {
        Text.trim(s).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

/// The accounts export, normalized and indexed by folded account name.
public struct AccountBook: Sendable {
    public var accounts: [Account] = []
    var byName: [String: Int] = [:]

    public func account(named name: String) -> Account? { byName[Text.fold(name)].map { accounts[$0] } }
}

extension DataQuality {
    /// Adds what a later part of the same file found.
    public mutating func merge(_ other: DataQuality) {
        for (k, v) in other.blankDimensions { blankDimensions[k, default: 0] += v }
        enrichedOpportunities += other.enrichedOpportunities
        for (k, v) in other.filledOpportunityDimensions { filledOpportunityDimensions[k, default: 0] += v }
        for (k, v) in other.filledContactDimensions { filledContactDimensions[k, default: 0] += v }
        for (k, v) in other.unknownValues { unknownValues[k] = Array(Set((unknownValues[k] ?? []) + v)).sorted() }
    }
}

extension Normalizer {
    /// One opportunity: dimensions normalized, blanks filled from its account, probability resolved.
    /// Counts blank dimensions and enrichment in `quality`.
    public mutating func opportunity(_ row: OpportunityRow, book: AccountBook, quality: inout DataQuality) -> Opportunity {
        var code: Int? = nil
        return opportunity(row, account: { row.account }, book: book, quality: &quality, dimensionsCode: &code)
    }

    /// As `opportunity`, with a code for its dimension values when they were read by ids (else nil):
    /// equal codes from one normalizer mean equal values (codes of different normalizers never
    /// coincide), so a caller can remember what it derived from the values by the code instead of
    /// hashing them.
    /// `account` gives the row's account name, for a row read without it (it is read only to fill
    /// blank dimensions from the accounts export).
    public mutating func opportunity(_ row: OpportunityRow, account: () -> String, book: AccountBook, quality: inout DataQuality,
                                     dimensionsCode: inout Int?) -> Opportunity {
        let values = dimensionValues(row, account: account, book: book, quality: &quality, dimensionsCode: &dimensionsCode)
        return Opportunity(
            id: row.id, name: row.name, owner: row.owner, account: row.account, stage: row.stage,
            closeDate: row.closeDate, amount: row.amount, probability: probability(row),
            isClosed: row.isClosed, referenceNeeded: row.referenceNeeded, activity: rememberedActivity(row.activity), dimensions: values,
            line: row.line, share: row.share, countsAsDeal: row.countsAsDeal, lineItem: row.lineItem, lineItems: row.lineItems)
    }

    /// What `opportunity` notes of a row (its blank and filled-in dimensions, the spellings it meets),
    /// without making the opportunity: for a deal that is only counted (`SalesAccumulator.countIfOnlyCounted`).
    public mutating func note(_ row: OpportunityRow, account: () -> String, book: AccountBook, quality: inout DataQuality) {
        // The usual row, a combination of values seen before with none blank: nothing to fill or
        // count, and no values array taken.
        if let unit = row.dimensions.keyedUnit,
           unit._withUnsafeGuaranteedRef({ keyedComplete($0, row.dimensions.keyedIDs, row.dimensions) }) == true {
            noteActivity(row.activity)
            return
        }
        var code: Int? = nil
        _ = dimensionValues(row, account: account, book: book, quality: &quality, dimensionsCode: &code)
        noteActivity(row.activity)
    }

    /// A row's dimension values, filled in from its account where blank, and their code (nil when
    /// they were not read by ids or were filled in); notes blank and filled-in dimensions.
    private mutating func dimensionValues(_ row: OpportunityRow, account: () -> String, book: AccountBook, quality: inout DataQuality,
                                          dimensionsCode: inout Int?) -> [String?] {
        let dims = config.dimensions
        var values: [String?]
        var code: Int? = nil
        if let unit = row.dimensions.keyedUnit {
            // The row holds its table: borrowed here without a retain and release.
            (values, code) = unit._withUnsafeGuaranteedRef { table in keyedValues(table, row.dimensions.keyedIDs, row.dimensions) }
        } else {
            values = dims.map { value($0, row.dimensions).first }
        }
        // The account's products are what the customer already runs, not what the deal sells: a
        // deal's blank product stays blank (it matches any contact's product).
        if !book.accounts.isEmpty, values.indices.contains(where: { values[$0] == nil && $0 != productIndex }),
           let account = book.account(named: account()) {
            var filled = false
            for i in values.indices where values[i] == nil && i != productIndex {
                if let v = account.dimensions[i].first {
                    values[i] = v
                    filled = true
                    quality.filledOpportunityDimensions[dims[i], default: 0] += 1
                }
            }
            if filled { quality.enrichedOpportunities += 1; code = nil }
        }
        if !row.isClosed {
            for (i, v) in values.enumerated() where v == nil { quality.blankDimensions[dims[i], default: 0] += 1 }
        }
        dimensionsCode = code
        return values
    }
}

extension Normalizer {
    /// The cells that decide a dimension's value (as in `value`).
    static func decidingFields(_ dimension: String) -> [String] {
        switch dimension {
        case "region": ["region", "state", "country"]
        case "size": ["size", "employees"]
        default: [dimension]
        }
    }

    /// Each dimension's value for a row whose cells are ids, and the code of the combination. A value
    /// is remembered by the ids of the cells that decide it (at most three ids of 16 bits, packed in
    /// one integer) as its place in the dimension's table of values; a combination of places, as one
    /// array shared by every row that has it.
    mutating func keyedValues(_ table: DimensionTable, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> (values: [String?], code: Int?) {
        let dims = config.dimensions
        guard let places = keyedPlaces(table, ids, cells) else {
            var values: [String?] = []
            for i in dims.indices { values.append(keyedValueTable[i][Int(keyedPlace(i, ids, cells))]) }
            return (values, nil)
        }
        if let combo = keyedComboIndex.index(of: places) { return (keyedCombos[combo], keyedGeneration << 32 | combo) }
        var values: [String?] = []
        values.reserveCapacity(dims.count)
        for i in dims.indices { values.append(keyedValueTable[i][Int(places[i])]) }
        guard keyedCombos.count < PlaceCombos.limit else { return (values, nil) }
        let combo = keyedCombos.count
        keyedCombos.append(values)
        keyedCombosComplete.append(!values.contains(where: { $0 == nil }))
        keyedComboIndex.insert(places, index: combo)
        return (values, keyedGeneration << 32 | combo)
    }

    /// Whether a row's values, read by ids, are all there (none blank), from a combination already
    /// seen; nil when not known that way (the caller takes `keyedValues`). Takes no values array.
    mutating func keyedComplete(_ table: DimensionTable, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> Bool? {
        guard let places = keyedPlaces(table, ids, cells), let combo = keyedComboIndex.index(of: places) else { return nil }
        return keyedCombosComplete[combo]
    }

    /// The places of a row's values (at most eight dimensions, else nil), the memos reset first when
    /// the row's ids come from another table.
    private mutating func keyedPlaces(_ table: DimensionTable, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> SIMD8<Int32>? {
        let dims = config.dimensions
        if keyedTable !== table {
            // Ids mean something only in their own table (one per part of the file): what was
            // remembered for another table is dropped.
            keyedTable = table
            keyedPlans = dims.map { d in
                let slots = Self.decidingFields(d).compactMap { table.slot($0) }
                var packed = SIMD4<Int32>(repeating: 0)
                for (k, slot) in slots.prefix(4).enumerated() { packed[k] = Int32(slot) }
                return (packed, slots.count, d == "size")
            }
            keyedMemo = Array(repeating: PackedIDs(), count: dims.count)
            keyedByID = []
            keyedValueTable = Array(repeating: [], count: dims.count)
            keyedValuePlace = Array(repeating: [:], count: dims.count)
            keyedBandPlace = Array(repeating: SIMD4(repeating: -1), count: dims.count)
            keyedComboIndex = PlaceCombos()
            keyedCombos = []
            keyedCombosComplete = []
            keyedGeneration = Self.generations.add(1, ordering: .relaxed).newValue
        }
        guard dims.count <= 8 else { return nil }
        // The places go through a small buffer and become a vector once: setting a vector's lanes one
        // by one stored and reloaded the whole vector for each (a stall per lane).
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 8) { buffer -> SIMD8<Int32> in
            buffer.initialize(repeating: -1)
            for i in dims.indices { buffer[i] = keyedPlace(i, ids, cells) }
            return UnsafeRawBufferPointer(buffer).loadUnaligned(as: SIMD8<Int32>.self)
        }
    }

    /// The place of dimension `i`'s value in `keyedValueTable[i]`.
    @inline(__always)
    private mutating func keyedPlace(_ i: Int, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> Int32 {
        let plan = keyedPlans[i]
        if plan.count == 1 {
            let id = ids[Int(plan.slots[0])]
            if id >= 0 {
                // One cell: its id indexes the memo directly.
                let at = Int(id) * keyedPlans.count + i
                if at < keyedByID.count, keyedByID[at] >= 0 { return keyedByID[at] }
                let place = keyedValuePlace(i, value(config.dimensions[i], cells).first)
                if at >= keyedByID.count { keyedByID.append(contentsOf: repeatElement(-1, count: at - keyedByID.count + 1)) }
                keyedByID[at] = place
                return place
            }
            if let n = KeyedCells.count(id), plan.isSize {
                // An employee count held as a number: its band, as `size(_:)` gives for its digits.
                let band = bandIndex(employees: n)
                if keyedBandPlace[i][band] < 0 { keyedBandPlace[i][band] = keyedValuePlace(i, Self.bandNames[band]) }
                return keyedBandPlace[i][band]
            }
            return keyedValuePlace(i, value(config.dimensions[i], cells).first)
        }
        var key = 0
        for k in 0..<plan.count {
            let id = ids[Int(plan.slots[k])]
            if KeyedCells.count(id) != nil { return keyedValuePlace(i, value(config.dimensions[i], cells).first) }
            key = key << 17 | Int(id)
        }
        if let known = keyedMemo[i].place(key) { return known }
        let place = keyedValuePlace(i, value(config.dimensions[i], cells).first)
        if keyedMemo[i].count < 1 << 17 { keyedMemo[i].insert(key, place) }
        return place
    }

    /// The place of a value in dimension `i`'s table, added on first sight.
    private mutating func keyedValuePlace(_ i: Int, _ v: String?) -> Int32 {
        if let known = keyedValuePlace[i][v] { return known }
        let place = Int32(keyedValueTable[i].count)
        keyedValueTable[i].append(v)
        keyedValuePlace[i][v] = place
        return place
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

/// Combinations of dimension places → a small index: an open-addressing table of eight 32-bit
/// places a slot, hashed by multiplying (a row costs a few instructions, not a hash of its strings).
struct PlaceCombos: Sendable {
    /// Past this many combinations a row's values are made anew each time (memory stays bounded).
    static let limit = 1 << 18
    private var keys: [SIMD8<Int32>] = Array(repeating: SIMD8(repeating: 0), count: 64)
    /// index + 1, 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    @inline(__always)
    private static func hash(_ k: SIMD8<Int32>) -> Int {
        let w = unsafeBitCast(k, to: SIMD4<UInt64>.self)
        var h = (w[0] &* 0x9E37_79B9_7F4A_7C15) ^ (w[1] &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= (w[2] &* 0x1656_67B1_9E37_79F9) ^ (w[3] &* 0xFF51_AFD7_ED55_8CCD)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    func index(of k: SIMD8<Int32>) -> Int? {
        let mask = slots.count - 1
        var s = Self.hash(k) & mask
        while true {
            let v = slots[s]
            if v == 0 { return nil }
            if keys[s] == k { return Int(v) - 1 }
            s = (s + 1) & mask
        }
    }

    mutating func insert(_ k: SIMD8<Int32>, index: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        place(k, Int32(index + 1))
        count += 1
    }

    private mutating func place(_ k: SIMD8<Int32>, _ v: Int32) {
        let mask = slots.count - 1
        var s = Self.hash(k) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = v
        keys[s] = k
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = Array(repeating: SIMD8(repeating: 0), count: oldSlots.count * 2)
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        for (k, v) in zip(oldKeys, oldSlots) where v != 0 { place(k, v) }
    }
}

/// Packed cell ids → a value's place: an open-addressing table hashed by multiplying.
struct PackedIDs: Sendable {
    private var keys: [Int] = Array(repeating: -1, count: 16)
    private var places: [Int32] = Array(repeating: 0, count: 16)
    private(set) var count = 0

    @inline(__always)
    private static func slot(_ key: Int, mask: Int) -> Int {
        let h = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    /// Keys are not negative (ids of 17 bits, packed).
    func place(_ key: Int) -> Int32? {
        let mask = keys.count - 1
        var s = Self.slot(key, mask: mask)
        while true {
            let k = keys[s]
            if k == key { return places[s] }
            if k < 0 { return nil }
            s = (s + 1) & mask
        }
    }

    mutating func insert(_ key: Int, _ place: Int32) {
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldPlaces = places
            keys = Array(repeating: -1, count: oldKeys.count * 2)
            places = Array(repeating: 0, count: oldKeys.count * 2)
            for (k, p) in zip(oldKeys, oldPlaces) where k >= 0 { put(k, p) }
        }
        put(key, place)
        count += 1
    }

    private mutating func put(_ key: Int, _ place: Int32) {
        let mask = keys.count - 1
        var s = Self.slot(key, mask: mask)
        while keys[s] >= 0 { s = (s + 1) & mask }
        keys[s] = key
        places[s] = place
    }
}

public enum Normalize {
    /// The accounts export, normalized first: its spellings of values come first.
    public static func accountBook(_ accounts: Ingested<AccountRow>?, normalizer n: inout Normalizer) -> AccountBook {
        var book = AccountBook()
        for row in accounts?.rows ?? [] {
            let account = Account(
                name: row.name, dimensions: n.config.dimensions.map { n.value($0, row.dimensions) }, health: row.health,
                arr: row.arr, nps: row.nps, csm: row.csm, openEscalations: row.openEscalations, renewal: row.renewal,
                line: row.line)
            let key = Text.fold(row.name)
            if book.byName[key] == nil { book.byName[key] = book.accounts.count }
            book.accounts.append(account)
        }
        return book
    }

    /// Opportunities already in memory (tests, small inputs): each through `Normalizer.opportunity`.
    public static func opportunities(_ rows: [OpportunityRow], book: AccountBook, normalizer n: inout Normalizer,
                                     quality: inout DataQuality) -> [Opportunity] {
        rows.map { n.opportunity($0, book: book, quality: &quality) }
    }

    /// The calendar and the roster, after the accounts and the opportunities went through `n`.
    public static func run(
        calendar: Ingested<NeedRow>, roster: Ingested<ContactRow>, book: AccountBook, ledgers: [InputLedger],
        quality: DataQuality, normalizer n: inout Normalizer
    ) -> NormalizedInputs {
        let dims = n.config.dimensions
        let needs = calendar.rows.map { row in
            Need(order: row.order, team: row.team, name: row.name, activity: n.activity(row.activity), due: row.due,
                 count: row.count, criteria: dims.map { n.criterion($0, row.criteria[$0]) },
                 minSeniority: row.minSeniority.flatMap { Normalizer.isAny($0) ? nil : Normalizer.seniority(column: $0, title: $0) },
                 line: row.line)
        }
        var q = quality
        struct SeniorityKey: Hashable { let column: String?; let title: String }
        var seniorities: [SeniorityKey: Seniority] = [:]
        let contacts = roster.rows.map { row in
            // A blank dimension comes from the contact's account where the accounts export has it
            // (products included); else it stays blank and matches only a bucket whose value is any.
            var contactDims = dims.map { n.value($0, row.dimensions) }
            if contactDims.contains(where: \.isEmpty), let account = book.account(named: row.account) {
                for i in contactDims.indices where contactDims[i].isEmpty && !account.dimensions[i].isEmpty {
                    contactDims[i] = account.dimensions[i]
                    q.filledContactDimensions[dims[i], default: 0] += 1
                }
            }
            let activities = row.activities.isEmpty ? [n.activity(nil)] : row.activities.map { n.activity($0) }
            // A large roster repeats a few dozen titles: each read once.
            let key = SeniorityKey(column: row.seniority, title: row.title)
            let seniority = seniorities[key] ?? Normalizer.seniority(column: row.seniority, title: row.title)
            seniorities[key] = seniority
            return Contact(
                id: row.id, account: row.account, name: row.name, title: row.title,
                seniority: seniority, status: row.status,
                statusLabel: row.statusLabel, dimensions: contactDims, activities: activities,
                lastVerified: row.lastVerified, lastUsed: row.lastUsed, usesLast90Days: row.usesLast90Days,
                maxUsesPerQuarter: row.maxUsesPerQuarter, restUntil: row.restUntil, health: row.health, csm: row.csm,
                renewal: row.renewal ?? book.account(named: row.account)?.renewal, line: row.line)
        }
        q.unknownValues = n.unknownValues.mapValues { Array(Set($0)).sorted() }
        return NormalizedInputs(
            needs: needs, contacts: contacts, accounts: book.accounts, ledgers: ledgers,
            rosterHasVerifiedColumn: roster.fields.contains("last_verified"), dataQuality: q)
    }
}
