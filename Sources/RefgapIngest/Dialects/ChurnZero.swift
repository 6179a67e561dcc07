extension Dialect {
    /// ChurnZero account exports: Account Name / ChurnScore / Total Contract Amount.
    package static let churnZero = Dialect(accounts: [
        "account": ["Account Name"],
        "health": ["ChurnScore", "Churn Score"],
        "arr": ["Total Contract Amount"],
    ])
}
