import RefgapModel

/// Writing a JSON object or array straight into the output, member by member, with the same bytes as
/// the `JSON` value it stands for (`.object`, `.array`): run.json's long lists write each element this
/// way (`JSON.written`) rather than make an array of pairs, strings and nested arrays for every
/// bucket and then write it. `JSONFieldsTests` holds the two to the same bytes.
extension JSON.Output {
    /// An open object or array: its depth and how many members it has so far.
    struct Level {
        let depth: Int
        let object: Bool
        var count = 0
    }

    /// Opens an object whose value sits at `depth` (a field's value: its object's depth + 1).
    mutating func openObject(depth: Int) -> Level {
        bytes.append(UInt8(ascii: "{"))
        return Level(depth: depth, object: true)
    }

    mutating func openArray(depth: Int) -> Level {
        bytes.append(UInt8(ascii: "["))
        return Level(depth: depth, object: false)
    }

    /// The next field's key; its value is written next, at `level.depth + 1`. Keys are plain ASCII
    /// names, which `JSON.quote` copies as they are.
    mutating func key(_ name: StaticString, in level: inout Level) {
        member(in: &level)
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        literal("\": ")
    }

    /// The next element of an array; its value is written next, at `level.depth + 1`.
    mutating func member(in level: inout Level) {
        if level.count > 0 { bytes.append(0x2C) }
        newline(depth: level.depth + 1)
        level.count += 1
    }

    mutating func close(_ level: Level) {
        if level.count > 0 { newline(depth: level.depth) }
        bytes.append(level.object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    mutating func string(_ s: String) { JSON.quote(s, into: &bytes) }
    mutating func number(_ d: Double) { Format.appendPlain(d, into: &bytes) }
    mutating func int(_ i: Int) { Format.appendInteger(i, into: &bytes) }
    mutating func null() { literal("null") }
    mutating func bool(_ b: Bool) { literal(b ? "true" : "false") }

    /// A field holding a string, a number or an integer.
    mutating func field(_ name: StaticString, _ s: String, in level: inout Level) {
        key(name, in: &level)
        string(s)
    }
    mutating func field(_ name: StaticString, number d: Double, in level: inout Level) {
        key(name, in: &level)
        number(d)
    }
    mutating func field(_ name: StaticString, int i: Int, in level: inout Level) {
        key(name, in: &level)
        int(i)
    }

    /// A field holding an array of strings.
    mutating func field<S: Sequence<String>>(_ name: StaticString, strings: S, in level: inout Level) {
        key(name, in: &level)
        var array = openArray(depth: level.depth + 1)
        for s in strings {
            member(in: &array)
            string(s)
        }
        close(array)
    }

    /// A field holding an array of the kept deals' ids, each read in place (a sequence mapped to the
    /// ids handed each one over retained, and a million-row export keeps hundreds of thousands).
    mutating func field(_ name: StaticString, ids: KeptDealIDs, list: Int, in level: inout Level) {
        key(name, in: &level)
        var array = openArray(depth: level.depth + 1)
        ids.forEachID(in: list) { id in
            member(in: &array)
            JSON.quote(utf8: id, into: &bytes)
        }
        close(array)
    }

    /// A field holding an object of strings under dynamic keys (a bucket's dimensions).
    mutating func field(_ name: StaticString, keys: [String], values: [String?], in level: inout Level) {
        key(name, in: &level)
        var object = openObject(depth: level.depth + 1)
        for (k, v) in zip(keys, values) {
            member(in: &object)
            JSON.quote(k, into: &bytes)
            literal(": ")
            string(v ?? "Any")
        }
        close(object)
    }
}
