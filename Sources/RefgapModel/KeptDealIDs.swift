/// For each bucket, the ids of the deals kept to explain it (the largest first, as `run.json`'s
/// `deal_ids` lists them), all in one block of bytes: each id its UTF-8 after its length (LEB128).
///
/// Why not `[[KeptDeal]]`: a million-row export has tens of thousands of buckets, and an array per
/// bucket of 40-byte deals (amount and line kept for ordering, which is done by now) held 9.8 MB at the
/// run's late peak, in blocks of a dozen sizes the later phases could not reuse. Here it is the ids'
/// bytes and two numbers a bucket.
package struct KeptDealIDs: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// Per list: where its ids end in `bytes` (a list starts where the one before it ends).
    private var ends: [Int] = []
    /// Per list: how many ids it holds.
    private var counts: [Int32] = []

    package init() {}

    /// `lists` empty lists (buckets that keep no deals: calendar needs, or a benchmark's buckets).
    package init(emptyLists lists: Int) {
        ends = Array(repeating: 0, count: lists)
        counts = Array(repeating: 0, count: lists)
    }

    /// How many bytes the ids take.
    package var bytesCount: Int { bytes.count }

    /// How many lists (buckets) there are.
    package var count: Int { ends.count }

    /// How many ids list `list` holds.
    package func count(at list: Int) -> Int { Int(counts[list]) }

    /// The bytes `append(list:)` adds for `deals`: each id's UTF-8 and its length's.
    package static func encodedSize(of deals: UnsafeBufferPointer<KeptDeal>) -> Int {
        var size = 0
        for deal in deals {
            var n = deal.id.withUTF8 { $0.count }
            size += n + 1
            while n >= 0x80 {
                size += 1
                n >>= 7
            }
        }
        return size
    }

    /// Room for `lists` more lists of `bytes` more bytes in all (`encodedSize`): grown by doubling,
    /// a million-row export's 4 MB of ids took 5.2.
    package mutating func reserveCapacity(lists: Int, bytes: Int) {
        self.bytes.reserveCapacity(self.bytes.count + bytes)
        ends.reserveCapacity(ends.count + lists)
        counts.reserveCapacity(counts.count + lists)
    }

    /// Adds a list of the ids of `deals`, in their order.
    package mutating func append(list deals: UnsafeBufferPointer<KeptDeal>) {
        for deal in deals {
            deal.id.withUTF8 { utf8 in
                var n = utf8.count
                while n >= 0x80 {
                    bytes.append(UInt8(truncatingIfNeeded: n) | 0x80)
                    n >>= 7
                }
                bytes.append(UInt8(n))
                bytes.append(contentsOf: utf8)
            }
        }
        ends.append(bytes.count)
        counts.append(Int32(clamping: deals.count))
    }

    package mutating func append(list deals: [KeptDeal]) {
        deals.withUnsafeBufferPointer { append(list: $0) }
    }

    /// Calls `body` with each id of list `list`, in order, as UTF-8 read in place.
    package func forEachID(in list: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var at = list == 0 ? 0 : ends[list - 1]
        let end = ends[list]
        bytes.withUnsafeBufferPointer { all in
            while at < end {
                var n = 0, shift = 0
                while all[at] & 0x80 != 0 {
                    n |= Int(all[at] & 0x7F) << shift
                    shift += 7
                    at += 1
                }
                n |= Int(all[at]) << shift
                at += 1
                body(UnsafeBufferPointer(rebasing: all[at..<at + n]))
                at += n
            }
        }
    }

    /// The ids of list `list` as strings (for tests and messages).
    package func ids(in list: Int) -> [String] {
        var out: [String] = []
        forEachID(in: list) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }
}
