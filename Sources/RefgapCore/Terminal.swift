import RefgapModel

/// Text from the inputs on its way to a terminal or a one-line comment: control characters (an escape
/// sequence in a header, a lone CR that would overwrite the line, a C1 code) and invisible format
/// characters (a right-to-left override that reorders the rest of the line, a zero-width space) are
/// shown as `\u{1B}`, `\u{202E}`, never sent raw. Line breaks and tabs stay, unless the text must stay
/// on one line.
package enum Terminal {
    package static func visible(_ s: String, oneLine: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { escaped($0, oneLine: oneLine) }) || HiddenCharacters.mayHold(s) else {
            return s
        }
        var out = String.UnicodeScalarView()
        var changed = false
        HiddenCharacters.forEachScalar(s) { u, hidden in
            if hidden || escaped(u, oneLine: oneLine) {
                out.append(contentsOf: u.visibleEscape.unicodeScalars)
                changed = true
            } else {
                out.append(u)
            }
        }
        return changed ? String(out) : s
    }

    private static func escaped(_ u: Unicode.Scalar, oneLine: Bool) -> Bool {
        if u == "\n" || u == "\t" { return oneLine }
        return u.isControlCharacter
    }
}
