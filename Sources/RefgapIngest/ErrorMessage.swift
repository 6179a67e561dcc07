import CSVReader

extension Error {
    /// The message without the `path: error:` prefix, for errors that carry their own path.
    var message: String {
        if let e = self as? CSVError { return e.message }
        return String(describing: self)
    }
}
