/// A logical field an input carries, and how a person reads its name.
public struct FieldSpec: Sendable {
    public var key: String
    public var required: Bool
    public var label: String { key.replacingOccurrences(of: "_", with: " ") }
    public init(_ key: String, required: Bool = false) { self.key = key; self.required = required }
}
