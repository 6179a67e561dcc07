import RefgapAllocate
import RefgapModel

/// Accounts by their values on each dimension (lowercased), so that the accounts matching a segment
/// are found from the shortest list of one of its values rather than by checking every account.
struct AccountIndex {
    private let accounts: [Account]
    /// Per dimension: lowercased value → accounts holding it, ascending.
    private var postings: [[String: [Int]]] = []

    init(_ accounts: [Account]) {
        self.accounts = accounts
        for (k, a) in accounts.enumerated() {
            for (d, values) in a.dimensions.enumerated() {
                if postings.count <= d { postings.append([:]) }
                var seen = Set<String>()
                for v in values where seen.insert(v.lowercased()).inserted {
                    postings[d][v.lowercased(), default: []].append(k)
                }
            }
        }
    }

    /// The accounts matching `wanted` (`Matching.dimensionsMatch`), in their order.
    func matching(_ wanted: [String?]) -> [Account] {
        var shortest: [Int]? = nil
        for (d, w) in wanted.enumerated() {
            guard let w else { continue }
            let list = d < postings.count ? postings[d][w.lowercased()] ?? [] : []
            if list.count < shortest?.count ?? Int.max { shortest = list }
        }
        guard let shortest else { return accounts.filter { Matching.dimensionsMatch($0.dimensions, wanted) } }
        return shortest.lazy.map { accounts[$0] }.filter { Matching.dimensionsMatch($0.dimensions, wanted) }
    }
}
