/// Where the machine files' writers put bytes: a byte array (the CSV files), or a `ByteBuffer` (run.json
/// and the history snapshot). Numbers and strings are written through it, so both get the same bytes.
protocol ByteSink: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {}

/// A growable buffer of bytes that is its own: appending is a capacity check, a store and a count.
/// An array's append also checks that its storage is not shared, through a call, for every number,
/// quote and indent: a tenth of writing run.json (the calls and `swift_isUniquelyReferenced`).
/// Not copyable, so it is freed exactly once.
struct ByteBuffer: ByteSink, ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The bytes, as an array of their own.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// `n` spaces.
    mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + count).update(repeating: 0x20, count: n)
        count += n
    }

    /// Empty again, its memory kept.
    mutating func removeAll() { count = 0 }

    private mutating func grow(to needed: Int) {
        var bigger = capacity * 2
        while bigger < needed { bigger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = bigger
    }
}
