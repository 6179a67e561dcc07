import CSVReader
import RefgapModel

/// Repeated deals in an opportunity export. Every typed row leaves an 8-byte key (its id's hash, or the
/// whole row's where there is no id) as it streams; after a reading, keys seen more than once mark the
/// rows to hold back on a second reading, where they are compared in full and resolved:
/// - a row identical to an earlier one is a duplicate, set aside;
/// - rows sharing an id and differing only in other columns (the product, a line item's quantity),
///   with the same stage, close date, amount and probability, are the line items of one deal
///   (Salesforce's *Opportunities with Products*): the deal counts once, its amount once, its demand
///   split evenly over its rows;
/// - rows sharing an id that differ in stage, close date, amount or probability are versions of one
///   deal: the latest `Last Modified` wins (else the last row), the others are set aside, the conflict listed.
/// Memory: the keys, 8 bytes a row; the held rows only where keys repeat.
package enum DuplicateDeals {
    static let duplicateReason = "duplicate of an earlier row (identical in every cell)"
    static let supersededReason =
        "an older version of a deal that appears again with the same id (the later one is used)"

    /// The key of a row: its id cell, else every cell. Hashed 8 bytes at a time (FNV-style multiply),
    /// the same in every run; a collision only holds a row back for the full comparison.
    /// `skip` (`Repeats.namelessSkip`): for a row with no id, the columns a deal's lines differ in
    /// (product, quantity, price, the amounts), left out so that its lines share a key.
    @inline(__always)
    static func key(_ record: borrowing CSVRow, idColumn: Int?, skip: [Bool]? = nil) -> UInt64 {
        if let c = idColumn, c < record.count {
            let b = record.bytes(c)
            if !b.isEmpty { return hash(b, seed: 0x9E37_79B9_7F4A_7C15) }
        }
        var h: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        if let skip {
            for i in 0..<record.count where i >= skip.count || !skip[i] {
                h = hash(record.bytes(i), seed: h) &+ 0x165667B1
            }
            return h
        }
        for i in 0..<record.count { h = hash(record.bytes(i), seed: h) &+ 0x165667B1 }
        return h
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var h = seed ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                h = (h ^ w) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The keys that occur more than once among all parts' keys.
    static func repeated(_ parts: [[UInt64]]) -> Set<UInt64> {
        // One bitmap (2 MiB) first: only keys whose bit was already set can repeat, a few percent of them.
        let bits = 1 << 24
        @inline(__always) func slot(_ k: UInt64) -> (word: Int, bit: UInt64) {
            let b = Int(truncatingIfNeeded: k >> 40) & (bits - 1)
            return (b >> 6, 1 << UInt64(b & 63))
        }
        var map = [UInt64](repeating: 0, count: bits / 64)
        var maybe = Set<UInt64>()
        for keys in parts {
            for k in keys {
                let (word, bit) = slot(k)
                if map[word] & bit != 0 { maybe.insert(k) } else { map[word] |= bit }
            }
        }
        guard !maybe.isEmpty else { return [] }
        // The same bitmap, now of the bits the candidates sit on: the second pass looks up only the
        // keys on them (a few percent), not all. (A second bitmap of its own was 2 MiB more at the
        // run's peak.)
        for w in map.indices { map[w] = 0 }
        for k in maybe {
            let (word, bit) = slot(k)
            map[word] |= bit
        }
        // The candidates' occurrences, sorted: a key met twice or more sits in a run of its own.
        var met: [UInt64] = []
        for keys in parts {
            for k in keys {
                let (word, bit) = slot(k)
                guard map[word] & bit != 0, maybe.contains(k) else { continue }
                met.append(k)
            }
        }
        met.sort()
        var out = Set<UInt64>()
        var i = 0
        while i < met.count {
            var j = i + 1
            while j < met.count && met[j] == met[i] { j += 1 }
            if j - i > 1 { out.insert(met[i]) }
            i = j
        }
        return out
    }

    /// Header words of a column that describes a line item of a deal (its product, quantity or price),
    /// folded, in the CRMs' UI languages: rows of one id that differ in such a column can be a deal's
    /// line items; rows that differ elsewhere cannot.
    static let lineItemWords: Set<String> = [
        "product", "products", "item", "items", "lineitem", "sku", "quantity", "qty", "price", "prices",
        "produkt", "produkte", "artikel", "menge", "preis", "produit", "produits", "article", "quantite", "prix",
        "producto", "productos", "cantidad", "precio", "produto", "produtos", "quantidade", "preco", "prodotto",
        "prodotti", "quantita", "prezzo", "aantal", "prijs",
    ]

    /// The columns of `header` that describe a line item, in order.
    static func lineItemColumns(_ header: [String]) -> [Int] {
        header.indices.filter { !ColumnCandidate.fieldWords(header[$0]).isDisjoint(with: lineItemWords) }
    }

    /// A row's cells as 128 bits (two hashes of every cell as decoded, so cells equal as strings hash
    /// alike): exact duplicates are found by it. Holding every cell of every repeated row took ~6 KB a
    /// row (an Opportunities with Products report of 1M rows, half of them further lines: 3 GB); two
    /// different rows share a fingerprint with a chance of about n² / 2¹²⁹, 10⁻²⁷ at a million rows.
    struct Fingerprint: Hashable {
        let a: Int
        let b: Int

        /// `skip`: columns left out (a nameless deal's line-item columns: `Held.dealKey`).
        init(_ record: borrowing CSVRow, skip: [Bool] = []) {
            var a = Hasher(), b = Hasher()
            a.combine(0 as UInt8)
            b.combine(1 as UInt8)
            for (i, cell) in record.strings().enumerated() where i >= skip.count || !skip[i] {
                a.combine(cell)
                b.combine(cell)
            }
            a.combine(record.count)
            b.combine(record.count)
            self.a = a.finalize()
            self.b = b.finalize()
        }
    }

    /// A row held back on the second reading: typed, with its texts, its fingerprint for the
    /// comparison and the cells the notes read again. An object: the resolution's lists (the parts'
    /// rows joined, the rows used) share each row rather than copy its ~500 bytes.
    final class Held {
        let part: Int
        var row: OpportunityRow
        let texts: DealTexts
        let fingerprint: Fingerprint
        /// The probability and close date cells as written (the stage table and the date order's notes).
        let probabilityText: String
        let closeText: String
        /// The cells of the columns that describe a line item (product, quantity, price; not the amount):
        /// rows that differ here are different lines.
        let lineItem: [String]
        let hasID: Bool
        let lastModified: String
        /// What its amount did to the currencies (`CurrencyTally`), counted only if the row is used.
        let currencies: CurrencyTally
        /// For a row with no id in an export with line-item columns: its cells but those, so that the
        /// lines of one deal (the same in every other cell) are grouped as an id's would be.
        let dealKey: Fingerprint?

        init(
            part: Int, row: OpportunityRow, texts: DealTexts, fingerprint: Fingerprint, probabilityText: String,
            closeText: String, lineItem: [String], hasID: Bool, lastModified: String, currencies: CurrencyTally,
            dealKey: Fingerprint? = nil
        ) {
            self.part = part
            self.row = row
            self.texts = texts
            self.fingerprint = fingerprint
            self.probabilityText = probabilityText
            self.closeText = closeText
            self.lineItem = lineItem
            self.hasID = hasID
            self.lastModified = lastModified
            self.currencies = currencies
            self.dealKey = dealKey
        }
    }

    /// What the held rows resolve to.
    struct Resolution {
        /// The rows to use, in file order, with their shares.
        var used: [Held] = []
        var duplicates = 0
        var superseded = 0
        /// The amounts of the rows set aside, so a note can say how much pipeline the guess kept out.
        var duplicatePipeline = 0.0
        var supersededPipeline = 0.0
        /// Of those, the open rows' (a won or lost row set aside is no pipeline: a trial's note called
        /// a won deal's older version "pipeline").
        var duplicateOpen = 0.0
        var supersededOpen = 0.0
        /// Deals that came as several line items, and their rows; of them, deals with no id (grouped by
        /// every cell but the line items').
        var lineItemDeals = 0
        var lineItemRows = 0
        var namelessLineItemDeals = 0
        /// The currencies of the amounts used: a duplicate's or an older version's are not counted,
        /// and a deal of several line items counts as one amount.
        var currencies = CurrencyTally()
        /// Of them, deals whose rows carry each its own line's price (summed into the deal).
        var pricedLineItemDeals = 0
        /// Their amounts summed: the pipeline that reading guessed.
        var pricedLineItemPipeline = 0.0
        /// Ids whose rows disagree: what differed, which line was used, and why.
        var conflicts: [String] = []
    }

    /// Whether an earlier line of the deal has this line's dimensions and activity (the same bucket,
    /// its close date being the deal's): the bucket counts the deal once. A trial's deals of two
    /// products with no product dimension were counted twice in their bucket.
    static func bucketCounted(_ h: Held, among earlier: ArraySlice<Int>, _ held: [Held]) -> Bool {
        earlier.contains { held[$0].row.dimensions == h.row.dimensions && held[$0].row.activity == h.row.activity }
    }

    /// Resolves held rows given in file order. The rows are read in place, by index: a copy of every
    /// held row per step (the distinct ones, each id's group, the chosen ones) was most of the memory of
    /// an export whose rows repeat (an Opportunities with Products report).
    static func resolve(_ held: [Held], dateOrder: Config.DateOrder) -> Resolution {
        var out = Resolution()
        // Exact duplicates first: the same cells as an earlier row.
        var seenCells = Set<Fingerprint>(minimumCapacity: held.count)
        var distinct: [Int] = []
        for i in held.indices {
            if seenCells.insert(held[i].fingerprint).inserted {
                distinct.append(i)
            } else {
                out.duplicates += 1
                out.duplicatePipeline += held[i].row.amount
                if !held[i].row.isClosed { out.duplicateOpen += held[i].row.amount }
            }
        }
        // Then rows sharing an id, in the order each id first appears; rows with no id, by every cell
        // but their line items' (a report of deals with products and no id column).
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for i in distinct {
            let group: String
            if held[i].hasID {
                group = "id:" + held[i].texts.id
            } else if let k = held[i].dealKey {
                group = "cells:\(k.a),\(k.b)"
            } else {
                out.used.append(held[i])
                out.currencies.absorb(held[i].currencies)
                continue
            }
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(i)
        }
        for group in order {
            guard let rows = groups[group] else { continue }
            let nameless = !held[rows[0]].hasID
            let label =
                nameless ? "deal \(Clip.quoted(held[rows[0]].texts.name)) (no id)" : "id \(held[rows[0]].texts.id)"
            if rows.count == 1 {
                out.used.append(held[rows[0]])
                out.currencies.absorb(held[rows[0]].currencies)
                continue
            }
            /// What a version of the deal says: its stage, close date, probability and (unless left
            /// out) amount.
            func version(_ i: Int, amount: Bool = true) -> String {
                let r = held[i].row
                return
                    "\(r.stage)|\(r.closeDate)|\(amount ? "\(r.amount)" : "")|\(r.probability.map { String($0) } ?? "")"
            }
            var chosen = rows
            // Line items priced each (an Opportunities with Products report's Total Price): the same
            // stage, close date and probability, each row its own line item (its product, quantity or
            // price columns), different amounts, modified together. The deal is their sum; each row
            // carries its line's share of it. Rows that differ only in other columns (a row checksum,
            // a next step) or were modified apart are versions: summed, a trial's Dynamics export
            // counted a deal's old and new amounts as one deal of both.
            let sameDeal = Set(rows.map { version($0, amount: false) }).count == 1
            let eachALine = Set(rows.map { held[$0].lineItem }).count == rows.count
            let modifiedTogether = Set(rows.map { held[$0].lastModified }).count == 1
            if sameDeal && Set(rows.map { version($0) }).count > 1 && eachALine && modifiedTogether {
                let total = rows.reduce(0) { $0 + held[$1].row.amount }
                out.lineItemDeals += 1
                if nameless { out.namelessLineItemDeals += 1 }
                out.lineItemRows += rows.count
                out.pricedLineItemDeals += 1
                out.pricedLineItemPipeline += total
                for (k, i) in rows.enumerated() {
                    // Each line's amount is part of the deal's: summed, counted once.
                    let h = held[i]
                    out.currencies.absorb(k == 0 ? h.currencies : h.currencies.withoutCounts)
                    h.row.share = h.row.amount / total
                    h.row.amount = total
                    h.row.countsAsDeal = k == 0
                    h.row.bucketCounted = Self.bucketCounted(h, among: rows[..<k], held)
                    out.used.append(h)
                }
                continue
            }
            // Rows with no id are one deal's lines only as lines: each its own product, quantity or price,
            // the rest the same. Otherwise nothing says they are one deal (versions need an id to share):
            // each is used as it is, as before there was a grouping for them.
            if nameless && (!eachALine || Set(rows.map { version($0) }).count > 1) {
                for i in rows {
                    out.used.append(held[i])
                    out.currencies.absorb(held[i].currencies)
                }
                continue
            }
            if Set(rows.map { version($0) }).count > 1 {
                // Versions of one deal: the latest Last Modified wins; among equals (or with no such
                // column) the last row in the file.
                var winner = rows[rows.count - 1]
                var why = "the last row in the file"
                let days = rows.map { Values.date(held[$0].lastModified)?.resolve(dateOrder) }
                if let latest = days.compactMap({ $0 }).max(), let at = days.lastIndex(of: latest) {
                    winner = rows[at]
                    why = "the latest Last Modified (\(held[rows[at]].lastModified))"
                }
                let kept = version(winner)
                chosen = rows.filter { version($0) == kept }
                let dropped = rows.filter { version($0) != kept }
                out.superseded += dropped.count
                out.supersededPipeline += dropped.reduce(0) { $0 + held[$1].row.amount }
                out.supersededOpen += dropped.reduce(0) { $0 + (held[$1].row.isClosed ? 0 : held[$1].row.amount) }
                var differs: [String] = []
                if Set(rows.map { held[$0].row.stage }).count > 1 { differs.append("stage") }
                if Set(rows.map { held[$0].row.closeDate }).count > 1 { differs.append("close date") }
                if Set(rows.map { held[$0].row.amount }).count > 1 { differs.append("amount") }
                if Set(rows.map { held[$0].row.probability ?? -1 }).count > 1 { differs.append("probability") }
                out.conflicts.append(
                    "\(label): lines \(rows.map { String(held[$0].row.line) }.joined(separator: ", ")) differ in \(differs.joined(separator: ", ")); line \(held[winner].row.line) used (\(why)), the others set aside"
                )
            }
            // Line items of one amount, or the one version used: the deal's amount once.
            out.currencies.absorb(held[chosen[0]].currencies)
            if chosen.count > 1 {
                out.lineItemDeals += 1
                if nameless { out.namelessLineItemDeals += 1 }
                out.lineItemRows += chosen.count
                let share = 1 / Double(chosen.count)
                for (k, i) in chosen.enumerated() {
                    let h = held[i]
                    h.row.share = share
                    h.row.lineItem = Int32(k)
                    h.row.lineItems = Int32(chosen.count)
                    h.row.countsAsDeal = k == 0
                    h.row.bucketCounted = Self.bucketCounted(h, among: chosen[..<k], held)
                    out.used.append(h)
                }
            } else {
                out.used.append(held[chosen[0]])
            }
        }
        out.used.sort { ($0.part, $0.row.line) < ($1.part, $1.row.line) }
        return out
    }
}
