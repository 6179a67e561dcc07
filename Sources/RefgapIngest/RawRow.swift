/// One data row, every cell as parsed.
package struct RawRow: Sendable {
    package var line: Int
    package var fields: [String]
}
