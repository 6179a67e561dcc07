import RefgapModel

/// The open deals past their close date that the data-quality table lists: the largest (in whole
/// units, as shown), since a program manager updates those first (their pipeline is what the plan
/// leaves out), then the earlier close date, then the earlier line. A trial's table showed the first 25 in file order,
/// whatever their size. A deal of several line items is listed once, by its first line.
struct OverdueList: Sendable, Equatable {
    let capacity: Int
    /// Largest first; at most `capacity`.
    private(set) var deals: [DealRef] = []

    init(capacity: Int) { self.capacity = capacity }

    /// Whether a deal of `amount` could be listed: the list has room, or its smallest deal is no
    /// larger (an equal one is then compared by date and line).
    func mightTake(amount: Double) -> Bool {
        deals.count < capacity || deals.last.map { Self.shown(amount) >= Self.shown($0.amount) } ?? true
    }

    /// An amount as the table shows it, in whole units: two deals shown alike are ordered by their
    /// dates, not by cents the reader cannot see (a trial's 500,000.40 came before an older 500,000.00).
    static func shown(_ amount: Double) -> Double { amount.rounded() }

    /// Lists the deal `make` gives when its amount, date and line place it among the largest;
    /// `make` (which reads the deal's texts) is called only then.
    mutating func offer(amount: Double, closeDate: Day, line: Int, _ make: () -> DealRef) {
        guard mightTake(amount: amount) else { return }
        let at = deals.firstIndex { Self.listedBefore(amount, closeDate, line, than: $0) } ?? deals.count
        guard at < capacity else { return }
        deals.insert(make(), at: at)
        if deals.count > capacity { deals.removeLast() }
    }

    /// Adds another part's list: the largest of both.
    mutating func merge(_ other: OverdueList) {
        for d in other.deals { offer(amount: d.amount, closeDate: d.closeDate, line: d.line) { d } }
    }

    private static func listedBefore(_ amount: Double, _ closeDate: Day, _ line: Int, than d: DealRef) -> Bool {
        let a = shown(amount), b = shown(d.amount)
        return a != b ? a > b : closeDate != d.closeDate ? closeDate < d.closeDate : line < d.line
    }
}
