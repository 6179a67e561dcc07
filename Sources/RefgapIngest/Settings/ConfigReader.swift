import RefgapModel
import Yams

/// Reads one YAML value of refgap.yml or `--set` into the type a setting takes. Every failure names the
/// file (or `--set key`), the line and what was expected.
struct ConfigReader {
    let path: String

    func fail(_ node: Node?, _ message: String) -> InputError {
        // A value given with --set is one line: its line number says nothing (a trial read "--set key:1").
        InputError(path: path, line: fromCommandLine ? nil : node?.mark?.line, message)
    }

    /// Reading `--set` (or `--scenario`), not refgap.yml.
    var fromCommandLine: Bool { path.hasPrefix("--") }

    /// A file named in the config is relative to the config file's folder (on the command line,
    /// to the current folder).
    func resolve(_ file: String) -> String {
        guard !file.hasPrefix("/"), !path.hasPrefix("--"), let slash = path.lastIndex(of: "/") else { return file }
        return String(path[...slash]) + file
    }

    func number(_ n: Node, _ what: String, _ range: ClosedRange<Double>) throws -> Double {
        // Written as an export writes amounts too (`$250,000`, `0,7`, `€250.000`): read as an amount is.
        guard let s = n.string, let v = Double(Text.trim(s)) ?? Self.amount(Text.trim(s)), range.contains(v) else {
            throw fail(
                n,
                "\(what) must be a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound)), not \"\(n.string ?? "a list")\""
            )
        }
        return v
    }

    /// A number written as an amount: `$250,000`; `€250.000` with its dot between thousands (no amount
    /// has three decimals, and a setting has no column to decide by).
    static func amount(_ text: String) -> Double? {
        var bytes = text
        if case .loneDot(let n) = bytes.withUTF8({ Ingest.amountForm($0) }), Values.amount(text) != nil {
            return Double(n)
        }
        return Values.amount(text)?.value
    }

    /// A whole number in `range` (day counts default to a hundred years: past them dates overflow).
    func int(_ n: Node, _ what: String, _ range: ClosedRange<Int> = 0...36_500) throws -> Int {
        guard let s = n.string, let v = Int(Text.trim(s)), range.contains(v) else {
            throw fail(
                n,
                "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(n.string ?? "a list")\""
            )
        }
        return v
    }

    func ints(_ n: Node, _ what: String, _ range: ClosedRange<Int> = 0...36_500) throws -> [Int] {
        guard let seq = n.sequence else { throw fail(n, "\(what) must be a list of whole numbers, like [60, 90, 120]") }
        return try seq.map { try int($0, what, range) }
    }

    /// `won`, or `{class: open, probability: 80}`.
    func stageRule(_ n: Node) throws -> StageRule {
        let hint =
            "a stage maps to open, won or lost, optionally with a probability: `Verbal commit: {class: open, probability: 80}` or `Won - Signed: won`"
        if let s = n.string {
            guard let k = StageClass(rawValue: s.lowercased()), k != .closed else { throw fail(n, hint) }
            return StageRule(k)
        }
        let fields = try mapping(n, "a stage", allowed: ["class", "probability"])
        guard let classNode = fields["class"], let s = classNode.string, let k = StageClass(rawValue: s.lowercased()),
            k != .closed
        else {
            throw fail(n, hint)
        }
        let p = try fields["probability"].map { try number($0, "a stage's probability", 0...100) }
        return StageRule(k, probability: p.map { $0 > 1 ? $0 / 100 : $0 })
    }

    func text(_ n: Node, _ what: String) throws -> String {
        guard let s = n.string else { throw fail(n, "\(what) must be a single value, not a list") }
        return Text.trim(s)
    }

    func choice<T: RawRepresentable & CaseIterable>(_ n: Node, _ what: String) throws -> T where T.RawValue == String {
        let options = T.allCases.map(\.rawValue)
        // Words joined as the option joins them: `set-aside` and `set aside` are `set_aside`, `day first` is `day-first`.
        let written = n.string.map { Text.trim($0).lowercased() }
        let joined = written.map { w in
            ["_", "-"].map { join in
                w.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: join)
            }
        }
        guard let written, let v = T(rawValue: written) ?? joined?.lazy.compactMap({ T(rawValue: $0) }).first else {
            throw fail(n, "\(what) must be one of \(options.joined(separator: ", ")), not \"\(n.string ?? "a list")\"")
        }
        return v
    }

    /// For a key pasted twice, what the two look like as one.
    static let mergedExamples: [String: String] = [
        "synonyms":
            "two `synonyms:` lines become one, e.g. `synonyms: {product: {Analytics: Analytics Cloud, BI: Business Intelligence}}`",
        "currency_rates": "e.g. `currency_rates: {EUR: 1.08, GBP: 1.27}`",
    ]

    /// YAML keeps only the last of two equal keys: two pasted `synonyms:` lines would lose the first
    /// without a word, so a repeated key is an error naming both lines.
    func checkNoRepeatedKey(_ m: Node.Mapping, _ what: String) throws {
        var seen: [String: Node] = [:]
        for (k, _) in m {
            guard let key = k.string else { continue }
            if let first = seen[key] {
                let lines = [first.mark?.line, k.mark?.line].compactMap { $0 }.map(String.init).joined(
                    separator: " and ")
                throw fail(
                    k,
                    "\"\(key)\" appears twice in \(what)\(lines.isEmpty ? "" : " (lines \(lines))"): YAML would keep only the last. Keep one, with the entries of both\(Self.mergedExamples[key].map { " (\($0))" } ?? "")."
                )
            }
            seen[key] = k
        }
    }

    /// A mapping with known keys (a growth goal's `name`, `weight`, `criteria`).
    func mapping(_ n: Node, _ what: String, allowed: [String]) throws -> [String: Node] {
        guard let m = n.mapping else { throw fail(n, "\(what) must be a set of `key: value` lines") }
        try checkNoRepeatedKey(m, what)
        var out: [String: Node] = [:]
        for (k, v) in m {
            guard let key = k.string, allowed.contains(key) else {
                let hint =
                    k.string.flatMap { Text.closest(to: $0, in: allowed) }.map { " Did you mean \"\($0)\"?" } ?? ""
                throw fail(
                    k,
                    "unknown key \"\(k.string ?? "?")\" in \(what).\(hint) Valid keys: \(allowed.joined(separator: ", "))."
                )
            }
            out[key] = v
        }
        return out
    }

    /// A mapping with any keys, each value read by `value`.
    func map<T>(_ n: Node, _ what: String, _ value: (Node) throws -> T) throws -> [String: T] {
        guard let m = n.mapping else { throw fail(n, "\(what) must be a set of `key: value` lines") }
        try checkNoRepeatedKey(m, what)
        var out: [String: T] = [:]
        for (k, v) in m {
            guard let key = k.string else { throw fail(k, "a key in \(what) must be a single value") }
            out[key] = try value(v)
        }
        return out
    }

    /// A value as YAML text on one line (flow style), as `--set` reads it back.
    static func flowText(_ n: Node) throws -> String {
        if let scalar = n.scalar {
            return scalar.style == .plain ? scalar.string : Text.yamlQuote(scalar.string)
        }
        if let seq = n.sequence { return "[" + (try seq.map { try flowText($0) }).joined(separator: ", ") + "]" }
        if let m = n.mapping {
            return "{" + (try m.map { k, v in (try flowText(k)) + ": " + (try flowText(v)) }).joined(separator: ", ")
                + "}"
        }
        return ""
    }

    static func plain(_ v: Double) -> String { v == v.rounded() && abs(v) <= 1e18 ? String(Int(v)) : String(v) }
}
