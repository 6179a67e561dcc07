import RefgapIngest
import RefgapModel

/// The accounts export, normalized and indexed by folded account name.
package struct AccountBook: Sendable {
    package var accounts: [Account] = []
    var byName: [String: Int] = [:]

    package func account(named name: String) -> Account? { byName[Text.fold(name)].map { accounts[$0] } }

    /// No accounts export was given (or it named no account).
    package var isEmpty: Bool { byName.isEmpty }
}
