extension Text {
    /// A YAML double-quoted scalar: backslash, quote and control characters escaped, so a header that
    /// holds a line break reads back as written; invisible format characters (a right-to-left override)
    /// written as YAML's `\u202E`, so the file shows them and reads back the same (the fuzzer found a
    /// header with U+FFFF that made the refgap.yml `init` wrote unreadable).
    package static func yamlQuote(_ s: String) -> String {
        var out = "\""
        HiddenCharacters.forEachScalar(s) { u, hidden in
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // YAML reads no raw control, and no U+FFFE or U+FFFF (not characters): escaped too.
                if u.isControlCharacter || hidden || u.value == 0xFFFE || u.value == 0xFFFF {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    let (escape, width) = u.value <= 0xFF ? ("\\x", 2) : u.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
                    out += escape + String(repeating: "0", count: max(0, width - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
