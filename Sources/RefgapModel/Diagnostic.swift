/// A problem found in an input, printed as `path:line: severity: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }
    public var severity: Severity
    public var path: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, path: String, line: Int? = nil, _ message: String) {
        self.severity = severity; self.path = path; self.line = line; self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(severity.rawValue): \(message)" }
        return "\(path): \(severity.rawValue): \(message)"
    }
}

/// A fatal input problem: the run stops with exit code 2 and this message.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public init(path: String, line: Int? = nil, _ message: String) {
        diagnostic = Diagnostic(.error, path: path, line: line, message)
    }
    public var description: String { diagnostic.description }
}
