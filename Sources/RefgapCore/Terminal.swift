import RefgapModel

/// Text from the inputs on its way to a terminal or a one-line comment: control characters (an escape
/// sequence in a header, a lone CR that would overwrite the line, a C1 code) are shown as `\u{1B}`,
/// never sent raw. Line breaks and tabs stay, unless the text must stay on one line.
public enum Terminal {
    public static func visible(_ s: String, oneLine: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { escaped($0, oneLine: oneLine) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if escaped(u, oneLine: oneLine) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    private static func escaped(_ u: Unicode.Scalar, oneLine: Bool) -> Bool {
        if u == "\n" || u == "\t" { return oneLine }
        return u.isControlCharacter
    }
}
