/// One data row, every cell as parsed.
public struct RawRow: Sendable {
    public var line: Int
    public var fields: [String]
}
