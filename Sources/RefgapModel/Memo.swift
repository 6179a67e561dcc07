/// Values made from their key once and remembered, up to `limit` keys (past it, made each time, so
/// memory stays bounded): what a large input repeats (an activities cell, a region list, a value to
/// lowercase) costs a lookup, not a new array or string from malloc, whose locks the threads share.
package struct Memo<Key: Hashable, Value> {
    private var known: [Key: Value] = [:]
    package let limit: Int

    package init(limit: Int = 4096) { self.limit = limit }

    /// The value for `key`: remembered, else `make`'s (remembered while there is room).
    package mutating func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let v = known[key] { return v }
        let v = make(key)
        if known.count < limit { known[key] = v }
        return v
    }
}

extension Memo: Sendable where Key: Sendable, Value: Sendable {}
