extension Text {
    /// Whether `s` holds `needle`'s bytes in a row, compared as written (lowercase the text first to
    /// ignore case). String's `contains` of a string goes through Foundation on Linux (CFStringFind):
    /// a calendar of 300 needs spent 10 to 30 ms in it, on the run's critical path. (Nor the standard
    /// library's `utf8.contains(_:)` of a collection: it ran as unspecialized generic code, about 20 ms.)
    package static func contains(_ s: String, bytes needle: StaticString) -> Bool {
        needle.withUTF8Buffer { wanted in
            if let found = s.utf8.withContiguousStorageIfAvailable({ find(wanted, in: $0) }) { return found }
            var copy = s
            return copy.withUTF8 { find(wanted, in: $0) }
        }
    }

    private static func find(_ wanted: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = wanted.count
        guard n > 0 else { return true }
        guard text.count >= n else { return false }
        let first = wanted[0]
        var i = 0
        while i <= text.count - n {
            if text[i] == first {
                var j = 1
                while j < n && text[i + j] == wanted[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
