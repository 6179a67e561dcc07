import RefgapModel

/// Sales demand summed as deals stream by: per (window, activity, dimensions) bucket its demand,
/// deal count, pipeline and weighted pipeline, and a bounded list of its deals. Memory grows with the
/// buckets, not with the rows. Parts of a file read in parallel each fill one; `merge` joins them in
/// file order. Sums are kept in integers (ten-thousandths of a reference, cents), so they do not
/// depend on how the file was cut: a parallel read gives the same bytes as a sequential one.
package struct SalesAccumulator: Sendable {
    struct Sums: Sendable {
        var demand = 0  // ten-thousandths of a reference
        var deals = 0
        // Cents, in 128 bits: an amount is at most a trillion (ingest rejects larger ones), so no
        // number of rows can overflow them.
        var pipeline: Int128 = 0
        var weighted: Int128 = 0
        mutating func add(_ o: Sums) {
            demand += o.demand
            deals += o.deals
            pipeline += o.pipeline
            weighted += o.weighted
        }
    }

    /// Deals kept per bucket to explain it (the largest), and overdue deals listed.
    package static let dealsKept = 20
    package static let overdueKept = 25

    package let asOf: Day
    package let config: Config
    /// The buckets in first-seen order; `index` finds a key's place, and `sums` and `deals` are kept
    /// at the same places, so a row costs one hash of its key.
    private(set) var order: [Key] = []
    private var index = BucketIndex()
    private var sums: [Sums] = []
    private var deals = KeptDealStore()
    /// Per bucket, once it holds `dealsKept` deals: the amount and line of the smallest kept one (a
    /// deal must beat it to be kept), read without copying a `KeptDeal`.
    private var floors: [(amount: Double, line: Int)?] = []
    /// Whether `soleAccounts` is kept (with an accounts export, whose candidates it checks).
    package var tracksAccounts = false
    /// Per bucket when `tracksAccounts`: the hash of its deals' one account (`DealAccount`), or
    /// `DealAccount.none` before its first deal, `DealAccount.several` once two differ.
    private var soleAccounts: [UInt64] = []
    /// The overdue deals the data-quality table lists (`OverdueList`: the largest).
    private var overdueList = OverdueList(capacity: overdueKept)
    package var overdue: [DealRef] { overdueList.deals }
    package private(set) var overdueCount = 0
    private var beyondDeals = 0, beyondCents: Int128 = 0
    package private(set) var closed = 0
    /// Rows set aside as closed, overdue or beyond the horizon: a deal of several line items is one
    /// deal above and all its rows here (the ledger counts rows).
    package private(set) var setAsideRows = (closed: 0, overdue: 0, beyond: 0)
    private var open = Sums()
    /// Buckets by the code of a deal's dimension values (`add(_:dimensionsCode:texts:)`): at
    /// `combination × windows + window`, the bucket's activity and place (-1 not yet known). Codes of
    /// one normalizer at a time: another normalizer's codes clear it.
    private var codeGeneration = -1
    private var codeActivity: [String] = []
    private var codeBucket: [Int32] = []

    /// The config's windows and overdue rule, held apart: read through `config` on every row, its 352
    /// bytes were copied for each call (three times a row).
    private let windows: WindowRule

    package init(asOf: Day, config: Config) {
        self.asOf = asOf
        self.config = config
        windows = config.windowRule
    }

    package init(_ opportunities: [Opportunity], asOf: Day, config: Config, tracksAccounts: Bool = false) {
        self.init(asOf: asOf, config: config)
        self.tracksAccounts = tracksAccounts
        for o in opportunities { add(o) }
    }

    static func cents(_ v: Double) -> Int128 {
        let c = (v * 100).rounded()
        // Amounts are at most a trillion, so cents fit in 64 bits, whose conversion is one instruction
        // (Int128's from a Double is generic code, ~130 instructions a deal).
        if abs(c) < 9.0e18 { return Int128(Int64(c)) }
        return Int128(c)
    }

    /// An amount from its cents. Through 64 bits when they hold it (always, for sums under 92
    /// quadrillion): Int128's conversion to a Double is generic code, ~3,700 instructions a call.
    static func amount(_ cents: Int128) -> Double {
        if let c = Int64(exactly: cents) { return Double(c) / 100 }
        return Double(cents) / 100
    }

    /// Adds a deal: closed ones are counted, open ones summed into their bucket.
    package mutating func add(_ o: Opportunity) {
        let texts = DealTexts(id: o.id, name: o.name)
        add(o) { _ in texts }
    }

    /// As `add(_:)` for an opportunity that came without its id, name and account: `texts` reads them,
    /// only for the few deals a bucket keeps or the overdue list shows. `dimensionsCode`, from
    /// `Normalizer.opportunity(_:account:book:quality:dimensionsCode:)`, finds the deal's bucket
    /// without hashing its values.
    package mutating func add(_ o: Opportunity, dimensionsCode: Int? = nil, texts: (DealTexts.Fields) -> DealTexts) {
        if countIfOnlyCounted(
            isClosed: o.isClosed, closeDate: o.closeDate, amount: o.amount * o.share, dealAmount: o.amount,
            deal: o.countsAsDeal)
        {
            return
        }
        let d = o.closeDate - asOf
        if d < 0 {
            if o.countsAsDeal { overdueCount += 1 }
            setAsideRows.overdue += 1
            if o.countsAsDeal {
                overdueList.offer(amount: o.amount, closeDate: o.closeDate, line: o.line) { Self.ref(o, texts) }
            }
        }
        // Overdue deals outside every window were listed above.
        guard let w = window(closing: o.closeDate) else { return }
        let b =
            dimensionsCode.map { bucket(code: $0, window: w, o) }
            ?? place(of: Key(window: w, activity: o.activity, dims: o.dimensions))
        // A line item carries its share of the deal (1 for a deal on one row): amount and demand count once.
        let s = Sums(
            demand: Int(o.portion(Int128((Segment.expectedReferences(o, config: config) * 10_000).rounded()))),
            deals: o.bucketCounted ? 0 : 1,
            pipeline: o.portion(Self.cents(o.amount)), weighted: o.portion(Self.cents(o.amount * o.probability)))
        sums[b].add(s)
        // Once a bucket's deals are of two accounts nothing is read: most buckets stop after a few.
        if tracksAccounts && soleAccounts[b] != DealAccount.several {
            soleAccounts[b] = DealAccount.join(soleAccounts[b], DealAccount.hash(texts(.account).account ?? o.account))
        }
        // A deal of several line items is one deal among the open ones (each bucket counts it).
        var whole = s
        if !o.countsAsDeal { whole.deals = 0 }
        open.add(whole)
        // The texts are read only for a deal the bucket keeps; a later line of a deal the bucket
        // already has is not listed again (its lines carry the deal's amount: the first decides).
        if !o.bucketCounted, let at = keepingPlace(amount: o.amount, line: o.line, in: b) {
            keep(KeptDeal(id: DealID(texts(.id).id), amount: o.amount, line: o.line), at: at, in: b)
        }
    }

    /// Counts a deal that is only counted, never summed into a bucket or listed: closed, past the
    /// horizon, or overdue (outside every window) and too small for the full overdue list (or a later
    /// line item of a deal); false for any other deal, which `add` takes. Most rows of a large export are only counted, and the caller need not
    /// make their opportunity. (Mutating, so a caller holding the accumulator in a class does not
    /// copy it for the question.)
    /// `deal` is false for a deal's second and later line items: their amount counts, the deal does not
    /// again. `amount` is the row's share of the pipeline, `dealAmount` the deal's (the overdue list's).
    package mutating func countIfOnlyCounted(
        isClosed: Bool, closeDate: Day, amount: Double, dealAmount: Double? = nil, deal: Bool = true
    ) -> Bool {
        let n = deal ? 1 : 0
        if isClosed {
            closed += n
            setAsideRows.closed += 1
            return true
        }
        let d = closeDate - asOf
        guard window(closing: closeDate) == nil,
            d >= 0 || !deal || !overdueList.mightTake(amount: dealAmount ?? amount)
        else { return false }
        if d < 0 {
            overdueCount += n
            setAsideRows.overdue += 1
        }
        if d > windows.horizon {
            beyondDeals += n
            beyondCents += Self.cents(amount)
            setAsideRows.beyond += 1
        }
        return true
    }

    /// The window of a deal closing on `closeDate`, nil when it falls in none (overdue and set aside,
    /// or past the horizon): a deal is demand only in a window. (Mutating for the reason
    /// `countIfOnlyCounted` is: the pass asks it of an accumulator a class holds, on every row.)
    package mutating func window(closing closeDate: Day) -> Int? { windows.window(forOffset: closeDate - asOf) }

    private static func ref(_ o: Opportunity, _ texts: (DealTexts.Fields) -> DealTexts) -> DealRef {
        let t = texts(.all)
        return DealRef(
            id: t.id, name: t.name, account: t.account ?? o.account, amount: o.amount, closeDate: o.closeDate,
            stage: o.stage, line: o.line, unconvertedCurrency: o.unconvertedCurrency)
    }

    /// The place of a deal's bucket by the code of its dimension values, remembered per window and
    /// activity (a deal of another activity than the one remembered is looked up by its key).
    private mutating func bucket(code: Int, window w: Int, _ o: Opportunity) -> Int {
        let generation = code >> 32, combination = code & 0xFFFF_FFFF
        if generation != codeGeneration {
            codeGeneration = generation
            codeActivity = []
            codeBucket = []
        }
        let at = combination * windows.ends.count + w
        if at < codeBucket.count, codeBucket[at] >= 0, codeActivity[at] == o.activity { return Int(codeBucket[at]) }
        let b = place(of: Key(window: w, activity: o.activity, dims: o.dimensions))
        if at >= codeBucket.count {
            let more = at - codeBucket.count + 1
            codeBucket.append(contentsOf: repeatElement(-1, count: more))
            codeActivity.append(contentsOf: repeatElement("", count: more))
        }
        codeBucket[at] = Int32(b)
        codeActivity[at] = o.activity
        return b
    }

    /// The place of a bucket, made on first sight.
    private mutating func place(of key: Key) -> Int {
        if let b = index.place(of: key, in: order) { return b }
        let b = order.count
        order.append(key)
        index.insert(b, in: order)
        sums.append(Sums())
        deals.appendList()
        floors.append(nil)
        if tracksAccounts { soleAccounts.append(DealAccount.none) }
        return b
    }

    /// Whether a deal goes before another among a bucket's kept ones: the larger first, the earlier
    /// line first among equals.
    @inline(__always)
    private static func precedes(_ amount: Double, _ line: Int, _ otherAmount: Double, _ otherLine: Int) -> Bool {
        amount != otherAmount ? amount > otherAmount : line < otherLine
    }

    /// Where a deal goes among bucket `b`'s kept ones, or nil when it is not kept. Most deals of a
    /// large export are smaller than the bucket's smallest kept one: they are turned away here,
    /// before their texts are read.
    private func keepingPlace(amount: Double, line: Int, in b: Int) -> Int? {
        func before(_ keptAmount: Double, _ keptLine: Int) -> Bool { Self.precedes(amount, line, keptAmount, keptLine) }
        if let floor = floors[b], !before(floor.amount, floor.line) { return nil }
        return deals.withList(b) { kept in
            var at = 0
            while at < kept.count && !before(kept[at].amount, kept[at].line) { at += 1 }
            return at < Self.dealsKept ? at : nil
        }
    }

    private mutating func keep(_ deal: consuming KeptDeal, at: Int, in b: Int) {
        // A full list drops its smallest, so it never holds more than it keeps.
        deals.insert(deal, at: at, in: b)
        setFloor(b)
    }

    /// Bucket `b`'s floor: its smallest kept deal's amount and line once it keeps all it keeps, else
    /// none. Read in place: `last` would copy the deal (and retain its id) to read two numbers.
    private mutating func setFloor(_ b: Int) {
        floors[b] =
            deals.count(b) < Self.dealsKept
            ? nil
            : deals.withList(b) { kept in
                (kept[kept.count - 1].amount, kept[kept.count - 1].line)
            }
    }

    private mutating func keep(_ deal: KeptDeal, in b: Int) {
        if let at = keepingPlace(amount: deal.amount, line: deal.line, in: b) { keep(deal, at: at, in: b) }
    }

    /// Bucket `b`'s kept deals and `others` (kept by another part, in the same order) merged: the
    /// `dealsKept` largest of both, as keeping them one by one would leave them.
    /// `merged` is scratch room, reused from bucket to bucket.
    private mutating func keep(
        all others: UnsafeBufferPointer<KeptDeal>, in b: Int, merged: inout [KeptDeal]
    ) {
        guard !others.isEmpty else { return }
        func before(_ x: KeptDeal, _ y: KeptDeal) -> Bool { Self.precedes(x.amount, x.line, y.amount, y.line) }
        merged.removeAll(keepingCapacity: true)
        deals.withList(b) { mine in
            var i = 0, j = 0
            while merged.count < Self.dealsKept && (i < mine.count || j < others.count) {
                if j == others.count || (i < mine.count && before(mine[i], others[j])) {
                    merged.append(mine[i])
                    i += 1
                } else {
                    merged.append(others[j])
                    j += 1
                }
            }
        }
        merged.withUnsafeBufferPointer { deals.set(b, to: $0) }
        setFloor(b)
    }

    /// Adds a later part of the same file.
    package mutating func merge(_ other: SalesAccumulator) {
        var merged: [KeptDeal] = []
        merged.reserveCapacity(Self.dealsKept)
        for (i, key) in other.order.enumerated() {
            let b = place(of: key)
            sums[b].add(other.sums[i])
            other.deals.withList(i) { keep(all: $0, in: b, merged: &merged) }
            if tracksAccounts { soleAccounts[b] = DealAccount.join(soleAccounts[b], other.soleAccount(i)) }
        }
        overdueCount += other.overdueCount
        overdueList.merge(other.overdueList)
        beyondDeals += other.beyondDeals
        beyondCents += other.beyondCents
        closed += other.closed
        setAsideRows.closed += other.setAsideRows.closed
        setAsideRows.overdue += other.setAsideRows.overdue
        setAsideRows.beyond += other.setAsideRows.beyond
        open.add(other.open)
    }

    /// Renames dimension values (a later part may have met a value first in another spelling).
    package func remapped(activity renameActivity: (String) -> String, _ rename: (Int, String) -> String)
        -> SalesAccumulator
    {
        // Each distinct value is renamed once (a million-row export has tens of thousands of keys over
        // a few hundred values, and a rename folds its value).
        var activities: [String: String] = [:]
        var values: [[String: String]] = []
        func renamedActivity(_ a: String) -> String {
            if let r = activities[a] { return r }
            let r = renameActivity(a)
            activities[a] = r
            return r
        }
        func renamed(_ i: Int, _ v: String) -> String {
            while values.count <= i { values.append([:]) }
            if let r = values[i][v] { return r }
            let r = rename(i, v)
            values[i][v] = r
            return r
        }
        // Usually every spelling stands: then this is the same accumulator, not a copy.
        let unchanged = order.allSatisfy { key in
            renamedActivity(key.activity) == key.activity
                && key.dims.enumerated().allSatisfy { i, v in v.map { renamed(i, $0) == $0 } ?? true }
        }
        if unchanged { return self }
        var out = self
        out.order = []
        out.index = BucketIndex()
        out.sums = []
        out.deals = KeptDealStore()
        out.floors = []
        out.soleAccounts = []
        out.codeGeneration = -1
        out.codeActivity = []
        out.codeBucket = []
        for (i, key) in order.enumerated() {
            let newKey = Key(
                window: key.window, activity: renamedActivity(key.activity),
                dims: key.dims.enumerated().map { i, v in v.map { renamed(i, $0) } })
            let b = out.place(of: newKey)
            out.sums[b].add(sums[i])
            for deal in deals.deals(i) { out.keep(deal, in: b) }
            if tracksAccounts { out.soleAccounts[b] = DealAccount.join(out.soleAccounts[b], soleAccounts[i]) }
        }
        return out
    }

    /// The sales buckets in first-seen order, with the deals kept for each.
    package var buckets: [(bucket: Bucket, deals: [KeptDeal])] { order.indices.map(bucket) }

    /// Sales bucket `i`'s one account (`DealAccount`): `DealAccount.none` when not tracked.
    package func soleAccount(_ i: Int) -> UInt64 { tracksAccounts ? soleAccounts[i] : DealAccount.none }

    /// How many sales buckets there are.
    package var bucketCount: Int { order.count }

    /// Sales bucket `i` (in first-seen order), with the deals kept for it.
    package func bucket(_ i: Int) -> (bucket: Bucket, deals: [KeptDeal]) { (salesBucket(i), deals.deals(i)) }

    /// Sales bucket `i` (in first-seen order).
    package func salesBucket(_ i: Int) -> Bucket {
        let key = order[i], s = sums[i]
        return Bucket(
            kind: .sales, window: key.window, activity: key.activity, dimensions: key.dims,
            demand: Double(s.demand) / 10_000, deals: s.deals, pipeline: Self.amount(s.pipeline),
            weightedPipeline: Self.amount(s.weighted))
    }

    /// The bytes sales bucket `i`'s kept deals' ids take in a `KeptDealIDs`.
    package func keptIDBytes(of i: Int) -> Int { deals.withList(i) { KeptDealIDs.encodedSize(of: $0) } }

    /// Adds sales bucket `i`'s kept deals' ids to `ids` as its next list.
    package func appendKeptIDs(of i: Int, to ids: inout KeptDealIDs) {
        deals.withList(i) { ids.append(list: $0) }
    }

    package var beyondHorizon: (deals: Int, pipeline: Double) { (beyondDeals, Self.amount(beyondCents)) }
    package var openInHorizon: (deals: Int, pipeline: Double, weighted: Double) {
        (open.deals, Self.amount(open.pipeline), Self.amount(open.weighted))
    }
}
