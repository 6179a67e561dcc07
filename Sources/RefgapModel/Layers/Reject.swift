/// A rejected row: as it was, its line, and why.
package struct Reject: Sendable, Equatable {
    package var line: Int
    package var reason: String
    package var fields: [String]
    package init(line: Int, reason: String, fields: [String]) {
        self.line = line
        self.reason = reason
        self.fields = fields
    }
}
