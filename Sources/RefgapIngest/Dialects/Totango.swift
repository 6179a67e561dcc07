extension Dialect {
    /// Totango account exports: Account Name / Health / Contract Value / Success Manager.
    package static let totango = Dialect(accounts: [
        "account": ["Account Name"],
        "health": ["Health", "Totango Health"],
        "arr": ["Contract Value"],
        "csm": ["Success Manager"],
    ])
}
