/// A deal's id as the export spells it, held in the value itself when it is at most 23 bytes of UTF-8.
/// CRM record ids are mostly 15 to 21 characters (Salesforce's 15 and 18, HubSpot's numbers, Zoho's
/// `zcrm_` ids), one byte longer than a Swift string holds without an allocation of its own: a
/// million-row export keeps a few hundred thousand of them (`KeptDeal`), each one an allocation and
/// ~64 bytes of heap as a `String`. Longer ids (Dynamics' GUIDs) are kept as a `String`.
package struct DealID: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Inline: the bytes little-endian in three words, the last byte of the third holding the count.
    /// One spelling per id (inline exactly when it fits), so equal ids have equal storage.
    private enum Storage: Sendable, Hashable {
        case inline(UInt64, UInt64, UInt64)
        case text(String)
    }
    private let storage: Storage

    static let inlineCapacity = 23

    package init(_ text: String) {
        var native = text
        let words: (UInt64, UInt64, UInt64)? = native.withUTF8 { bytes in
            guard bytes.count <= Self.inlineCapacity else { return nil }
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { raw in
                raw.copyMemory(from: UnsafeRawBufferPointer(bytes))
                raw[Self.inlineCapacity] = UInt8(bytes.count)
            }
            return words
        }
        storage = words.map { .inline($0.0, $0.1, $0.2) } ?? .text(text)
    }

    package init(stringLiteral text: String) { self.init(text) }

    /// The id's UTF-8 bytes, read in place.
    package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .inline(let a, let b, let c):
            let words = (a, b, c)
            return try withUnsafeBytes(of: words) { raw in
                let count = Int(raw[Self.inlineCapacity])
                return try body(
                    UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count))
            }
        case .text(var text):
            return try text.withUTF8(body)
        }
    }

    package var description: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
}
