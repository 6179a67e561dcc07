/// A problem found in an input, printed as `path:line: severity: message`.
package struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    package enum Severity: String, Sendable { case error, warning, note }
    package var severity: Severity
    package var path: String
    package var line: Int?
    package var message: String

    package init(_ severity: Severity, path: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    package var description: String {
        if let line { return "\(path):\(line): \(severity.rawValue): \(message)" }
        return "\(path): \(severity.rawValue): \(message)"
    }
}

/// A fatal input problem: the run stops with exit code 2 and this message.
package struct InputError: Error, Sendable, CustomStringConvertible {
    package var diagnostic: Diagnostic
    package init(path: String, line: Int? = nil, _ message: String) {
        diagnostic = Diagnostic(.error, path: path, line: line, message)
    }
    package var description: String { diagnostic.description }
}
