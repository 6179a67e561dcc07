/// What the normalize stage hands on: the calendar's needs and the roster's contacts with their
/// values folded, the accounts, every input's ledger, and what normalize noticed.
package struct NormalizedInputs: Sendable {
    package var needs: [Need]
    package var contacts: [Contact]
    package var accounts: [Account]
    package var ledgers: [InputLedger]
    /// The roster has a last-verified column (if not, staleness is not checked).
    package var rosterHasVerifiedColumn: Bool
    package var dataQuality: DataQuality

    package init(
        needs: [Need], contacts: [Contact], accounts: [Account], ledgers: [InputLedger],
        rosterHasVerifiedColumn: Bool, dataQuality: DataQuality
    ) {
        self.needs = needs
        self.contacts = contacts
        self.accounts = accounts
        self.ledgers = ledgers
        self.rosterHasVerifiedColumn = rosterHasVerifiedColumn
        self.dataQuality = dataQuality
    }
}
