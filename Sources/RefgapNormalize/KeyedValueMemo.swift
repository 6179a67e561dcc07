import RefgapIngest
import RefgapModel
import Synchronization

/// What a normalizer remembers of opportunity rows whose cells come as ids into their part's table
/// of distinct values (the streamed export): a dimension's value by the ids of the cells that decide
/// it, and a row's values by their combination, so the usual row, repeating a combination, costs a
/// few lookups and takes no strings.
struct KeyedValueMemo: Sendable {
    /// Past this many combinations a row's values are made anew each time (memory stays bounded).
    static let comboLimit = 1 << 18
    /// Per dimension (config order): the packed ids of the cells that decide it → the place of the
    /// value in `valueTable`.
    var memo: [PackedIDs] = []
    /// The same for dimensions decided by one cell: at `id × dimensions + dimension`, the place of the
    /// value in `valueTable` (-1 not yet known; 4 bytes a cell id: an employee count column can
    /// have tens of thousands of ids).
    var byID: [Int32] = []
    /// Per dimension, each value met (nil for blank) and its place in that list.
    var valueTable: [[String?]] = []
    var valuePlace: [[String?: Int32]] = []
    /// The table of ids the memos refer to (one per part of the file).
    var table: DimensionTable?
    /// Per dimension: the slots of the cells that decide it (at most four), and how many.
    var plans: [(slots: SIMD4<Int32>, count: Int, isSize: Bool)] = []
    /// Per dimension, the place of each size band's name (-1 not yet known), for employee counts.
    var bandPlace: [SIMD4<Int32>] = []
    /// Each combination of places seen (dimension values, at most eight dimensions) → its index in
    /// `combos`, the row's values as one shared array: most rows repeat a few thousand.
    var comboIndex = VectorKeyTable()
    var combos: [[String?]] = []
    /// Per combination: no value blank (a row with it is neither filled in nor counted as blank).
    var combosComplete: [Bool] = []
    /// The region's memo keys (as `memo` packs them) of the cells that read it from a state alone
    /// (`Normalizer.regionFromStateAlone`) → that state's place in `statesAlone`; empty for an export
    /// with countries, so its rows pay one check.
    var stateAlone = PackedIDs()
    var statesAlone: [(state: String, region: String)] = []
    /// Which tables of places the combinations' indices refer to: unique among all normalizers.
    var generation = 0
    private static let generations = Atomic<Int>(0)

    init() {}

    /// Empty memos for the ids of `table`, under a new generation.
    init(table: DimensionTable, dimensions: [String]) {
        self.table = table
        plans = dimensions.map { d in
            let slots = Normalizer.decidingFields(d).compactMap { table.slot($0) }
            var packed = SIMD4<Int32>(repeating: 0)
            for (k, slot) in slots.prefix(4).enumerated() { packed[k] = Int32(slot) }
            return (packed, slots.count, d == "size")
        }
        memo = Array(repeating: PackedIDs(), count: dimensions.count)
        valueTable = Array(repeating: [], count: dimensions.count)
        valuePlace = Array(repeating: [:], count: dimensions.count)
        bandPlace = Array(repeating: SIMD4(repeating: -1), count: dimensions.count)
        generation = Self.generations.add(1, ordering: .relaxed).newValue
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
    mutating func keyedValues(_ table: DimensionTable, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> (
        values: [String?], code: Int?
    ) {
        let dims = config.dimensions
        guard let places = keyedPlaces(table, ids, cells) else {
            var values: [String?] = []
            for i in dims.indices { values.append(keyed.valueTable[i][Int(keyedPlace(i, ids, cells))]) }
            return (values, nil)
        }
        if let combo = keyed.comboIndex.index(of: places) {
            return (keyed.combos[combo], keyed.generation << 32 | combo)
        }
        var values: [String?] = []
        values.reserveCapacity(dims.count)
        for i in dims.indices { values.append(keyed.valueTable[i][Int(places[i])]) }
        guard keyed.combos.count < KeyedValueMemo.comboLimit else { return (values, nil) }
        let combo = keyed.combos.count
        keyed.combos.append(values)
        keyed.combosComplete.append(!values.contains(where: { $0 == nil }))
        keyed.comboIndex.insert(places, index: combo)
        return (values, keyed.generation << 32 | combo)
    }

    /// Whether a row's values, read by ids, are all there (none blank), from a combination already
    /// seen; nil when not known that way (the caller takes `keyedValues`). Takes no values array.
    mutating func keyedComplete(_ table: DimensionTable, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> Bool? {
        guard let places = keyedPlaces(table, ids, cells), let combo = keyed.comboIndex.index(of: places) else {
            return nil
        }
        return keyed.combosComplete[combo]
    }

    /// The places of a row's values (at most eight dimensions, else nil), the memos reset first when
    /// the row's ids come from another table.
    private mutating func keyedPlaces(_ table: DimensionTable, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> SIMD8<
        Int32
    >? {
        let dims = config.dimensions
        if keyed.table !== table {
            // Ids mean something only in their own table (one per part of the file): what was
            // remembered for another table is dropped.
            keyed = KeyedValueMemo(table: table, dimensions: dims)
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

    /// The place of dimension `i`'s value in `keyed.valueTable[i]`.
    @inline(__always)
    private mutating func keyedPlace(_ i: Int, _ ids: SIMD16<Int32>, _ cells: RawDimensions) -> Int32 {
        let plan = keyed.plans[i]
        if plan.count == 1 {
            let id = ids[Int(plan.slots[0])]
            if id >= 0 {
                // One cell: its id indexes the memo directly.
                let at = Int(id) * keyed.plans.count + i
                if at < keyed.byID.count, keyed.byID[at] >= 0 { return keyed.byID[at] }
                let place = keyedValuePlace(i, value(config.dimensions[i], cells).first)
                rememberStateAlone(i, key: Int(id), place: place, cells)
                if at >= keyed.byID.count {
                    keyed.byID.append(contentsOf: repeatElement(-1, count: at - keyed.byID.count + 1))
                }
                keyed.byID[at] = place
                return place
            }
            if let n = KeyedCells.count(id), plan.isSize {
                // An employee count held as a number: its band, as `size(_:)` gives for its digits.
                let band = bandIndex(employees: n)
                if keyed.bandPlace[i][band] < 0 { keyed.bandPlace[i][band] = keyedValuePlace(i, Self.bandNames[band]) }
                return keyed.bandPlace[i][band]
            }
            return keyedValuePlace(i, value(config.dimensions[i], cells).first)
        }
        var key = 0
        for k in 0..<plan.count {
            let id = ids[Int(plan.slots[k])]
            if KeyedCells.count(id) != nil { return keyedValuePlace(i, value(config.dimensions[i], cells).first) }
            key = key << 17 | Int(id)
        }
        if let known = keyed.memo[i].place(key) { return known }
        let place = keyedValuePlace(i, value(config.dimensions[i], cells).first)
        rememberStateAlone(i, key: key, place: place, cells)
        if keyed.memo[i].count < 1 << 17 { keyed.memo[i].insert(key, place) }
        return place
    }

    /// The place of a value in dimension `i`'s table, added on first sight.
    private mutating func keyedValuePlace(_ i: Int, _ v: String?) -> Int32 {
        if let known = keyed.valuePlace[i][v] { return known }
        let place = Int32(keyed.valueTable[i].count)
        keyed.valueTable[i].append(v)
        keyed.valuePlace[i][v] = place
        return place
    }
}
