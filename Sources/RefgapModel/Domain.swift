/// The plain value types every stage shares. Dimension values are held in the order of
/// `Config.dimensions`; on a bucket or a need, nil means *any*.

package enum Seniority: Int, Comparable, CaseIterable, Sendable, Codable {
    case practitioner = 0
    case manager, director, vp, cLevel

    package var label: String {
        switch self {
        case .practitioner: "Practitioner"
        case .manager: "Manager"
        case .director: "Director"
        case .vp: "VP"
        case .cLevel: "C-level"
        }
    }

    package static func < (a: Seniority, b: Seniority) -> Bool { a.rawValue < b.rawValue }
}

/// The four classes roster statuses fold into.
package enum StatusClass: String, Sendable, Codable, CaseIterable {
    case active, pending, hold, inactive
}

/// An open or closed deal from the CRM export, typed and normalized.
package struct Opportunity: Sendable, Equatable {
    package var id: String
    package var name: String
    package var owner: String
    package var account: String
    package var stage: String
    package var closeDate: Day
    /// In the run's currency (converted where the export or the config says how).
    package var amount: Double
    /// Win probability 0–1, as used (column, stage default or the default).
    package var probability: Double
    package var isClosed: Bool
    package var referenceNeeded: Bool
    package var activity: String
    /// One value per dimension; nil when blank (matches any contact value... and counts in data quality).
    package var dimensions: [String?]
    /// The line in the export where the row starts.
    package var line: Int
    /// The share of the deal this row carries: 1, or 1/n for each of a deal's n line items.
    package var share: Double
    /// False for a deal's second and later line items: counted in their buckets, not again as a deal.
    package var countsAsDeal: Bool
    /// A later line item of a deal with the same dimensions and activity as an earlier line: its bucket
    /// already counts the deal (its share of the amount and demand still adds).
    package var bucketCounted = false
    /// A deal split evenly over `lineItems` rows: this row's place (0-based). The sums are split exactly.
    package var lineItem: Int32 = 0
    package var lineItems: Int32 = 1
    /// The currency the amount is written in when no rate converted it (`amount` is then that figure,
    /// read as the run's currency).
    package var unconvertedCurrency: String? = nil

    /// This row's part of a deal's total (in whole units: cents, ten-thousandths of a reference): the
    /// whole for a deal on one row, an exact split for one spread evenly over rows, else its share.
    @inline(__always)
    package func portion(_ total: Int128) -> Int128 {
        if lineItems > 1 {
            let n = Int128(lineItems), i = Int128(lineItem)
            return total * (i + 1) / n - total * i / n
        }
        return share == 1 ? total : Int128((Double(total) * share).rounded())
    }

    package init(
        id: String, name: String, owner: String, account: String, stage: String, closeDate: Day,
        amount: Double, probability: Double, isClosed: Bool, referenceNeeded: Bool, activity: String,
        dimensions: [String?], line: Int, share: Double = 1, countsAsDeal: Bool = true, lineItem: Int32 = 0,
        lineItems: Int32 = 1, unconvertedCurrency: String? = nil, bucketCounted: Bool = false
    ) {
        self.bucketCounted = bucketCounted
        self.unconvertedCurrency = unconvertedCurrency
        self.share = share
        self.countsAsDeal = countsAsDeal
        self.lineItem = lineItem
        self.lineItems = lineItems
        self.id = id
        self.name = name
        self.owner = owner
        self.account = account
        self.stage = stage
        self.closeDate = closeDate
        self.amount = amount
        self.probability = probability
        self.isClosed = isClosed
        self.referenceNeeded = referenceNeeded
        self.activity = activity
        self.dimensions = dimensions
        self.line = line
    }
}

/// A stakeholder team's need from the calendar: its own bucket, served by distinct contacts.
package struct Need: Sendable, Equatable {
    /// Position among the calendar's data rows (0-based): the tie-breaker after the due date.
    package var order: Int
    package var team: String
    package var name: String
    package var activity: String
    package var due: Day
    package var count: Int
    /// Criteria per dimension; nil = any.
    package var criteria: [String?]
    package var minSeniority: Seniority?
    package var line: Int

    package init(
        order: Int, team: String, name: String, activity: String, due: Day, count: Int,
        criteria: [String?], minSeniority: Seniority?, line: Int
    ) {
        self.order = order
        self.team = team
        self.name = name
        self.activity = activity
        self.due = due
        self.count = count
        self.criteria = criteria
        self.minSeniority = minSeniority
        self.line = line
    }
}

/// A reference contact from the roster.
package struct Contact: Sendable, Equatable {
    package var id: String
    package var account: String
    package var name: String
    package var title: String
    package var seniority: Seniority
    package var status: StatusClass
    package var statusLabel: String
    /// Values per dimension (product may hold several); empty = blank, which matches only *any*.
    package var dimensions: [[String]]
    package var activities: [String]
    package var lastVerified: Day?
    package var lastUsed: Day?
    package var usesLast90Days: Int
    package var maxUsesPerQuarter: Int?
    package var restUntil: Day?
    package var health: Double?
    package var csm: String
    package var renewal: Day?
    /// The accounts export's renewal date where the roster gives another: either one within
    /// `renewal_caution_days` puts the contact on caution.
    package var accountRenewal: Day? = nil
    package var line: Int

    package init(
        id: String, account: String, name: String, title: String, seniority: Seniority, status: StatusClass,
        statusLabel: String, dimensions: [[String]], activities: [String], lastVerified: Day?, lastUsed: Day?,
        usesLast90Days: Int, maxUsesPerQuarter: Int?, restUntil: Day?, health: Double?, csm: String,
        renewal: Day?, line: Int
    ) {
        self.id = id
        self.account = account
        self.name = name
        self.title = title
        self.seniority = seniority
        self.status = status
        self.statusLabel = statusLabel
        self.dimensions = dimensions
        self.activities = activities
        self.lastVerified = lastVerified
        self.lastUsed = lastUsed
        self.usesLast90Days = usesLast90Days
        self.maxUsesPerQuarter = maxUsesPerQuarter
        self.restUntil = restUntil
        self.health = health
        self.csm = csm
        self.renewal = renewal
        self.line = line
    }
}

/// A customer account from the customer-success export.
package struct Account: Sendable, Equatable {
    package var name: String
    package var dimensions: [[String]]
    /// 0–100 (Red/Yellow/Green read as 30/60/90).
    package var health: Double?
    package var arr: Double?
    package var nps: Double?
    package var csm: String
    package var openEscalations: Int
    package var renewal: Day?
    package var line: Int
    /// False when the export's status says it is no customer now (`Churned`, `Ex-customer`,
    /// `Prospect`): never offered as a recruiting candidate.
    package var isCustomer = true

    package init(
        name: String, dimensions: [[String]], health: Double?, arr: Double?, nps: Double?, csm: String,
        openEscalations: Int, renewal: Day?, line: Int
    ) {
        self.name = name
        self.dimensions = dimensions
        self.health = health
        self.arr = arr
        self.nps = nps
        self.csm = csm
        self.openEscalations = openEscalations
        self.renewal = renewal
        self.line = line
    }
}

package enum BucketKind: String, Sendable, Codable {
    case need, sales
}

/// A bucket's need, behind one reference.
private final class NeedBox: Sendable, Equatable {
    let need: Need
    init(_ need: Need) { self.need = need }
    static func == (a: NeedBox, b: NeedBox) -> Bool { a.need == b.need }
}

/// Demand for references in one window: a sales segment, or one calendar need.
package struct Bucket: Sendable, Equatable {
    package var kind: BucketKind
    /// Index into the windows (0 = first).
    package var window: Int
    package var activity: String
    /// nil = any.
    package var dimensions: [String?]
    package var demand: Double
    package var deals: Int
    package var pipeline: Double
    package var weightedPipeline: Double
    /// The calendar need it is (nil for a sales bucket), set once. Boxed: inline, a need's 96 bytes
    /// were in every bucket and every gap, though a million-row export's 39,000 buckets are all but a
    /// few hundred sales buckets (7 MB of the run's peak memory).
    package var need: Need? { needBox?.need }
    private let needBox: NeedBox?
    /// The product of the weights of the growth goals it matches.
    package var weight: Double
    package var goals: [String]

    package init(
        kind: BucketKind, window: Int, activity: String, dimensions: [String?], demand: Double = 0,
        deals: Int = 0, pipeline: Double = 0, weightedPipeline: Double = 0,
        need: Need? = nil, weight: Double = 1, goals: [String] = []
    ) {
        self.kind = kind
        self.window = window
        self.activity = activity
        self.dimensions = dimensions
        self.demand = demand
        self.deals = deals
        self.pipeline = pipeline
        self.weightedPipeline = weightedPipeline
        needBox = need.map(NeedBox.init)
        minSeniority = need?.minSeniority
        self.weight = weight
        self.goals = goals
    }

    /// The minimum seniority a contact needs (calendar needs only): kept beside the need, as `Gap.gap`.
    package let minSeniority: Seniority?
}

/// A bucket after allocation: how much of its demand the roster covers, by whom, and what it is worth.
package struct Gap: Sendable, Equatable {
    package let bucket: Bucket
    package let covered: Double
    /// The demand left uncovered, kept beside what it comes from: read through a computed property,
    /// a loop over tens of thousands of gaps copied each whole gap (its strings retained) per read.
    /// The three are constants (set once, as are a bucket's need and seniority): an observed or
    /// computed property is read from other modules through a call, which copies the gap.
    package let gap: Double
    /// Contacts allocated, with the load each carries here.
    package var allocations: [(contact: Int, load: Double)]
    /// value × urgency × weight; 0 when nothing is missing.
    package var priority: Double
    package var value: Double
    package var urgency: Double

    package init(
        bucket: Bucket, covered: Double, allocations: [(contact: Int, load: Double)], priority: Double = 0,
        value: Double = 0, urgency: Double = 0
    ) {
        self.bucket = bucket
        self.covered = covered
        gap = max(0, bucket.demand - covered)
        self.allocations = allocations
        self.priority = priority
        self.value = value
        self.urgency = urgency
    }

    package static func == (a: Gap, b: Gap) -> Bool {
        a.bucket == b.bucket && a.covered == b.covered && a.priority == b.priority
            && a.allocations.map(\.contact) == b.allocations.map(\.contact)
            && a.allocations.map(\.load) == b.allocations.map(\.load)
    }
}

/// A recruiting candidate for a target.
package struct Candidate: Sendable, Equatable {
    package enum Source: String, Sendable { case account, staleContact, pendingContact }
    package var source: Source
    package var account: String
    package var contact: String
    package var health: Double?
    package var arr: Double?
    package var csm: String
    package init(source: Source, account: String, contact: String, health: Double?, arr: Double?, csm: String) {
        self.source = source
        self.account = account
        self.contact = contact
        self.health = health
        self.arr = arr
        self.csm = csm
    }
}

/// A segment to recruit in, ranked by score.
package struct Target: Sendable, Equatable {
    package var rank: Int
    package var activity: String
    package var dimensions: [String?]
    package var salesGap: Double
    package var needGap: Double
    package var gap: Double { salesGap + needGap }
    package var recruits: Int
    package var approach: Int
    package var deadline: Day
    package var score: Double
    package var pipelineAtStake: Double
    package var needs: [String]
    package var candidates: [Candidate]
    /// The customer left out of `candidates` because its own deals are all of the segment's demand
    /// (`DealAccount`), as the accounts export or roster writes it; nil when none was.
    package var ownDealsAccount: String? = nil

    package init(
        rank: Int, activity: String, dimensions: [String?], salesGap: Double, needGap: Double, recruits: Int,
        approach: Int, deadline: Day, score: Double, pipelineAtStake: Double, needs: [String],
        candidates: [Candidate]
    ) {
        self.rank = rank
        self.activity = activity
        self.dimensions = dimensions
        self.salesGap = salesGap
        self.needGap = needGap
        self.recruits = recruits
        self.approach = approach
        self.deadline = deadline
        self.score = score
        self.pipelineAtStake = pipelineAtStake
        self.needs = needs
        self.candidates = candidates
    }
}
