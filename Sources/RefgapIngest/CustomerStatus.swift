import RefgapModel

/// An accounts export's status column read for one thing: whether the account is a customer now.
/// `Churned`, `Ex-customer`, `Former Customer`, `Prospect`, `Lead`, `Lost`, `Cancelled` (and `Is
/// Active` unticked) say it is not, so it is never offered as a recruiting candidate; anything else
/// (`Active`, `Customer - Direct`, `Onboarding`, a blank) leaves it one. Counted by value for a note.
struct CustomerStatus {
    let header: String
    private(set) var notCustomers: [String: Int] = [:]

    init(header: String) { self.header = header }

    static let notCustomerWords: Set<String> = [
        "churned", "churn", "excustomer", "former", "prospect", "prospects", "lead", "leads", "lost", "cancelled",
        "canceled", "cancelling", "terminated", "inactive", "deactivated", "closed", "expired", "lapsed",
        "dormant", "suspect", "target", "opportunity", "subscriber",
    ]

    mutating func isCustomer(_ text: String) -> Bool {
        guard !text.isEmpty else { return true }
        let words = Set(
            text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                .replacingOccurrences(of: "ex-", with: "ex").split(whereSeparator: { !$0.isLetter }).map(String.init))
        let flagOff = Values.flag(text) == false
        guard flagOff || !words.isDisjoint(with: Self.notCustomerWords) else { return true }
        notCustomers[text, default: 0] += 1
        return false
    }

    func note(into ledger: inout InputLedger) {
        guard !notCustomers.isEmpty else { return }
        let n = notCustomers.values.reduce(0, +)
        let shown = notCustomers.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6)
            .map { "\(Clip.quoted($0.key)) \($0.value)" }
        ledger.notes.append(
            "\(n) account\(n == 1 ? " is" : "s are") not a customer now by \(Clip.quoted(header)) (\(shown.joined(separator: ", "))): never offered as recruiting candidates. If another column says whether an account is a customer, name it: `columns: {accounts: {customer_status: \"<its header>\"}}`."
        )
    }
}
