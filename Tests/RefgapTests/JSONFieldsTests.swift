import RefgapModel
import Testing

@testable import RefgapRender

/// run.json's long lists are written member by member (`JSON.written`), not made as values: the bytes
/// must be those of the `JSON` value they stand for, at every depth, with hostile strings, empty
/// arrays and objects, nulls, and a piece boundary among the elements.
@Suite("JSON written member by member")
struct JSONFieldsTests {
    static let strings = HostileStringTests.hostile + ["", "plain", "line\u{2028}break", "é · 日本", "</script>"]

    /// Element `i` as a value: fields of every kind, nested arrays and objects, some of them empty.
    static func value(_ i: Int) -> JSON {
        let s = strings[i % strings.count]
        let list = Array(strings.prefix(i % 4))
        return .object([
            ("order", .int(i)), ("name", .string(s)), ("share", .number(Double(i) / 7)),
            ("dimensions", .object([("industry", .string(s)), ("region", .string("Any"))])),
            ("goals", .array(list.map { .string($0) })),
            ("maybe", i % 2 == 0 ? .null : .number(-Double(i))), ("flag", .bool(i % 3 == 0)),
            (
                "people",
                .array(
                    list.map { name in
                        .object([("contact", .string(name)), ("because", .array([.string(s), .string(name)]))])
                    })
            ),
            ("empty", .object([])),
        ])
    }

    /// The same element written member by member.
    static func write(_ i: Int, _ out: inout JSON.Output, _ depth: Int) {
        let s = strings[i % strings.count]
        let list = Array(strings.prefix(i % 4))
        var o = out.openObject(depth: depth)
        out.field("order", int: i, in: &o)
        out.field("name", s, in: &o)
        out.field("share", number: Double(i) / 7, in: &o)
        out.field("dimensions", keys: ["industry", "region"], values: [s, nil], in: &o)
        out.field("goals", strings: list, in: &o)
        out.key("maybe", in: &o)
        if i % 2 == 0 { out.null() } else { out.number(-Double(i)) }
        out.key("flag", in: &o)
        out.bool(i % 3 == 0)
        out.key("people", in: &o)
        var people = out.openArray(depth: o.depth + 1)
        for name in list {
            out.member(in: &people)
            var p = out.openObject(depth: people.depth + 1)
            out.field("contact", name, in: &p)
            out.field("because", strings: [s, name], in: &p)
            out.close(p)
        }
        out.close(people)
        out.key("empty", in: &o)
        out.close(out.openObject(depth: o.depth + 1))
        out.close(o)
    }

    @Test(arguments: [0, 1, 5, 3_000])
    func writtenElementsAreTheValuesBytes(count: Int) {
        let made = JSON.object([("as_of", .string("2026-12-02")), ("items", .elements(count) { Self.value($0) })])
        let written = JSON.object([
            ("as_of", .string("2026-12-02")), ("items", .written(count) { Self.write($0, &$1, $2) }),
        ])
        let a = made.document(), b = written.document()
        #expect(a.count > 1 || count < 3_000, "3,000 elements span more than one piece")
        let same = a.joined().elementsEqual(b.joined())
        #expect(same, "the document's bytes differ: \(made.text().count) and \(written.text().count) characters")
    }

    /// run.json's near-miss objects are made once per contact and depth (`NearMissObjects`): listed
    /// again and again, at two depths, they are the bytes of the same fields written each time.
    @Test func nearMissObjectsMadeOnceAreTheFieldsBytes() {
        let roster = Self.strings.indices.map { i in
            Contact(
                id: Self.strings[i], account: "Acct", name: Self.strings[(i + 1) % Self.strings.count], title: "",
                seniority: .manager, status: .pending, statusLabel: "Pending", dimensions: [], activities: [],
                lastVerified: nil, lastUsed: nil, usesLast90Days: 0, maxUsesPerQuarter: nil, restUntil: nil,
                health: nil, csm: "", renewal: nil, line: i + 2)
        }
        let reasons = roster.indices.map { Array(Self.strings.prefix($0 % 3)) }
        let objects = NearMissObjects(roster: roster, reasons: reasons)
        var cached = JSON.Output(capacity: 64)
        var direct = JSON.Output(capacity: 64)
        for depth in [4, 4, 2, 4] {
            for c in roster.indices + roster.indices.reversed() {
                objects.write(c, depth: depth, into: &cached)
                var m = direct.openObject(depth: depth)
                direct.field("contact", roster[c].id, in: &m)
                direct.field("name", roster[c].name, in: &m)
                direct.field("excluded_because", strings: reasons[c], in: &m)
                direct.close(m)
            }
        }
        let (cachedBytes, directBytes) = (cached.bytes.array, direct.bytes.array)
        #expect(!directBytes.isEmpty)
        #expect(cachedBytes == directBytes)
    }

    /// Kept deals' ids are held inline up to 23 bytes (`DealID`), and a bucket's in one block of bytes
    /// after their lengths (`KeptDealIDs`, two bytes of length from 128): every id, on both sides of
    /// those lengths and in any script, reads back as it was and is written as the same string would be.
    @Test func dealIDsReadBackAndWriteAsTheirStrings() {
        let lengths = [0, 1, 7, 8, 15, 16, 18, 22, 23, 24, 36, 127, 128, 300, 20_000]
        let ids =
            Self.strings + lengths.map { String(repeating: "7", count: $0) }
            + [
                "006Dn000004XyZ1IAK", "zcrm_5713000000387001", "é" + String(repeating: "x", count: 21),
                "日本語の取引先ID_0001",
            ]
        for id in ids {
            #expect(DealID(id).description == id, "\(id.utf8.count) bytes")
            #expect(DealID(id) == DealID(id))
        }
        #expect(Set(ids.map { DealID($0) }).count == Set(ids).count, "distinct ids stay distinct")
        var kept = JSON.Output(capacity: 64)
        var plain = JSON.Output(capacity: 64)
        var a = kept.openObject(depth: 1), b = plain.openObject(depth: 1)
        var lists = KeptDealIDs()
        lists.append(list: ["before"].map { KeptDeal(id: DealID($0), amount: 1, line: 1) })
        let deals = ids.map { KeptDeal(id: DealID($0), amount: 1, line: 2) }
        let before = lists.bytesCount
        lists.append(list: deals)
        #expect(lists.bytesCount - before == deals.withUnsafeBufferPointer(KeptDealIDs.encodedSize))
        lists.append(list: [])
        #expect(lists.count == 3 && lists.count(at: 1) == ids.count && lists.count(at: 2) == 0)
        #expect(lists.ids(in: 0) == ["before"] && lists.ids(in: 1) == ids && lists.ids(in: 2).isEmpty)
        kept.field("deal_ids", ids: lists, list: 1, in: &a)
        plain.field("deal_ids", strings: ids, in: &b)
        kept.close(a)
        plain.close(b)
        let (keptBytes, plainBytes) = (kept.bytes.array, plain.bytes.array)
        #expect(keptBytes == plainBytes)
    }

    /// A kept deal is 40 bytes (a million-row export keeps hundreds of thousands), and its line reads
    /// back as given, up to the 32 bits it is kept in.
    @Test func aKeptDealIsFortyBytesAndKeepsItsLine() {
        #expect(MemoryLayout<KeptDeal>.stride == 40)
        for line in [0, 2, 1_000_001, Int(UInt32.max)] {
            #expect(KeptDeal(id: DealID("006Dn000004XyZ1IAK"), amount: 12.5, line: line).line == line)
        }
        var deal = KeptDeal(id: DealID("x"), amount: 1, line: 3)
        deal.line = 7
        #expect(deal.line == 7 && deal.amount == 1 && deal.id == DealID("x"))
    }
}
