import RefgapIngest
import RefgapModel

/// What the normalize stage hands on: the calendar's needs and the roster's contacts with their
/// values folded, the accounts, every input's ledger, and what normalize noticed.
public struct NormalizedInputs: Sendable {
    public var needs: [Need]
    public var contacts: [Contact]
    public var accounts: [Account]
    public var ledgers: [InputLedger]
    /// The roster has a last-verified column (if not, staleness is not checked).
    public var rosterHasVerifiedColumn: Bool
    public var dataQuality: DataQuality

    public init(needs: [Need], contacts: [Contact], accounts: [Account], ledgers: [InputLedger],
                rosterHasVerifiedColumn: Bool, dataQuality: DataQuality) {
        self.needs = needs; self.contacts = contacts; self.accounts = accounts
        self.ledgers = ledgers; self.rosterHasVerifiedColumn = rosterHasVerifiedColumn; self.dataQuality = dataQuality
    }
}
