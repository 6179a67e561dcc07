import Testing
import Mustache
@testable import RefgapRender

/// The tables' rows are written in Swift, not by the templates: the bytes must be the ones the
/// cell-by-cell templates wrote, hostile cells included, and every cell escaped.
@Suite("Table bodies")
struct TableBodyTests {
    /// Hostile strings as text, figures and sentences, with and without a tone, plus invisible
    /// format characters, three cells a row; a class that needs escaping; one row without cells.
    static let rows: [ReportModel.Row] = {
        let strings =
            HostileStringTests.hostile + [
                "", "plain", "right\u{202E}to left", "zero\u{200B}width", "é · 日本", "a\u{85}b",
            ]
        var cells: [ReportModel.Cell] = []
        for (i, s) in strings.enumerated() {
            cells += [.text(s), .num(s, tone: i % 2 == 0 ? "gap" : ""), .message(s, tone: i % 3 == 0 ? "ok" : "")]
        }
        return stride(from: 0, to: cells.count, by: 3).map { ReportModel.Row(cells: Array(cells[$0..<$0 + 3])) }
            + [ReportModel.Row(cells: [.num("1", tone: "\"><b>")]), ReportModel.Row(cells: [])]
    }()

    /// What the HTML template wrote before: a Mustache section per row and per cell, each value
    /// escaped by the template's content type.
    @Test func htmlRowsAreWhatTheCellByCellTemplateWrote() throws {
        Templates.registered
        let template = try MustacheTemplate(
            string: """
                {{% CONTENT_TYPE: REFGAP_HTML}}
                {{#rows}}
                <tr>{{#cells}}<td class="{{cls}}">{{text}}</td>{{/cells}}</tr>
                {{/rows}}

                """)
        let view: [String: Any] = [
            "rows": Self.rows.map { row in
                [
                    "cells": row.cells.map { cell in
                        [
                            "text": cell.text,
                            "cls":
                                ([cell.numeric ? "num" : ""] + [cell.tone]
                                + [!cell.numeric && TableBody.hasLongWord(cell.text) ? "long" : ""]).filter {
                                    !$0.isEmpty
                                }.joined(separator: " "),
                        ]
                    }
                ]
            }
        ]
        let body = TableBody.html(Self.rows)
        #expect(body + "\n" == template.render(view))
        #expect(!body.contains("<script") && !body.contains("<img"))
        #expect(body.contains("&lt;script&gt;") && body.contains("&quot;&gt;&lt;img"))
        #expect(body.contains("<td class=\"num gap\">") && body.contains("<td class=\"ok\">"))
    }

    /// A cell with a long unbroken run (a need named by its URL) may break anywhere, so the table's
    /// figures stay on the page (a trial's did not); other cells keep their words whole.
    @Test func aCellWithALongWordMayBreakAnywhere() {
        let url = "https://confluence.example.com/display/ADVOCACY/FY27+Q1+Gartner"
        let body = TableBody.html([
            ReportModel.Row(cells: [.text(url), .text("Need"), .message(url, tone: "gap"), .num(url)])
        ])
        #expect(body.contains("<td class=\"long\">https://confluence"))
        #expect(body.contains("<td class=\"\">Need</td>"))
        #expect(body.contains("<td class=\"gap long\">https://confluence"))
        #expect(body.contains("<td class=\"num\">https://confluence"))
        #expect(!TableBody.hasLongWord("Reference call · Healthcare · US-Midwest · Cloud Platform"))
        #expect(TableBody.hasLongWord(String(repeating: "日", count: 30)))
        #expect(!TableBody.hasLongWord(String(repeating: "日", count: 29)))
        #expect(Templates.css.contains("td.long { overflow-wrap: anywhere;"))
    }

    /// What the Markdown template wrote before: each row `| a | b |`, cells through `markdownCell`.
    @Test func markdownRowsAreWhatTheTemplateWrote() {
        let lines = Self.rows.map { row in
            "| " + row.cells.map { Escape.markdownCell($0.text) }.joined(separator: " | ") + " |"
        }
        let body = TableBody.markdown(Self.rows)
        #expect(body == lines.joined(separator: "\n"))
        #expect(!body.contains("<script>") && !body.contains("a|b|c") && body.contains("a\\|b\\|c"))
        #expect(!body.contains("\r") && body.split(separator: "\n").count == Self.rows.count)
    }

    /// A report is written with each table's rows in its marker's place, in order, in slices of about
    /// `sliceBytes` (a slice ends after the row that reaches it), the same bytes as the rows rendered whole.
    @Test func aReportsRowsAreWrittenInTheirMarkersPlacesInSlices() {
        let many = (0..<12_000).map { i in
            ReportModel.Row(cells: [.text("account \(i) <b>"), .num("\(i)", tone: i % 2 == 0 ? "gap" : "")])
        }
        let rendered = Array("head\n\(TableBody.marker)\nmiddle\n\(TableBody.marker)\ntail\n".utf8)
        var slices: [[UInt8]] = []
        TableBody.write(rendered, bodies: [many, Self.rows], as: .html) { slices.append($0) }
        let written = String(decoding: slices.joined(), as: UTF8.self)
        let expected = "head\n" + TableBody.html(many) + "\nmiddle\n" + TableBody.html(Self.rows) + "\ntail\n"
        #expect(written == expected)
        #expect(slices.count > 2 && slices.allSatisfy { $0.count < TableBody.sliceBytes + 100 })
        #expect(!written.contains(TableBody.marker))
    }

    /// An input that spells the marker cannot move a table: the escaping drops its control characters.
    @Test func anInputSpellingTheMarkerIsNotATablesPlace() throws {
        Templates.registered
        let model = ReportModel(
            title: "Gap report " + TableBody.marker, subtitle: TableBody.marker, lead: [.init(text: TableBody.marker)],
            sections: [
                .init(
                    id: "s", heading: TableBody.marker, intro: [.init(text: "before " + TableBody.marker)],
                    tables: [
                        .init(
                            caption: TableBody.marker, columns: [.text("Name")],
                            rows: [ReportModel.Row(cells: [.text("row " + TableBody.marker)])])
                    ])
            ], footer: TableBody.marker)
        for html in [true, false] {
            var bytes: [UInt8] = []
            if html {
                let view = HTMLView(model, css: "")
                let template = try MustacheTemplate(string: Templates.html)
                TableBody.write(Array(template.render(view).utf8), bodies: view.bodies, as: .html) { bytes += $0 }
            } else {
                let view = MarkdownView(model)
                let template = try MustacheTemplate(string: Templates.markdown)
                TableBody.write(Render.tidy(template.render(view)), bodies: view.bodies, as: .markdown) { bytes += $0 }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("\u{1}"), "html: \(html)")
            #expect(text.components(separatedBy: "row refgap-table-body").count == 2, "html: \(html)")
            // Every place the model spells it, and no other: HTML also has the title's <h1> and the contents.
            #expect(text.components(separatedBy: "refgap-table-body").count - 1 == (html ? 10 : 8), "html: \(html)")
        }
    }
}
