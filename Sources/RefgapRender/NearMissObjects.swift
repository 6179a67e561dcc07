import Foundation
import RefgapModel

/// run.json's near-miss objects (a contact's id, name and why it is excluded), each made once: a
/// million-row export lists the same few thousand excluded contacts a few hundred thousand times
/// under its buckets, and quoting their strings again each time was a third of writing run.json.
/// The bytes are the ones `JSON.Output` writes for the object at that depth.
final class NearMissObjects: @unchecked Sendable {
    private let roster: [Contact]
    private let reasons: [[String]]
    /// Guards `made`: run.json's buckets are written one at a time, but nothing here depends on it.
    private let lock = NSLock()
    private var made: [Int: [UInt8]] = [:]
    private var madeDepth: Int? = nil

    /// `reasons`: per contact, why the supply excludes it.
    init(roster: [Contact], reasons: [[String]]) {
        self.roster = roster
        self.reasons = reasons
    }

    /// Contact `c`'s object, as a value at `depth`.
    func write(_ c: Int, depth: Int, into out: inout JSON.Output) {
        lock.lock()
        defer { lock.unlock() }
        if madeDepth != depth {
            made = [:]
            madeDepth = depth
        }
        if let bytes = made[c] {
            bytes.withUnsafeBufferPointer { out.bytes.append(contentsOf: $0) }
            return
        }
        var object = JSON.Output(capacity: 256)
        var m = object.openObject(depth: depth)
        object.field("contact", roster[c].id, in: &m)
        object.field("name", roster[c].name, in: &m)
        object.field("excluded_because", strings: reasons[c], in: &m)
        object.close(m)
        let bytes = object.bytes.array
        made[c] = bytes
        bytes.withUnsafeBufferPointer { out.bytes.append(contentsOf: $0) }
    }
}
