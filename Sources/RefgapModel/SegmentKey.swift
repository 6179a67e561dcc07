/// A segment as a dictionary key: an activity and one value (or none) per dimension, hashed once when
/// made, over their bytes (FNV-1a). With the standard hasher each lookup hashed the strings again:
/// that was most of grouping a large program's buckets into targets and into the history's segments.
///
/// Public and inlinable, as the other hot helpers here are (docs/architecture.md, Conventions), so
/// its callers in other modules hash without a call per byte.
public struct SegmentKey: Hashable, Sendable {
    /// The activity, as written.
    public let activity: String
    /// One value per dimension, in the config's order; nil where the segment names none.
    public let dimensions: [String?]
    @usableFromInline let bytesHash: Int

    /// The key of `activity` and `dimensions`, hashed now.
    @inlinable public init(activity: String, dimensions: [String?]) {
        self.activity = activity
        self.dimensions = dimensions
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        @inline(__always) func mix(_ s: String) {
            var text = s
            text.withUTF8 { for b in $0 { mix(b) } }
            // A byte no UTF-8 text holds ends each value, so the values' bounds count.
            mix(0xFF)
        }
        mix(activity)
        for d in dimensions {
            if let d { mix(d) } else { mix(0xFE) }
        }
        bytesHash = Int(truncatingIfNeeded: h)
    }

    /// The hash made once, when the key was.
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }

    /// The same activity and values, byte for byte (the hashes first).
    @inlinable public static func == (a: SegmentKey, b: SegmentKey) -> Bool {
        a.bytesHash == b.bytesHash && a.activity == b.activity && a.dimensions == b.dimensions
    }
}
