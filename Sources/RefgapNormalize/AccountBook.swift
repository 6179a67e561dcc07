import RefgapIngest
import RefgapModel

/// The accounts export, normalized and indexed by account name (`Text.accountKey`: folded, without
/// its legal form).
package struct AccountBook: Sendable {
    package var accounts: [Account] = []
    var byName: [String: Int] = [:]
    /// Accounts whose region was read from a state or province alone (`StateAlone.swift`), by the
    /// state as written: their region fills the blank regions of deals and contacts.
    var stateAlone: [String: DataQuality.StateAlone] = [:]

    /// The account of that name; nil at once without an accounts export (no name folded).
    package func account(named name: String) -> Account? {
        guard !byName.isEmpty else { return nil }
        return byName[Text.accountKey(name)].map { accounts[$0] }
    }
}
