extension Dialect {
    /// Gainsight company exports: Company Name / Overall Score / ARR / CSM / Renewal Date.
    package static let gainsight = Dialect(accounts: [
        "account": ["Company Name"],
        "health": ["Overall Score", "Scorecard"],
        "arr": ["ARR"],
        "csm": ["CSM"],
        "open_escalations": ["Open CTAs"],
        "renewal_date": ["Renewal Date"],
    ])
}
