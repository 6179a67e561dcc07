extension OpportunityTyper {
    static let zeroAmount = "amount is zero (not a deal to count)"
    static let negativeAmount = "amount is negative (a credit or reversal, not pipeline)"
    static let deletedInTheCRM = "deleted in the CRM (its deleted flag is set: IsDeleted, deleted)"
    static let closedUndated = "won or lost, with no close date (a closed deal is never demand)"
    static let archivedInTheCRM =
        "archived in the CRM (its active flag says no: Odoo archives the opportunities it marks lost)"

    /// Why a row is not typed (a plain enum: `Result`'s generic destroy ran for every row).
    enum NotTyped {
        case rejected(RowRejection)
        /// Read, but not a deal to sum (a zero or negative amount, a deleted record): set aside for this reason.
        case setAside(String)
    }
}
