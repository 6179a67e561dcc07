import RefgapModel

/// What a file read as Windows-1252 may really be. refgap reads UTF-8 and, where cells are not UTF-8,
/// Windows-1252; a Russian export saved as Windows-1251 (Bitrix24's, Excel's on a Russian Windows)
/// then reads `Название сделки` as `Íàçâàíèå ñäåëêè`: every Cyrillic letter lands on À–ÿ. A trial's
/// export was refused for a column its config spelled in Cyrillic with no word on why.
enum EncodingHints {
    /// A cell whose letters are mostly À–ÿ (U+00C0–U+00FF), four or more of them: Cyrillic text in
    /// Windows-1251 read as Windows-1252. A French or German word has a few such letters among plain
    /// ones (`Société`, `Größe`); the header's English cells are passed over.
    static func looksLikeCyrillic1251(_ cells: [String]) -> Bool {
        cells.contains { cell in
            var high = 0, letters = 0
            for scalar in cell.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if (0xC0...0xFF).contains(scalar.value) && scalar.value != 0xD7 && scalar.value != 0xF7 { high += 1 }
            }
            return high >= 4 && high * 5 >= letters * 3
        }
    }

    static let cyrillicAdvice =
        "The header reads like Cyrillic text saved as Windows-1251 (Название shows as Íàçâàíèå): refgap reads UTF-8 and Windows-1252 only. Save the file as UTF-8 (Excel: Save As, \"CSV UTF-8\"; LibreOffice: character set Unicode (UTF-8)) and run again."
}
