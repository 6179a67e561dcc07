import Foundation
import RefgapModel

/// Reads a deal's stage cells as the CRM meant them: open pipeline, or won or lost. The first that
/// speaks decides: refgap.yml's `stages:`; the closed/won flag columns (`IsClosed`, `IsWon`); a status
/// column (`Won`, `Lost`, `Open`, in the CRMs' UI languages); Salesforce's forecast category (`Closed`,
/// `Omitted`); the built-in stage labels (`StageLabels`, with the recognised dialect's own over them,
/// `Dialect.ownStages`); the stage's words (`verloren`, `Disqualified`); else open, noted as a stage
/// refgap does not know. docs/stages.md lists the labels and their sources.
package struct StageClassifier: Sendable {
    private let rules: [String: StageRule]
    private let probabilities: [String: Double]
    private let labels: [String: (kind: StageLabels.Kind, probability: Double?, source: String)]
    private let won: WordList, lost: WordList, closed: WordList

    /// Stage words as the labels are read: single words, and phrases (`no decision`) matched as words in a row.
    struct WordList: Sendable {
        var words = Set<String>()
        var phrases: [String] = []
        init(_ entries: [String]) {
            for e in entries {
                let w = StageClassifier.words(e)
                if w.count == 1 {
                    words.insert(w[0])
                } else if w.count > 1 {
                    phrases.append(" " + w.joined(separator: " ") + " ")
                }
            }
        }
        /// The first entry found among `words` (a label's words, in order).
        func find(_ words: [String]) -> String? {
            if let hit = words.first(where: { self.words.contains($0) }) { return hit }
            let joined = " " + words.joined(separator: " ") + " "
            return phrases.first(where: { joined.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// `dialect`: the export's recognised dialect (`InputLedger.dialect`), whose own labels
    /// (`Dialect.ownStages`: Sugar's probabilities for Salesforce's stage names) are laid over the
    /// merged table; nil reads every label as the merged table has it.
    package init(config: Config, dialect: String? = nil) {
        rules = Dictionary(config.stages.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        probabilities = Dictionary(
            config.stageProbabilities.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        var labels = Self.builtIn
        for own in Dialect.recognised(dialect)?.ownStages ?? [] {
            labels[Self.key(own.label)] = (own.kind, own.probability, own.source)
        }
        self.labels = labels
        won = WordList(StageLabels.wonWords)
        lost = WordList(StageLabels.lostWords)
        closed = WordList(StageLabels.closedWords)
    }

    /// The merged built-in labels (`StageLabels.labels`) by key, made once.
    private static let builtIn: [String: (kind: StageLabels.Kind, probability: Double?, source: String)] =
        Dictionary(
            StageLabels.labels.map { (key($0.label), ($0.kind, $0.probability, $0.source)) },
            uniquingKeysWith: { a, _ in a })

    /// Case, accents, spaces and punctuation folded away: `Fermée/Gagnée` and `fermee gagnee` are one label.
    package static func key(_ s: String) -> String {
        Text.fold(s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
    }

    /// The id after a Bitrix24 pipeline's prefix (`C1:LOSE` → `LOSE`), nil for any other stage.
    static func pipelinePrefixed(_ stage: String) -> String? {
        guard stage.hasPrefix("C"), let colon = stage.firstIndex(of: ":") else { return nil }
        let number = stage[stage.index(after: stage.startIndex)..<colon]
        guard !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) else { return nil }
        return String(stage[stage.index(after: colon)...])
    }

    /// Lowercase words without accents; an apostrophe stays inside its word (`won't` is not `won`).
    static func words(_ s: String) -> [String] {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { !$0.isLetter && $0 != "'" }).map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            }
            .filter { !$0.isEmpty }
    }

    /// Words that turn the next one around: `Not Won` is no win, `Not Lost Yet` no loss.
    private static let negations: Set<String> = ["not", "no", "non", "nicht", "kein", "pas", "niet", "nao", "nie"]

    /// What a set of words says: won, lost, closed, or nothing (nil), and the word that said it.
    func byWords(_ s: String) -> (StageClass, String)? {
        let all = Self.words(s)
        // A won or lost word after a negation says the opposite of a win (`Not Won`: lost) or nothing
        // (`Not Lost Yet`): the negated words are taken out, a negated win counts as a loss.
        var w: [String] = [], negatedWin: String? = nil
        for (i, word) in all.enumerated() {
            if i > 0 && Self.negations.contains(all[i - 1]) && (won.find([word]) != nil || lost.find([word]) != nil) {
                if won.find([word]) != nil { negatedWin = all[i - 1] + " " + word }
                continue
            }
            w.append(word)
        }
        if let hit = won.find(w) { return (.won, hit) }
        if let hit = lost.find(w) { return (.lost, hit) }
        if let negatedWin { return (.lost, negatedWin) }
        if let hit = closed.find(w) { return (.closed, hit) }
        return nil
    }

    private static let openStatuses: Set<String> = [
        "open", "offen", "ouvert", "ouverte", "abierta", "abierto", "aberta", "aberto",
        "aperta", "aperto", "inprogress", "active",
    ]

    /// The reading of one combination of stage cells; `nil` cells are columns the export does not have.
    package func read(
        stage rawStage: String, status: String?, isClosed: String?, isWon: String?, forecastCategory: String?
    ) -> StageReading {
        let stage = rawStage.isEmpty ? (status ?? "") : rawStage
        let key = Self.key(stage)
        // Bitrix24 writes a second pipeline's stage ids with its number (`C1:LOSE`): the id after it.
        let label = labels[key] ?? Self.pipelinePrefixed(stage).flatMap { labels[Self.key($0)] }
        // The stage's probability for deals with no probability cell: the config's, else the CRM's default.
        var probability: Double? = nil, source: String? = nil
        if let p = rules[key]?.probability {
            probability = p
            source = "refgap.yml stages:"
        } else if let p = probabilities[key] {
            probability = p
            source = "refgap.yml stage_probabilities:"
        } else if let p = label?.probability {
            probability = p
            source = label?.source
        }
        // A blank flag says nothing (a HubSpot or Data Loader export leaves it blank on some rows):
        // the stage decides, not an "open" read from the blank.
        let closedCell = isClosed.map(Text.trim) ?? "", wonCell = isWon.map(Text.trim) ?? ""
        let flagClosed = closedCell.isEmpty ? nil : Values.flag(closedCell)
        let flagWon = wonCell.isEmpty ? nil : Values.flag(wonCell)
        // A won flag column that says won or lost in words (Odoo's `Is Won`: Won, Lost, Pending): a
        // trial's lost deals were open pipeline.
        let wonSays = flagWon == nil && !wonCell.isEmpty ? byWords(wonCell).map(\.0) : nil
        // A non-blank flag read as neither yes nor no is not followed: the reading says so. (`Pending`
        // or `Open` in a won column is the open deal's value, not an unread one.)
        let wonOpen = Self.openStatuses.contains(Self.key(wonCell)) || Self.key(wonCell) == "pending"
        let unreadFlag =
            !closedCell.isEmpty && flagClosed == nil && !Self.openStatuses.contains(Self.key(closedCell))
            ? "closed flag \"\(closedCell)\""
            : !wonCell.isEmpty && flagWon == nil && wonSays != .won && wonSays != .lost && !wonOpen
                ? "won flag \"\(wonCell)\"" : nil
        func reading(_ c: StageClass, _ reason: String, guessed: Bool = false) -> StageReading {
            var r = StageReading(
                stage: stage, stageClass: c, reason: reason, guessed: guessed,
                probability: c.isClosed ? nil : probability, probabilitySource: c.isClosed ? nil : source)
            r.unreadFlag = unreadFlag
            return r
        }
        /// What the export's closed or won flag, or its status column, says: nil where none speaks.
        func fromColumns() -> StageReading? {
            // What the stage itself says, for a closed flag that does not say won or lost.
            let stageSays: StageClass? =
                label.map { k -> StageClass in k.kind == .won ? .won : k.kind == .lost ? .lost : .open }
                ?? byWords(stage)?.0
            if flagClosed != false, let says = wonSays, says == .won || says == .lost {
                return reading(says, "won flag column (\(wonCell))")
            }
            if flagClosed == true || flagWon == true {
                if flagWon == true { return reading(.won, "won flag column") }
                if flagWon == false { return reading(.lost, "closed flag column, not won") }
                if let s = stageSays, s != .open { return reading(s, "closed flag column") }
                return reading(.closed, "closed flag column")
            }
            if flagClosed == false {
                // The flag wins, but a stage that says closed makes it a guess the report lists.
                if let s = stageSays, s != .open {
                    var r = reading(.open, "closed flag column says open, though the stage says " + s.rawValue)
                    r.stageSaysClosed = s
                    return r
                }
                return reading(.open, "closed flag column says open")
            }

            if let status, !status.isEmpty, status != rawStage || rawStage.isEmpty {
                let s = Self.key(status)
                if Self.openStatuses.contains(s) { return reading(.open, "status column (\(status))") }
                if let (c, _) = byWords(status) { return reading(c, "status column (\(status))") }
            }
            return nil
        }
        // A `stages:` line that says won or lost decides. One that says open gives the stage its class
        // and probability, but a deal its CRM marks won or lost in a flag or status column stays closed:
        // a closed deal keeps its last stage (Copper, Dynamics), and refgap's own advice was to write
        // `{class: open, probability: …}` for an open stage's probability, which made a trial's won and
        // lost deals open pipeline.
        let rule = rules[key]
        if let rule, rule.stageClass != .open { return reading(rule.stageClass, "refgap.yml stages:") }
        if let r = fromColumns() {
            guard rule != nil else { return r }
            guard r.stageClass.isClosed else { return reading(.open, "refgap.yml stages:") }
            var closed = r
            closed.reason += "; over refgap.yml stages:, which says open"
            return closed
        }
        if rule != nil { return reading(.open, "refgap.yml stages:") }
        if let fc = forecastCategory.map(Self.key) {
            if fc == "closed" { return reading(.won, "forecast category Closed") }
            if fc == "omitted" { return reading(.lost, "forecast category Omitted") }
        }
        if let label {
            let c: StageClass = label.kind == .won ? .won : label.kind == .lost ? .lost : .open
            return reading(c, "built-in: \(label.source)")
        }
        if let (c, word) = byWords(stage) { return reading(c, "the stage's words (\"\(word)\")", guessed: true) }
        return reading(.open, "not a stage refgap knows: read as open", guessed: true)
    }
}

/// The stage readings of one export, shared by the parts read on several threads: each distinct
/// combination of stage cells gets a slot once (under a lock, rarely), and rows carry the slot.
package final class StageRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [StageReading: Int32] = [:]
    private var list: [StageReading] = []

    package init() {}

    package func slot(_ r: StageReading) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let s = slots[r] { return s }
        let s = Int32(list.count)
        slots[r] = s
        list.append(r)
        return s
    }

    package var readings: [StageReading] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
