import Foundation
import Testing
@testable import CSVReader
import TestSupport

/// Writes `bytes` to a temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "t.csv") throws -> String {
    let url = try TestScratch.folder().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

func temporaryFile(_ text: String, name: String = "t.csv") throws -> String {
    try temporaryFile(Array(text.utf8), name: name)
}

/// Every record as (line, fields).
func readAll(_ path: String, chunkSize: Int = 1 << 20) throws -> (rows: [[String]], lines: [Int], reader: CSVReader) {
    var options = CSVReader.Options()
    options.chunkSize = chunkSize
    let reader = try CSVReader(path: path, options: options)
    var rows: [[String]] = []
    var lines: [Int] = []
    try reader.forEachRecord { row in
        rows.append(row.strings())
        lines.append(row.line)
    }
    return (rows, lines, reader)
}

@Suite("CSV reader over libcsv")
struct ReaderTests {
    @Test func quotedFieldsKeepDelimitersQuotesAndNewlines() throws {
        let path = try temporaryFile("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"line1\nline2\"\n1,2,3\n")
        let (rows, lines, _) = try readAll(path)
        #expect(rows == [["a", "b", "c"], ["x,y", "say \"hi\"", "line1\nline2"], ["1", "2", "3"]])
        #expect(lines == [1, 2, 4])
    }

    @Test func crlfAndBlankTrailingLines() throws {
        let path = try temporaryFile("a,b\r\n1,2\r\n\r\n3,4\r\n\r\n\r\n")
        let (rows, lines, _) = try readAll(path)
        #expect(rows == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(lines == [1, 2, 4])
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let path = try temporaryFile([0xEF, 0xBB, 0xBF] + Array("Name,Amount\nAcme,5\n".utf8))
        let (rows, _, reader) = try readAll(path)
        #expect(rows[0] == ["Name", "Amount"])
        #expect(reader.encoding == .utf8BOM)
    }

    @Test func semicolonAndTabDelimitersAreDetected() throws {
        let semi = try readAll(try temporaryFile("Name;Amount;Date\nAcme;\"1.250,00\";22.11.2026\n"))
        #expect(semi.rows[1] == ["Acme", "1.250,00", "22.11.2026"])
        #expect(semi.reader.delimiter == UInt8(ascii: ";"))
        let tab = try readAll(try temporaryFile("Name\tAmount\nAcme, Inc.\t5\n"))
        #expect(tab.rows[1] == ["Acme, Inc.", "5"])
        #expect(tab.reader.delimiter == UInt8(ascii: "\t"))
    }

    @Test func spacesAroundUnquotedFieldsAreKept() throws {
        let (rows, _, _) = try readAll(try temporaryFile("a,b\n  x , y\n"))
        #expect(rows[1] == ["  x ", " y"])
    }

    @Test func lineBreaksInsideFieldsOfEveryLengthAreCounted() {
        // The count reads short fields a word at a time (overlapping words at the end): a line end at
        // every place of fields of every length up to past the memchr cut-off, LF, CR and CRLF.
        for n in 0...70 {
            for at in -1..<n {
                for end: [UInt8] in [[0x0A], [0x0D], [0x0D, 0x0A]] {
                    var field = [UInt8](repeating: UInt8(ascii: "x"), count: n)
                    if at >= 0 { field.replaceSubrange(at..<min(n, at + end.count), with: end.prefix(n - at)) }
                    let expected =
                        String(decoding: field, as: UTF8.self).unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count
                        - (field.count > 1 ? zip(field, field.dropFirst()).filter { $0 == (0x0D, 0x0A) }.count : 0)
                    let counted = field.withUnsafeBytes { lineBreaks(in: $0) }
                    #expect(counted == expected, "length \(n), line end \(end) at \(at)")
                }
            }
        }
    }

    @Test func fieldsAreCopiedWholeAndTheirLineEndsSeenAtEveryLengthAndPlace() {
        // The callback copies a field and looks for a line end in one pass (words, vectors, a loop
        // of vectors past 32 bytes, the last one overlapping): every length up to past two vectors,
        // a byte below 0x0E at every place or none, each copy appended after the one before.
        var buffer = RawBuffer<UInt8>(capacity: 8)
        defer { buffer.free() }
        var expected: [UInt8] = []
        for n in 1...70 {
            for at in -1..<n {
                for low: UInt8 in [0x0A, 0x0D, 0x09] {
                    var field = (0..<n).map { UInt8(truncatingIfNeeded: 0x20 + ($0 * 7 + n) % 0x5E) }
                    if at >= 0 { field[at] = low }
                    let seen = field.withUnsafeBytes {
                        buffer.appendFieldSeeingLineEnds($0.baseAddress!, count: n)
                    }
                    expected += field
                    #expect(seen == (at >= 0), "length \(n), byte \(low) at \(at)")
                }
            }
        }
        #expect(Array(buffer.buffer) == expected)
    }

    @Test func linesAfterFieldsWithLineEndsAreNumberedAsTheFileHasThem() throws {
        // A quoted field with a line end of each kind, at lengths on both sides of each copy's
        // cut-offs: the next record's line is the file's.
        var text = "a,b\n"
        var line = 2
        var lines: [Int] = []
        for n in [1, 5, 9, 17, 33, 40, 70] {
            for end in ["\n", "\r\n", "\r"] {
                let body = String(repeating: "y", count: n)
                lines.append(line)
                text += "\(n),\"\(body)\(end)\(body)\"\n"
                line += 2
            }
        }
        let reader = try CSVReader(path: try temporaryFile(Array(text.utf8)))
        var seen: [Int] = []
        try reader.forEachRecord { row in if row.line > 1 { seen.append(row.line) } }
        #expect(seen == lines)
    }

    @Test func emptyAndMissingFieldsAreToldApart() throws {
        let reader = try CSVReader(path: try temporaryFile("a,b,c\n,\"\",z\n"))
        var nulls: [[Bool]] = []
        try reader.forEachRecord { row in nulls.append((0..<row.count).map { row.isNull($0) }) }
        #expect(nulls[1] == [true, false, false])
    }

    @Test func unterminatedQuoteNamesTheLineWhereTheFieldStarts() throws {
        let path = try temporaryFile("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n")
        #expect {
            _ = try readAll(path)
        } throws: { error in
            guard let e = error as? CSVError else { return false }
            return e.kind == .malformed && e.line == 3 && e.description.hasPrefix("\(path):3: error:")
        }
    }

    @Test func strayQuoteIsMalformedWithItsLine() throws {
        let path = try temporaryFile("a,b\n\"multi\nline\",2\n3,x\"y\n")
        #expect {
            _ = try readAll(path)
        } throws: { error in
            (error as? CSVError)?.line == 4
        }
    }

    @Test func chunkBoundaryInsideAQuotedField() throws {
        let text = "id,note\n1,\"" + String(repeating: "abc,\"\"\n", count: 50) + "\"\n2,plain\n"
        let whole = try readAll(try temporaryFile(text))
        for chunk in [64, 65, 67, 100, 333] {
            let small = try readAll(try temporaryFile(text), chunkSize: chunk)
            #expect(small.rows == whole.rows, "chunk size \(chunk)")
            #expect(small.lines == whole.lines, "chunk size \(chunk)")
        }
        #expect(whole.lines == [1, 2, 53])
        #expect(whole.rows[1][1].hasPrefix("abc,\"\n"))
    }

    @Test func lastRecordWithoutNewlineIsRead() throws {
        let (rows, _, _) = try readAll(try temporaryFile("a,b\n1,2"))
        #expect(rows == [["a", "b"], ["1", "2"]])
    }

    @Test func utf16WithByteOrderMarkIsTranscoded() throws {
        let text = "Name,City\nZoë,Zürich\n😀,x\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (bytes, encoding) in [(le, CSVEncoding.utf16LE), (be, .utf16BE)] {
            for chunk in [64, 1 << 20] {
                let r = try readAll(try temporaryFile(bytes), chunkSize: chunk)
                #expect(r.rows == [["Name", "City"], ["Zoë", "Zürich"], ["😀", "x"]])
                #expect(r.reader.encoding == encoding)
            }
        }
    }

    @Test func windows1252BytesAreDecodedAndCounted() throws {
        // "Société Générale" and "€" in Windows-1252.
        let bytes: [UInt8] =
            Array("Account,Amount\n".utf8) + [0x53, 0x6F, 0x63, 0x69, 0xE9, 0x74, 0xE9] + Array(",".utf8) + [0x80]
            + Array("5\n".utf8)
        let r = try readAll(try temporaryFile(bytes))
        #expect(r.rows[1] == ["Société", "€5"])
        #expect(r.reader.windows1252Fields == 2)
    }

    @Test func emptyBinaryMissingAndFolderInputsAreClearErrors() throws {
        let empty = try temporaryFile([])
        #expect(throws: CSVError.self) { _ = try readAll(empty) }
        let binary = try temporaryFile([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01])
        #expect { _ = try readAll(binary) } throws: { ($0 as? CSVError)?.kind == .binary }
        #expect { _ = try CSVReader(path: "/nonexistent/x.csv") } throws: { ($0 as? CSVError)?.kind == .missingFile }
        #expect { _ = try CSVReader(path: "/tmp") } throws: { ($0 as? CSVError)?.kind == .unreadable }
    }

    /// A file that is not CSV text is named for what it most likely is, with what to do instead.
    @Test func notCSVTextIsToldByWhatItIs() throws {
        func message(_ bytes: [UInt8]) throws -> String {
            do {
                _ = try readAll(try temporaryFile(bytes))
            } catch let e as CSVError {
                return e.description
            }
            return ""
        }
        let text = "Reference ID,Account,Capacity\r\nC-1,Contoso,2\r\n"
        let le = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try message(le).contains("UTF-16 (little-endian)"))
        #expect(try message(be).contains("UTF-16 (big-endian)"))
        #expect(try message([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).contains("Excel workbook (.xlsx)"))
        #expect(try message([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]).contains("(.xls)"))
        #expect(try message(Array("%PDF-1.7\n".utf8) + [0, 1, 2]).contains("PDF"))
        #expect(
            try message(Array("\r\n<HTML><body><table><tr><td>Account</td></tr></table>".utf8)).contains("web page"))
        #expect(try message(Array("Account,Note\nContoso,<html> in a note\n".utf8)) == "")
        // A CSV whose first cell starts with `<` is CSV; a page after a byte-order mark is a page.
        #expect(try message(Array("<Table 1>,Account\nx,Contoso\n".utf8)) == "")
        #expect(try message([0xEF, 0xBB, 0xBF] + Array("<html><body><table>".utf8)).contains("web page"))
        #expect(try message(Array("%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n".utf8)).contains("PDF"))
        #expect(try message([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).contains("binary file"))
    }
}

@Suite("csv-spectrum")
struct SpectrumTests {
    static let root: URL = {
        // Tests/CSVReaderTests/ReaderTests.swift → the repository → ../shared/csv-spectrum
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let local = repo.appendingPathComponent("Tests/Fixtures/csv-spectrum")
        if FileManager.default.fileExists(atPath: local.path) { return local }
        return repo.deletingLastPathComponent().appendingPathComponent("shared/csv-spectrum")
    }()

    static let cases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines",
        "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    @Test(arguments: cases)
    func spectrumCase(_ name: String) throws {
        let csv = Self.root.appendingPathComponent("csvs/\(name).csv").path
        let json = try Data(contentsOf: Self.root.appendingPathComponent("json/\(name).json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])
        let (rows, _, _) = try readAll(csv)
        let header = try #require(rows.first)
        let objects = rows.dropFirst().map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row).map { ($0, $1) })
        }
        #expect(objects == expected)
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
    }
}
