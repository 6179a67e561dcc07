extension Unicode.Scalar {
    /// A C0 or C1 control character, or DEL: never written raw into a terminal, a YAML string or a
    /// report (tab and line breaks included; callers that keep them say so).
    package var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
