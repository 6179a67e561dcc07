import ArgumentParser
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how refgap reads one CSV file: delimiter, encoding, header and rows.",
        discussion:
            "With --json, prints {\"header\": [...], \"rows\": [[...], ...]} with every cell exactly as parsed, before any typing."
    )

    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Print the parsed header and rows as JSON.") var json = false
    @Option(help: "Rows to show in the summary.") var rows = 5

    func run() throws {
        var header: [String] = []
        var data: [[String]] = []
        var count = 0
        let reader: CSVReader
        do {
            reader = try CSVReader(path: file)
            var separatorLine = false
            try reader.forEachRecord { row in
                // Excel's `sep=;` line names the delimiter; the header follows it.
                if reader.separatorLine && !separatorLine {
                    separatorLine = true
                    return
                }
                if header.isEmpty && count == 0 {
                    header = row.strings()
                    count = -1
                    return
                }
                count = max(count, 0) + 1
                if json || data.count < rows { data.append(row.strings()) }
            }
        } catch let e as CSVError {
            throw fail(e.description, code: 2)
        }
        if json {
            let out = JSON.object([
                ("header", .array(header.map { .string($0) })),
                ("rows", .array(data.map { .array($0.map { .string($0) }) })),
            ])
            print(out.text())
            return
        }
        let delimiter =
            reader.delimiter == UInt8(ascii: "\t") ? "tab" : "\"\(Character(UnicodeScalar(reader.delimiter)))\""
        say(
            "\(file): \(reader.byteSize) bytes, \(reader.encoding.rawValue)\(reader.windows1252Fields > 0 ? " (\(reader.windows1252Fields) \(reader.windows1252Fields == 1 ? "cell" : "cells") read as Windows-1252)" : ""), delimiter \(delimiter)"
        )
        say("\(max(count, 0)) data rows, \(header.count) columns")
        let shown = [header] + data
        let widths = header.indices.map { i in
            min(28, shown.map { i < $0.count ? fitted($0[i], width: 28).count : 0 }.max() ?? 0)
        }
        for (n, row) in shown.enumerated() {
            let cells = header.indices.map { i -> String in
                let cut = fitted(i < row.count ? row[i] : "", width: widths[i])
                return cut + String(repeating: " ", count: max(0, widths[i] - cut.count))
            }
            say(
                (n == 0 ? "header │ " : "row \(n)".padding(toLength: 6, withPad: " ", startingAt: 0) + " │ ")
                    + cells.joined(separator: " │ "))
        }
    }

    /// A cell on one line of the table: line breaks as \r and \n, other control and invisible format
    /// characters as \u{..}.
    func display(_ s: String) -> String {
        Terminal.visible(
            s.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n"), oneLine: true)
    }

    /// `display(s)` in at most `width` Characters: the longest run of whole Characters of the cell
    /// whose display fits, and `…`. Cut before escaping, so an escape is never cut in half.
    func fitted(_ s: String, width: Int) -> String {
        if s.utf8.count <= width || s.count <= width {
            let whole = display(s)
            if whole.count <= width { return whole }
        }
        var end = s.startIndex, shown = ""
        while end < s.endIndex {
            let next = s.index(after: end)
            let d = display(String(s[..<next]))
            if d.count > width - 1 { break }
            shown = d
            end = next
        }
        return shown + "…"
    }
}
