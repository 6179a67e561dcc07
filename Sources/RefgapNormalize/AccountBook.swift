import RefgapIngest
import RefgapModel

/// The accounts export, normalized and indexed by folded account name.
public struct AccountBook: Sendable {
    public var accounts: [Account] = []
    var byName: [String: Int] = [:]

    public func account(named name: String) -> Account? { byName[Text.fold(name)].map { accounts[$0] } }
}
