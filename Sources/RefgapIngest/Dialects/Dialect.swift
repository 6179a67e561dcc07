/// One CRM's (or customer-success tool's) export as refgap knows it: the names it is reported under
/// with their signature headers, the headers it writes per logical field, and its built-in stage labels.
/// Each dialect lives in its own file; `HeaderSynonyms` and `StageLabels` merge them all.
package struct Dialect: Sendable {
    /// A stage label as the CRM ships it: its class, the CRM's default win probability (0–1) if it has
    /// one, and where it comes from (docs/stages.md gives the addresses).
    package typealias StageLabel = (label: String, kind: StageLabels.Kind, probability: Double?, source: String)

    /// The name the report gives an opportunity export whose header holds all these (folded) headers.
    package var signatures: [(name: String, headers: [String])] = []
    /// Opportunity headers per logical field, as this dialect writes them.
    package var opportunities: [String: [String]] = [:]
    /// The same in another UI language: matched only for a field no header above names.
    package var opportunitiesInOtherLanguages: [String: [String]] = [:]
    /// Accounts-export headers per logical field.
    package var accounts: [String: [String]] = [:]
    package var calendar: [String: [String]] = [:]
    package var roster: [String: [String]] = [:]
    /// Calendar and roster headers in another language, matched as `opportunitiesInOtherLanguages` are.
    package var calendarInOtherLanguages: [String: [String]] = [:]
    package var rosterInOtherLanguages: [String: [String]] = [:]
    /// No two labels of one dialect fold to the same key.
    package var stages: [StageLabel] = []
    /// Labels this CRM ships under names another dialect lists first (in `Dialect.all` order), with this
    /// CRM's own class, probability and source: Sugar's `Needs Analysis` is 25%, Salesforce's 20%. Not
    /// merged into `StageLabels.labels` (which keeps the first dialect's, and whose sources the reports
    /// show): they are laid over it only for an export recognised as this dialect by one of its
    /// `signatures` (`InputLedger.dialect`, `StageClassifier.init(config:dialect:)`).
    package var ownStages: [StageLabel] = []

    /// Every dialect, in the order their shares of a stage label's source are joined (`Salesforce …;
    /// Zoho …; HubSpot …`) and their headers listed.
    package static let all: [Dialect] = [
        salesforce, zoho, hubSpot, dynamics365, pipedrive, businessCentral, sugarCRM, gainsight, totango,
        churnZero, bitrix24, odoo, close, insightly, capsule, generic, sheetsInOtherLanguages,
    ]

    /// The order opportunity exports are recognised in, first match wins: the specific signatures
    /// before Salesforce's, whose report headers (`Opportunity Name`, `Stage`, `Close Date`) others may hold too.
    package static let detectionOrder: [Dialect] = [
        businessCentral, sugarCRM, dynamics365, pipedrive, hubSpot, zoho, bitrix24, odoo, close, insightly, capsule,
        salesforce,
    ]

    /// The dialect one of whose signatures is named `name` (as `InputLedger.dialect` holds it); nil for
    /// none, or for an export no signature recognised.
    package static func recognised(_ name: String?) -> Dialect? {
        guard let name else { return nil }
        return detectionOrder.first { $0.signatures.contains { $0.name == name } }
    }
}
