/// Whether supply and demand speak the same words: per dimension, after normalizing, the values
/// demand asks for that no eligible contact carries, the roster values no demand asks for, the pairs
/// that are probably one thing spelled two ways (with the `synonyms:` line that joins them and what the
/// join would change), and the eligible contacts whose blank dimensions keep them from demand.
package struct Vocabulary: Sendable, Equatable {
    /// One value as demand and supply see it.
    package struct Side: Sendable, Equatable {
        package var value: String
        /// Demand (references) of the buckets that ask for it, and their gap.
        package var demand = 0.0
        package var gap = 0.0
        package var buckets = 0
        /// Eligible contacts that carry it, and their capacity over the horizon.
        package var contacts = 0
        package var capacity = 0
        package init(value: String) { self.value = value }
    }

    /// Two values probably meaning one thing: `demandSide` is asked for, `supplySide` carried.
    package struct Pair: Sendable, Equatable {
        package var dimension: String
        package var demandSide: Side
        package var supplySide: Side
        /// Near spelling, the same words, or one inside the other.
        package var why: String
        /// The spelling the synonym maps (the one no built-in table knows), and the one it maps to.
        package var from: String
        package var to: String
        /// Total covered with the synonym applied; nil when not checked.
        package var coveredIfJoined: Double?
        /// `synonyms: {product: {Analytics: Analytics Cloud}}`.
        package var synonymLine: String { Vocabulary.synonymLine(dimension, from, to) }
        /// The join changes coverage (by 0.01 reference or more).
        package var changesCoverage: Bool { (coveredIfJoined ?? 0) - coveredBefore >= 0.01 }
        package var coveredBefore = 0.0

        package init(
            dimension: String, demandSide: Side, supplySide: Side, why: String, from: String, to: String,
            coveredBefore: Double
        ) {
            self.dimension = dimension
            self.demandSide = demandSide
            self.supplySide = supplySide
            self.why = why
            self.from = from
            self.to = to
            self.coveredBefore = coveredBefore
        }
    }

    /// An industry no built-in synonym knows, and the closest built-in industry.
    package struct IndustrySuggestion: Sendable, Equatable {
        package var value: String
        package var closest: String?
        package var synonymLine: String? { closest.map { Vocabulary.synonymLine("industry", value, $0) } }
        package init(value: String, closest: String?) {
            self.value = value
            self.closest = closest
        }
    }

    /// Eligible contacts with no value on a dimension: they match only buckets whose value is any.
    package struct Blank: Sendable, Equatable {
        package var dimension: String
        package var contacts: Int
        /// Buckets that name a value on the dimension and that these contacts would match on everything
        /// else: their demand and gap.
        package var buckets = 0
        package var demand = 0.0
        package var gap = 0.0
        /// Raised in the summary (see `Reconcile.blankIsLarge`).
        package var isLarge = false
        package init(dimension: String, contacts: Int) {
            self.dimension = dimension
            self.contacts = contacts
        }
    }

    package var pairs: [Pair] = []
    /// Per dimension, demand values no eligible contact carries; roster values no demand asks for.
    package var demandOnly: [(dimension: String, side: Side)] = []
    package var supplyOnly: [(dimension: String, side: Side)] = []
    package var industrySuggestions: [IndustrySuggestion] = []
    package var blanks: [Blank] = []
    package var eligibleContacts = 0
    /// Pairs not checked for their effect on coverage (past `Reconcile.checkedPairs`).
    package var uncheckedPairs = 0

    package init() {}

    package static func == (a: Vocabulary, b: Vocabulary) -> Bool {
        a.pairs == b.pairs && a.demandOnly.map(\.side) == b.demandOnly.map(\.side)
            && a.supplyOnly.map(\.side) == b.supplyOnly.map(\.side)
            && a.industrySuggestions == b.industrySuggestions && a.blanks == b.blanks
    }

    /// The pair that joins a segment's value on `dimension` index `i` to another spelling, if any.
    package func pair(dimension: String, demandValue: String) -> Pair? {
        pairs.first { $0.dimension == dimension && $0.demandSide.value.sameIgnoringCase(demandValue) }
    }

    /// A config line, values quoted where YAML needs it.
    package static func synonymLine(_ dimension: String, _ from: String, _ to: String) -> String {
        "synonyms: {\(dimension): {\(yaml(from)): \(yaml(to))}}"
    }

    package static func yaml(_ s: String) -> String {
        let plain =
            !s.isEmpty
            && s.unicodeScalars.allSatisfy { u in
                u.properties.isAlphabetic || ("0"..."9").contains(u) || u == " " || u == "-" || u == "." || u == "/"
                    || u == "(" || u == ")"
            } && s.first != " " && s.last != " " && s.first != "-"
        return plain ? s : Text.yamlQuote(s)
    }
}
