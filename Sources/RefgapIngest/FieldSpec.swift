/// A logical field an input carries, and how a person reads its name.
package struct FieldSpec: Sendable {
    package var key: String
    package var required: Bool
    package var label: String { key.replacingOccurrences(of: "_", with: " ") }
    package init(_ key: String, required: Bool = false) {
        self.key = key
        self.required = required
    }
}
