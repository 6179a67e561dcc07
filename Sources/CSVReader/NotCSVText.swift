/// What a file that is not CSV text most likely is, told from its first bytes, and what to do
/// instead: a workbook renamed to .csv and UTF-16 text without a byte-order mark are everyday
/// mistakes, and "binary file" alone does not tell a program manager how to fix them.
enum NotCSVText {
    /// Why the file's first bytes (after any UTF-8 byte-order mark) are not CSV text, or nil when they
    /// may be: the one check both readers make.
    static func problem(_ bytes: UnsafeRawBufferPointer) -> String? {
        markupMessage(bytes) ?? (looksBinary(bytes) ? message(bytes) : nil)
    }

    /// What a binary file most likely is.
    static func message(_ bytes: UnsafeRawBufferPointer) -> String {
        let saveAsCSV =
            "open it in Excel and save it with File › Save As › \"CSV UTF-8 (Comma delimited)\", or export CSV from the CRM again"
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "it is a zip file, most likely an Excel workbook (.xlsx) renamed to .csv, not CSV text; \(saveAsCSV)"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "it is an older Excel workbook (.xls) renamed to .csv, not CSV text; \(saveAsCSV)"
        }
        if let order = utf16ByteOrder(bytes) {
            return
                "it is UTF-16 (\(order)) text saved without a byte-order mark, which refgap needs to read UTF-16 safely; \(saveAsCSV)"
        }
        return
            "it looks like a binary file (it contains NUL bytes or control characters), not CSV text; export the data as CSV and try again"
    }

    /// A web page or XML file (a CRM's "Export to Excel" often writes an HTML table under an .xls name),
    /// or a PDF: its first non-blank bytes are `<html`, `<!DOCTYPE html`, `<?xml`, `%PDF`, or `<table`
    /// with rows (`<tr`, `<td`) after it. A CSV whose first cell merely starts with `<` (`<Table 1>`,
    /// as a second trial wrote) is CSV.
    static func markupMessage(_ bytes: UnsafeRawBufferPointer) -> String? {
        let start = bytes.prefix(4096).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if start.starts(with: Array("%PDF".utf8)) {
            return "it is a PDF document, not CSV text; export the report as CSV from the CRM"
        }
        guard start.first == UInt8(ascii: "<") else { return nil }
        let head = String(decoding: start, as: UTF8.self).lowercased()
        let isTable = head.hasPrefix("<table") && (head.contains("<tr") || head.contains("<td"))
        guard isTable || ["<html", "<!doctype html", "<?xml"].contains(where: head.hasPrefix) else { return nil }
        return
            "it is a web page or XML file (as a CRM's \"Export to Excel\" often writes), not CSV text; open it in Excel and save it with File › Save As › \"CSV UTF-8 (Comma delimited)\", or export it from the CRM as CSV"
    }

    /// "little-endian" or "big-endian" when the file reads as UTF-16 text of mostly Latin letters:
    /// NUL in nearly every other byte and almost never in the ones between.
    static func utf16ByteOrder(_ bytes: UnsafeRawBufferPointer) -> String? {
        let sample = bytes.prefix(1024)
        guard sample.count >= 8 else { return nil }
        var nulAtEven = 0, nulAtOdd = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { nulAtEven += 1 } else { nulAtOdd += 1 }
        }
        let pairs = sample.count / 2
        if nulAtOdd * 10 >= pairs * 8 && nulAtEven * 10 <= pairs { return "little-endian" }
        if nulAtEven * 10 >= pairs * 8 && nulAtOdd * 10 <= pairs { return "big-endian" }
        return nil
    }
}
