import RefgapModel

extension OpportunityTyper {
    /// What a row's categorical cells decide, together: the stage, status, currency, probability,
    /// is-closed, reference-needed and activity cells are looked up as one key (most exports repeat a
    /// few dozen combinations), and what they decide is worked out once per combination.
    /// A class: a row takes one reference to its combination's facts, not a copy of four strings and
    /// their flags (whose packed layout also stalled the copy).
    final class Facts {
        let stageName: String
        let closed: Bool
        /// The stage reading's slot in the export's `StageRegistry`.
        let stageSlot: Int32
        /// The stage's own probability, for a blank or invalid probability cell.
        let stageProbability: Double?
        let currency: String?
        /// The currency cell holds a SugarCRM/SuiteCRM currency record's id, not a code (`CurrencyRecord`).
        let currencyRecord: CurrencyRecord?
        let convertedCurrency: String?
        /// The currency cells as written, where they held a name read as the code (`US Dollar`).
        let currencyName: String?
        let convertedCurrencyName: String?
        let probability: Double?
        let probabilityReading: ProbabilityReading
        let referenceNeeded: Bool
        let activity: String?
        /// The CRM's deleted flag is set (Salesforce's `IsDeleted`, Sugar's `deleted`).
        let deleted: Bool
        /// The record's active flag says no (Odoo archives the opportunities it marks lost).
        let archived: Bool
        init(
            stage: StageReading, slot: Int32, currency: String, convertedCurrency: String, probability: Double?,
            probabilityReading: ProbabilityReading, referenceNeeded: Bool, activity: String?, deleted: Bool = false,
            archived: Bool = false
        ) {
            stageName = stage.stage
            closed = stage.stageClass.isClosed
            stageSlot = slot
            stageProbability = stage.probability
            let record = CurrencyRecord(currency)
            let read = record == nil ? CurrencyNames.code(currency) : nil
            let readConverted = CurrencyNames.code(convertedCurrency)
            currencyRecord = record
            self.currency = read?.code
            self.convertedCurrency = readConverted?.code
            currencyName = read?.named == true ? currency : nil
            convertedCurrencyName = readConverted?.named == true ? convertedCurrency : nil
            self.probability = probability
            self.probabilityReading = probabilityReading
            self.referenceNeeded = referenceNeeded
            self.activity = activity
            self.deleted = deleted
            self.archived = archived
        }
    }
}
