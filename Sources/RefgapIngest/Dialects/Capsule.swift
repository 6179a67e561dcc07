extension Dialect {
    /// Capsule's opportunities export (its `Opportunity` model, developer.capsulecrm.com/v2/models/
    /// opportunity): the stage is the `Milestone`, the account the `Organisation`, and `Value` is per
    /// `Duration Basis` period over `Duration` periods (`AmountPeriods` multiplies them). A trial's export
    /// needed the account and stage mapped by hand, then read monthly and yearly values as whole deals.
    package static let capsule = Dialect(
        signatures: [("Capsule opportunities export", ["Milestone", "Duration Basis", "Expected Close Date"])],
        opportunities: [
            "account": ["Organisation"],
            "stage": ["Milestone"],
            "close_date": ["Expected Close Date"],
        ]
    )
}
