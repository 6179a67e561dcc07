import RefgapModel

/// Every sales bucket's kept deals (the largest first, at most `SalesAccumulator.dealsKept`), each list
/// a block of slots in a few large chunks rather than an array of its own.
///
/// Why: a part of a million-row export grew an array per bucket (room for 4, 8, 16, then 20 deals) for
/// tens of thousands of buckets. Freed after the parts were merged, those blocks stayed in tcmalloc's
/// lists of small sizes, which no later phase asked for: about 10 MiB of peak RSS held for nothing. A
/// chunk is one large allocation, given back whole to the allocator's page heap when freed. A block a
/// list outgrows is reused by the next list that needs one of its size.
struct KeptDealStore: Sendable {
    /// Slots per chunk: 1,024 deals (40 KB) in the first, each next one twice its size up to 16,384
    /// (640 KB), so a small program's few buckets do not fill a large chunk.
    static func chunkSlots(_ chunk: Int) -> Int { 1 << min(10 + chunk, 14) }
    /// A slot's place: its chunk above these bits, its offset in the chunk below.
    private static let offsetBits = 16
    /// A list's room as it grows, ending at what a bucket keeps.
    static let sizes = [4, 8, 16, SalesAccumulator.dealsKept]
    private static let empty = KeptDeal(id: DealID(""), amount: 0, line: 0)

    private var chunks: [[KeptDeal]] = []
    /// Slots handed out in the last chunk (none yet: as if full).
    private var usedInLast = 0
    /// Per list: its first slot (`offsetBits`), its count and its size class
    /// (an index into `sizes`, -1 for no block yet).
    private var starts: [Int] = []
    private var counts: [UInt8] = []
    private var classes: [Int8] = []
    /// Per size class, blocks given up by lists that outgrew them.
    private var freeBlocks: [[Int]] = Array(repeating: [], count: sizes.count)

    /// How many lists there are.
    var count: Int { starts.count }

    /// Adds an empty list.
    mutating func appendList() {
        starts.append(-1)
        counts.append(0)
        classes.append(-1)
    }

    /// How many deals list `b` holds.
    func count(_ b: Int) -> Int { Int(counts[b]) }

    /// Calls `body` with list `b`'s deals, read in place.
    func withList<R>(_ b: Int, _ body: (UnsafeBufferPointer<KeptDeal>) -> R) -> R {
        let n = Int(counts[b])
        guard n > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let (c, at) = Self.place(starts[b])
        return chunks[c].withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[at..<at + n])) }
    }

    /// List `b`'s deals, copied out.
    func deals(_ b: Int) -> [KeptDeal] { withList(b) { Array($0) } }

    /// Puts `deal` at place `at` of list `b` (which must hold fewer than `dealsKept`, or `at` be
    /// inside it): a full list drops its last deal; a list out of room moves to a larger block.
    mutating func insert(_ deal: KeptDeal, at: Int, in b: Int) {
        var n = Int(counts[b])
        if n == SalesAccumulator.dealsKept {
            n -= 1
        } else if classes[b] < 0 || n == Self.sizes[Int(classes[b])] {
            move(b, toClass: Int(classes[b]) + 1)
        }
        let (c, first) = Self.place(starts[b])
        chunks[c].withUnsafeMutableBufferPointer { slots in
            var j = first + n
            while j > first + at {
                slots[j] = slots[j - 1]
                j -= 1
            }
            slots[first + at] = deal
        }
        counts[b] = UInt8(n + 1)
    }

    /// Makes list `b` hold `deals` (at most `dealsKept`), in their order.
    mutating func set(_ b: Int, to deals: UnsafeBufferPointer<KeptDeal>) {
        guard !deals.isEmpty else { return release(b) }
        if classes[b] < 0 || Self.sizes[Int(classes[b])] < deals.count {
            let size = Self.sizes.firstIndex { $0 >= deals.count } ?? Self.sizes.count - 1
            release(b)
            move(b, toClass: size)
        }
        let (c, first) = Self.place(starts[b])
        chunks[c].withUnsafeMutableBufferPointer { slots in
            for (j, deal) in deals.prefix(SalesAccumulator.dealsKept).enumerated() { slots[first + j] = deal }
        }
        counts[b] = UInt8(min(deals.count, SalesAccumulator.dealsKept))
    }

    /// Moves list `b` to a block of size class `size`, its deals copied, its old block freed.
    private mutating func move(_ b: Int, toClass size: Int) {
        let block = take(size)
        let n = Int(counts[b])
        if n > 0 {
            let from = starts[b]
            for j in 0..<n { self[block + j] = self[from + j] }
        }
        if classes[b] >= 0 { free(starts[b], size: Int(classes[b])) }
        starts[b] = block
        classes[b] = Int8(size)
    }

    /// Frees list `b`'s block and empties it.
    private mutating func release(_ b: Int) {
        if classes[b] >= 0 { free(starts[b], size: Int(classes[b])) }
        starts[b] = -1
        counts[b] = 0
        classes[b] = -1
    }

    /// A block of size class `size`: one given up before, or new room at the end of the last chunk.
    private mutating func take(_ size: Int) -> Int {
        if let block = freeBlocks[size].popLast() { return block }
        let slots = Self.sizes[size]
        if chunks.isEmpty || usedInLast + slots > Self.chunkSlots(chunks.count - 1) {
            chunks.append(Array(repeating: Self.empty, count: Self.chunkSlots(chunks.count)))
            usedInLast = 0
        }
        defer { usedInLast += slots }
        return (chunks.count - 1) << Self.offsetBits | usedInLast
    }

    /// Gives a block back, its deals cleared (a long id is a string, which the slot would keep).
    private mutating func free(_ block: Int, size: Int) {
        for j in 0..<Self.sizes[size] { self[block + j] = Self.empty }
        freeBlocks[size].append(block)
    }

    private static func place(_ slot: Int) -> (chunk: Int, offset: Int) {
        (slot >> offsetBits, slot & (1 << offsetBits - 1))
    }

    private subscript(slot: Int) -> KeptDeal {
        get { chunks[slot >> Self.offsetBits][slot & (1 << Self.offsetBits - 1)] }
        set { chunks[slot >> Self.offsetBits][slot & (1 << Self.offsetBits - 1)] = newValue }
    }
}
