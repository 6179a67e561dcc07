/// Values made from their key once and remembered, up to `limit` keys (past it, made each time, so
/// memory stays bounded): what a large input repeats (an activities cell, a region list, a value to
/// lowercase) costs a lookup, not a new array or string from malloc, whose locks the threads share.
///
/// Inlinable, so each use is specialized for its key and value types in the module that uses it:
/// called across modules as generic code, every lookup looked up the dictionary's type metadata
/// at run time (`swift_getGenericMetadata`, a lock) and hashed through witness tables.
public struct Memo<Key: Hashable, Value> {
    @usableFromInline var known: [Key: Value] = [:]
    /// Keys remembered at most.
    public let limit: Int

    /// Remembers up to `limit` keys.
    @inlinable public init(limit: Int = 4096) { self.limit = limit }

    /// The value for `key`: remembered, else `make`'s (remembered while there is room).
    @inlinable public mutating func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let v = known[key] { return v }
        let v = make(key)
        if known.count < limit { known[key] = v }
        return v
    }
}

extension Memo: Sendable where Key: Sendable, Value: Sendable {}
