import RefgapModel

/// The vocabulary of supply and demand as the reports, run.json and `refgap validate` show it: values
/// on one side only, likely pairs with their `synonyms:` line, contacts filled from their account or
/// left blank.
package enum VocabularyText {
    /// Longest lists shown in a report table; run.json has them all.
    static let shown = 30

    /// The sentences for the summary: each join that would change coverage, and blank dimensions
    /// that keep many eligible contacts from demand.
    package static func summary(_ p: StageResults) -> [String] {
        let v = p.prioritized.vocabulary
        var out: [String] = []
        for pair in v.pairs where pair.changesCoverage {
            let more = (pair.coveredIfJoined ?? 0) - pair.coveredBefore
            out.append(
                "\(pair.dimension.capitalized) \(Clip.quoted(pair.demandSide.value)) (asked for: \(Format.refs(pair.demandSide.demand)) references, gap \(Format.refs(pair.demandSide.gap))) is probably the roster's \(Clip.quoted(pair.supplySide.value)) (\(Format.count(pair.supplySide.contacts, "eligible contact"))) spelled another way: adding \(pair.synonymLine) to refgap.yml would cover \(Format.refs(more)) more references. Check it under Data quality: vocabulary."
            )
        }
        for b in v.blanks where b.isLarge {
            out.append(
                "\(b.contacts) of \(v.eligibleContacts) eligible contacts have no \(b.dimension): they match only needs that accept any \(b.dimension). With \(b.dimension.contains(" and ") ? "them" : "it") filled in they would match \(Format.count(b.buckets, "more bucket")) whose gap is \(Format.refs(b.gap)) references: fill \(b.dimension.contains(" and ") ? "them" : "it") in the roster, or give the accounts export (accounts.csv) with their accounts."
            )
        }
        return out
    }

    /// Every finding, one sentence each (for `refgap validate`).
    package static func lines(_ p: StageResults) -> [String] {
        let v = p.prioritized.vocabulary
        let config = p.prioritized.config
        var out = enrichment(p)
        out += blankDeals(
            p.segmented.dataQuality, dimensions: config.dimensions, currency: config.currency,
            accountsRead: p.segmented.ledgers.contains { $0.kind == .accounts })
        out += StateAloneText.lines(p.segmented.dataQuality, currency: config.currency)
        for pair in v.pairs {
            out.append(
                "\(pair.dimension) \(Clip.quoted(pair.demandSide.value)) (demand \(Format.refs(pair.demandSide.demand)), \(Format.count(pair.demandSide.contacts, "eligible contact"))) and \(Clip.quoted(pair.supplySide.value)) (demand \(Format.refs(pair.supplySide.demand)), \(Format.count(pair.supplySide.contacts, "eligible contact"))) are probably one value (\(pair.why)); \(effect(pair)). To join them: \(pair.synonymLine)"
            )
        }
        if v.uncheckedPairs > 0 {
            out.append("\(v.uncheckedPairs) more pairs were not checked for their effect on coverage.")
        }
        if v.eligibleContacts == 0 {
            out.append("No roster contact is eligible supply yet: no value demand asks for is carried.")
        } else {
            out += activitiesWithoutSupply(p)
            for (d, s) in v.demandOnly.prefix(shown) {
                out.append(
                    "\(d) \(Clip.quoted(s.value)) is asked for (\(Format.refs(s.demand)) references, gap \(Format.refs(s.gap))) and carried by no eligible contact."
                )
            }
            for (d, s) in v.supplyOnly.prefix(shown) {
                out.append(
                    "\(d) \(Clip.quoted(s.value)) is carried by \(Format.count(s.contacts, "eligible contact")) and asked for by no demand."
                )
            }
            let more = max(0, v.demandOnly.count - shown) + max(0, v.supplyOnly.count - shown)
            if more > 0 { out.append("… and \(more) more values on one side only (run.json lists them all).") }
        }
        out += industryLines(v)
        out += blankLines(v)
        return out
    }

    static func effect(_ pair: Vocabulary.Pair) -> String {
        guard let joined = pair.coveredIfJoined else { return "not checked for its effect on coverage" }
        let more = joined - pair.coveredBefore
        return more >= 0.01
            ? "joined, \(Format.refs(more)) more references would be covered" : "joining them would not change coverage"
    }

    /// Open deals with no value on a dimension (after filling from the accounts export), with their
    /// pipeline: they match any contact on it, so their coverage rests on that (the report's data
    /// quality and `refgap validate` both say it).
    /// Without an accounts export, where one would fill the value (any dimension but a deal's
    /// product), the line says so: Business Central's and SugarCRM's exports carry no industry or region.
    package static func blankDeals(_ dq: DataQuality, dimensions: [String], currency: String, accountsRead: Bool)
        -> [String]
    {
        dimensions.compactMap { d in
            guard let n = dq.blankDimensions[d], n > 0 else { return nil }
            let pipeline = Format.money(Double(dq.blankDimensionCents[d] ?? 0) / 100, currency)
            let fill = accountsFill(d, deals: n, unlisted: dq.blankUnlistedAccount[d] ?? 0, accountsRead: accountsRead)
            return
                "\(Format.count(n, "open deal")) (\(pipeline) of pipeline) \(n == 1 ? "has" : "have") no \(d): \(n == 1 ? "it matches" : "they match") any contact on it.\(fill.map { " " + $0 } ?? "")"
        }
    }

    /// What an accounts export would do for `deals` open deals with no value on `dimension`: fill them,
    /// when none was read; when one was, fill those whose account it does not list. Never a deal's
    /// product, which the accounts export does not fill.
    static func accountsFill(_ dimension: String, deals n: Int, unlisted: Int, accountsRead: Bool) -> String? {
        guard dimension != "product" else { return nil }
        guard accountsRead else {
            return
                "An accounts export (accounts.csv beside the others, with each account's \(dimension)) would fill \(n == 1 ? "it" : "them") from the deal's account."
        }
        guard unlisted > 0 else { return nil }
        let who =
            unlisted == n
            ? (n == 1 ? "Its account is" : "Their accounts are")
            : "\(Format.grouped(unlisted)) of them have an account that is"
        return "\(who) not in the accounts export (by name), which would fill \(unlisted == 1 ? "it" : "them")."
    }

    /// Dimensions filled from the accounts export, per input.
    static func enrichment(_ p: StageResults) -> [String] {
        let dq = p.segmented.dataQuality
        let dims = p.prioritized.config.dimensions
        var out: [String] = []
        let accounts = p.segmented.ledgers.first { $0.kind == .accounts }?.path ?? "the accounts export"
        let contacts = dims.compactMap { d in
            dq.filledContactDimensions[d].map { "\(Format.count($0, "contact"))\($0 == 1 ? "'s" : "'") \(d)" }
        }
        if !contacts.isEmpty {
            out.append("roster: \(contacts.joined(separator: ", ")) filled from \(accounts) (by account name).")
        }
        // Split by whether the deal is open and closes in a window: only those move a number (an export
        // of closed deals read "4,238 deals' industry filled" while none of them was used).
        let currency = p.prioritized.config.currency
        let deals = dims.compactMap { d -> String? in
            guard let all = dq.filledOpportunityDimensions[d] else { return nil }
            let open = dq.filledOpenDimensions[d] ?? 0, others = all - open
            guard open > 0 else {
                return "\(d) for \(Format.count(all, "deal")), none of them open in the windows (unused)"
            }
            let pipeline = Format.money(Double(dq.filledOpenCents[d] ?? 0) / 100, currency)
            return
                "\(d) for \(Format.count(open, "open deal")) in the windows (\(pipeline) of pipeline)\(others > 0 ? " and \(Format.grouped(others)) closed or outside the windows" : "")"
        }
        if !deals.isEmpty {
            out.append(
                "opportunities: filled from \(accounts) (by account name): \(deals.joined(separator: "; ")). A deal's product is never taken from its account's products."
            )
        }
        return out
    }

    static func industryLines(_ v: Vocabulary) -> [String] {
        v.industrySuggestions.map { s in
            if let closest = s.closest, let line = s.synonymLine {
                return
                    "industry \(Clip.quoted(s.value)) is not a built-in industry; the closest built-in one is \(closest): \(line)"
            }
            return "industry \(Clip.quoted(s.value)) is not a built-in industry and none is close: kept as written."
        }
    }

    static func blankLines(_ v: Vocabulary) -> [String] {
        v.blanks.map { b in
            "\(Format.count(b.contacts, "eligible contact")) \(b.contacts == 1 ? "has" : "have") no \(b.dimension): \(b.contacts == 1 ? "it matches" : "they match") only buckets that accept any \(b.dimension)"
                + (b.buckets > 0
                    ? "; filled in, \(b.contacts == 1 ? "it" : "they") would match \(Format.count(b.buckets, "more bucket")) (demand \(Format.refs(b.demand)), gap \(Format.refs(b.gap)))."
                    : ".")
        }
    }

    /// The gap segment a surplus segment probably is under another spelling, as a note for its row.
    static func surplusNote(_ s: SurplusSegment, _ p: StageResults, _ pairGaps: PairGaps) -> String {
        for (k, pair) in p.prioritized.vocabulary.pairs.enumerated() where pairGaps.isSpelling(s, of: k, p) {
            return
                "Probably the gap segment with \(pair.dimension) \(pair.demandSide.value) spelled another way: recruit nobody here before checking \(pair.synonymLine)"
        }
        return ""
    }

    /// For the gap list: per likely pair, the ranks of the gaps shown that ask for its demand value.
    static func gapNotes(_ p: StageResults, shown: Int, _ pairGaps: PairGaps) -> [String] {
        var out: [String] = []
        for (k, pair) in p.prioritized.vocabulary.pairs.enumerated() {
            let ranks = pairGaps.asking[k].prefix { $0 < shown }.map { "#\($0 + 1)" }
            guard !ranks.isEmpty else { continue }
            out.append(
                "Gaps \(ranks.prefix(12).joined(separator: ", "))\(ranks.count > 12 ? ", …" : "") ask for \(pair.dimension) \(pair.demandSide.value), which the roster probably spells \(pair.supplySide.value)\(pairGaps.surplus[k] ? " (listed as a surplus segment)" : ""): \(effect(pair)). To join them: \(pair.synonymLine)"
            )
        }
        return out
    }
}

extension ReportBuilder {
    /// The summary's paragraphs about vocabulary.
    func vocabularyLead() -> [ReportModel.Para] {
        VocabularyText.summary(p).map { .init(text: $0) }
    }

    /// Data quality, continued: do supply and demand use the same words?
    func vocabularySection() -> ReportModel.Section {
        let v = p.prioritized.vocabulary
        var s = ReportModel.Section(id: "vocabulary", heading: "Data quality: do supply and demand use the same words?")
        s.intro = [
            .init(
                text:
                    "After normalizing, the values demand asks for (deals and calendar needs) are compared with those eligible contacts carry, per dimension. A value on one side only is a real gap or surplus, or one thing spelled two ways; each likely pair shows the synonyms: line that joins them and what joining them would change (the allocation run again with it)."
            )
        ]
        func likely(_ d: String, _ value: String) -> String {
            v.pairs.filter { $0.dimension == d && ($0.demandSide.value == value || $0.supplySide.value == value) }
                .map { $0.demandSide.value == value ? $0.supplySide.value : $0.demandSide.value }.joined(
                    separator: ", ")
        }
        let pairRows: [ReportModel.Row] = v.pairs.prefix(VocabularyText.shown).map { pair in
            let change = pair.coveredIfJoined.map { Format.refs($0 - pair.coveredBefore) } ?? "not checked"
            return .init(cells: [
                .text(pair.dimension), .text(pair.demandSide.value), .num(Format.refs(pair.demandSide.demand)),
                .num(String(pair.demandSide.contacts)),
                .text(pair.supplySide.value), .num(Format.refs(pair.supplySide.demand)),
                .num(String(pair.supplySide.contacts)),
                .text(pair.why), .num(change, tone: pair.changesCoverage ? "gap" : ""), .text(pair.synonymLine),
            ])
        }
        let demandRows: [ReportModel.Row] = v.demandOnly.prefix(VocabularyText.shown).map { d, x in
            .init(cells: [
                .text(d), .text(x.value), .num(Format.refs(x.demand)),
                .num(Format.refs(x.gap), tone: x.gap >= 0.005 ? "gap" : ""),
                .num(String(x.buckets)), .text(likely(d, x.value)),
            ])
        }
        let supplyRows: [ReportModel.Row] = v.supplyOnly.prefix(VocabularyText.shown).map { d, x in
            .init(cells: [
                .text(d), .text(x.value), .num(String(x.contacts)), .num(String(x.capacity)), .text(likely(d, x.value)),
            ])
        }
        s.tables = [
            .init(
                caption: "Probably one value spelled two ways",
                columns: [
                    .text("Dimension"), .text("Asked for"), .num("Its demand"), .num("Its contacts"),
                    .text("On the roster"), .num("Its demand"),
                    .num("Its contacts"), .text("Why"), .num("More covered if joined"), .text("Line for refgap.yml"),
                ], rows: pairRows, empty: "No likely pairs: where the two sides differ, the values are not alike."),
            .init(
                caption: "Asked for by demand, carried by no eligible contact",
                columns: [
                    .text("Dimension"), .text("Value"), .num("Demand"), .num("Gap"), .num("Buckets"),
                    .text("Probably the same as"),
                ], rows: demandRows, empty: "Every value demand asks for is carried by an eligible contact."),
            .init(
                caption: "Carried by eligible contacts, asked for by no demand",
                columns: [
                    .text("Dimension"), .text("Value"), .num("Contacts"), .num("Capacity"),
                    .text("Probably the same as"),
                ], rows: supplyRows, empty: "Every value eligible contacts carry is asked for."),
        ]
        let cut = [v.pairs.count, v.demandOnly.count, v.supplyOnly.count].contains { $0 > VocabularyText.shown }
        if cut { s.note = "Lists are cut at \(VocabularyText.shown) rows; run.json has them all." }
        s.items =
            (VocabularyText.enrichment(p) + VocabularyText.industryLines(v) + VocabularyText.blankLines(v)
            + (v.uncheckedPairs > 0
                ? [
                    "\(v.uncheckedPairs) more pairs were not checked for their effect on coverage (only the \(v.pairs.count - v.uncheckedPairs) with the largest gaps are)."
                ] : []))
            .map { .init(text: $0) }
        return s
    }
}

extension MachineReadableFiles {
    static func vocabularyJSON(_ p: StageResults) -> JSON {
        let v = p.prioritized.vocabulary
        func side(_ s: Vocabulary.Side) -> JSON {
            .object([
                ("value", .string(s.value)), ("demand", .number(s.demand)), ("gap", .number(s.gap)),
                ("buckets", .int(s.buckets)),
                ("eligible_contacts", .int(s.contacts)), ("capacity", .int(s.capacity)),
            ])
        }
        return .object([
            (
                "likely_pairs",
                .array(
                    v.pairs.map { pair in
                        .object([
                            ("dimension", .string(pair.dimension)), ("asked_for", side(pair.demandSide)),
                            ("on_roster", side(pair.supplySide)),
                            ("why", .string(pair.why)), ("synonyms_line", .string(pair.synonymLine)),
                            ("covered_if_joined", pair.coveredIfJoined.map { .number($0) } ?? .null),
                            ("changes_coverage", .bool(pair.changesCoverage)),
                        ])
                    })
            ),
            (
                "demand_only",
                .array(v.demandOnly.map { .object([("dimension", .string($0.dimension)), ("side", side($0.side))]) })
            ),
            (
                "supply_only",
                .array(v.supplyOnly.map { .object([("dimension", .string($0.dimension)), ("side", side($0.side))]) })
            ),
            (
                "unknown_industries",
                .array(
                    v.industrySuggestions.map { s in
                        .object([
                            ("value", .string(s.value)), ("closest_built_in", s.closest.map { .string($0) } ?? .null),
                            ("synonyms_line", s.synonymLine.map { .string($0) } ?? .null),
                        ])
                    })
            ),
            (
                "blank_dimensions",
                .array(
                    v.blanks.map { b in
                        .object([
                            ("dimension", .string(b.dimension)), ("eligible_contacts", .int(b.contacts)),
                            ("buckets_if_filled", .int(b.buckets)),
                            ("demand_if_filled", .number(b.demand)), ("gap_if_filled", .number(b.gap)),
                            ("raised_in_summary", .bool(b.isLarge)),
                        ])
                    })
            ),
            (
                "filled_from_accounts",
                .object([
                    (
                        "contacts",
                        .object(
                            p.prioritized.config.dimensions.compactMap { d in
                                p.segmented.dataQuality.filledContactDimensions[d].map { (d, .int($0)) }
                            })
                    ),
                    (
                        "opportunities",
                        .object(
                            p.prioritized.config.dimensions.compactMap { d in
                                p.segmented.dataQuality.filledOpportunityDimensions[d].map { (d, .int($0)) }
                            })
                    ),
                ])
            ),
            ("regions_from_state_alone", StateAloneText.json(p.segmented.dataQuality)),
        ])
    }
}
