import Testing
@testable import RefgapIngest

/// The per-dialect tables merge without contradiction: a stage label several CRMs ship means the same
/// class in each, and one dialect lists a label or a signature once.
@Suite("Dialect tables")
struct DialectTableTests {
    @Test func aSharedStageLabelHasOneClass() {
        var kind: [String: (StageLabels.Kind, String)] = [:]
        for dialect in Dialect.all {
            for label in dialect.stages {
                let key = StageClassifier.key(label.label)
                if let first = kind[key], first.0 != label.kind {
                    Issue.record("\"\(label.label)\" is \(label.kind) in \(label.source) but \(first.0) in \(first.1)")
                }
                kind[key] = kind[key] ?? (label.kind, label.source)
            }
        }
    }

    @Test func aDialectListsALabelOnce() {
        for dialect in Dialect.all {
            var seen = Set<String>()
            for label in dialect.stages where !seen.insert(StageClassifier.key(label.label)).inserted {
                Issue.record("\"\(label.label)\" twice in one dialect (\(label.source))")
            }
        }
    }

    @Test func aSharedLabelNamesEverySource() {
        let closedWon = StageLabels.labels.first { StageClassifier.key($0.label) == StageClassifier.key("closedwon") }
        #expect(closedWon?.source == "Salesforce default stage (en); Zoho default stage; HubSpot closedwon")
        #expect(closedWon?.probability == 1.0)
        let valueProposition = StageLabels.labels.first { $0.label == "Value Proposition" }
        #expect(valueProposition?.probability == 0.50)
    }

    /// A dialect's own labels are names the merged table already lists, with the same class (so a
    /// reading without the dialect, `ColumnSuggestion.isKnownStage`, agrees on what they are), each once,
    /// for a dialect an export can be recognised as.
    @Test func ownLabelsOverlayTheMergedTable() {
        let merged = Dictionary(
            StageLabels.labels.map { (StageClassifier.key($0.label), $0.kind) }, uniquingKeysWith: { a, _ in a })
        for dialect in Dialect.all where !dialect.ownStages.isEmpty {
            #expect(dialect.signatures.contains { Dialect.recognised($0.name) != nil })
            var seen = Set<String>()
            for label in dialect.ownStages {
                let key = StageClassifier.key(label.label)
                #expect(seen.insert(key).inserted, "\"\(label.label)\" twice (\(label.source))")
                #expect(merged[key] == label.kind, "\"\(label.label)\" (\(label.source))")
            }
        }
        #expect(Dialect.sugarCRM.ownStages.count == 10)
    }

    @Test func everySignatureIsInTheDetectionOrder() {
        let detected = Set(HeaderSynonyms.opportunityDialects.map(\.name))
        for dialect in Dialect.all {
            for signature in dialect.signatures { #expect(detected.contains(signature.name)) }
        }
    }
}
