/// Why a roster contact is not supply.
package enum Exclusion: Sendable, Hashable {
    case status(StatusClass, label: String)
    /// Verified more than `verify_within_days` ago, or never.
    case stale(lastVerified: Day?)
    /// Its account renews within `renewal_caution_days`.
    case caution(renewal: Day)
    /// Its recent uses take all its capacity.
    case noCapacity(uses: Int, capacity: Int)
    /// Its own max uses per quarter is 0.
    case zeroLimit

    package var reason: String {
        switch self {
        case .status(let cls, let label):
            switch cls {
            case .pending: return "status \(label): pending, not yet onboarded"
            case .hold: return "status \(label): on hold"
            case .inactive: return "status \(label): inactive"
            case .active: return "status \(label)"
            }
        case .stale(let d):
            return d.map { "last verified \($0): stale, re-verify before use" }
                ?? "no verified date: re-verify before use"
        case .caution(let r): return "account renews \(r): on caution until the renewal closes"
        case .noCapacity(let uses, let cap):
            return
                "used \(uses == 1 ? "once" : "\(uses) times") in the last 90 days: no capacity left (\(cap) per horizon)"
        case .zeroLimit: return "max uses per quarter 0: no capacity (raise it to use the contact)"
        }
    }

    /// Could cover a gap once re-verified or onboarded.
    package var isRecoverable: Bool {
        switch self {
        case .stale: return true
        case .status(let cls, _): return cls == .pending
        default: return false
        }
    }
}

/// A roster contact as supply: eligible with a capacity, or excluded with its reasons.
package struct SupplyEntry: Sendable, Equatable {
    package var contact: Int
    /// Capacity over the horizon, after recent uses.
    package var capacity: Int
    package var exclusions: [Exclusion]
    package var isEligible: Bool { exclusions.isEmpty }
    package init(contact: Int, capacity: Int, exclusions: [Exclusion]) {
        self.contact = contact
        self.capacity = capacity
        self.exclusions = exclusions
    }
}
