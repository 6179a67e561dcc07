extension Unicode.Scalar {
    /// A character that changes or hides the text around it without showing itself: the bidi controls
    /// (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM), zero-width and other format characters (general
    /// category Cf: U+200B, U+FEFF, U+2060, soft hyphen, tag characters) and the line and paragraph
    /// separators (U+2028, U+2029: line breaks to YAML 1.1 and some editors). Text meant for people
    /// shows them as `\u{202E}` (see `HiddenCharacters.forEachScalar` for the joiners it keeps).
    @inlinable public var isInvisibleFormatCharacter: Bool {
        // Every one of them is above U+00AC (the soft hyphen, U+00AD, is the first).
        guard value >= 0xAD else { return false }
        switch properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// `\u{202E}`: how text meant for people writes a scalar it must not write raw (Swift's spelling,
    /// hexadecimal, upper case).
    package var visibleEscape: String { "\\u{" + String(value, radix: 16, uppercase: true) + "}" }
}

/// The one rule for invisible format characters in text meant for people (terminal messages, refgap.yml
/// comments, Markdown and HTML reports); each writer applies it with its own escaping. Public only for
/// its inlinable checks, which the reports' writers call for every cell (docs/architecture.md, Conventions).
public enum HiddenCharacters {
    /// Whether `s` may hold one, from its UTF-8 bytes: text with none of their lead bytes (ASCII, Latin,
    /// Greek, Cyrillic, CJK, most of it) is settled without decoding a scalar.
    @inlinable
    public static func mayHold(_ s: String) -> Bool {
        // The two bytes before this one.
        var previous: UInt8 = 0, before: UInt8 = 0
        for b in s.utf8 {
            switch b {
            // U+0600–U+073F (Arabic, Syriac), U+0800–U+1FFF, U+F000 and above.
            case 0xD8...0xDC, 0xE0, 0xE1, 0xEF...0xF4: return true
            case 0xAD where previous == 0xC2: return true  // the soft hyphen
            // In U+2000–U+207F only U+200B–U+200F, U+2028–U+202E and U+2060–U+206F: the dashes, quotes
            // and bullets around them (a report's "—" in thousands of cells) are settled here too.
            case 0x8B...0x8F where previous == 0x80 && before == 0xE2: return true
            case 0xA8...0xAE where previous == 0x80 && before == 0xE2: return true
            case 0xA0...0xAF where previous == 0x81 && before == 0xE2: return true
            default: break
            }
            before = previous
            previous = b
        }
        return false
    }

    /// Calls `body` with each scalar of `s` and whether it is shown escaped. Kept as they are, because
    /// they hide nothing there: a zero-width joiner or non-joiner between two visible non-ASCII
    /// characters (emoji sequences such as 👩‍💻, Persian and Indic words), and the tag characters that
    /// follow a black flag (the flags of England, Scotland and Wales). Between ASCII letters
    /// (`Ac\u{200C}me`), at an end, or anywhere else, they are shown.
    @inlinable
    public static func forEachScalar(_ s: String, _ body: (Unicode.Scalar, _ shown: Bool) -> Void) {
        var previous: Unicode.Scalar? = nil
        var previousKeptTag = false
        var scalars = s.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let u = next {
            next = scalars.next()
            var shown = u.isInvisibleFormatCharacter
            var keptTag = false
            if shown {
                switch u.value {
                case 0x200C, 0x200D:
                    shown = !(joins(previous) && joins(next))
                case 0xE0020...0xE007F:
                    keptTag = previous == "\u{1F3F4}" || previousKeptTag
                    shown = !keptTag
                default: break
                }
            }
            body(u, shown)
            previous = u
            previousKeptTag = keptTag
        }
    }

    /// A neighbour that a joiner may join: visible and not ASCII.
    @usableFromInline
    static func joins(_ u: Unicode.Scalar?) -> Bool {
        guard let u else { return false }
        return !u.isASCII && !u.isControlCharacter && !u.isInvisibleFormatCharacter && !u.properties.isWhitespace
    }

    /// `s` with every invisible format character written as `\u{202E}`, the rest as it is.
    package static func shown(_ s: String) -> String {
        guard mayHold(s) else { return s }
        var out = String.UnicodeScalarView()
        var changed = false
        forEachScalar(s) { u, shown in
            if shown {
                out.append(contentsOf: u.visibleEscape.unicodeScalars)
                changed = true
            } else {
                out.append(u)
            }
        }
        return changed ? String(out) : s
    }
}
