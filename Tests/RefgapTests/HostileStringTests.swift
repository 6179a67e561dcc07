import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import CSVReader
import Mustache
@testable import RefgapCore
import RefgapIngest
import RefgapModel
@testable import RefgapRender

/// Hostile strings from every input field that reaches a report stay inert.
@Suite("Escaping")
struct HostileStringTests {
    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "=HYPERLINK(\"http://evil\",\"x\")",
        "+SUM(A1)", "@cmd", "-2+3", "a|b|c", "`rm -rf`", "[link](http://x)", "*bold* _it_", "&amp; &#60;",
        "two\r\nlines", "lone\rcarriage return", "\"\u{301}<\u{301}b>*\u{301}x*\u{301} |\u{301}", "esc\u{1B}[31m",
    ]

    /// A CSV cell, quotes doubled per Unicode scalar (Foundation's replacingOccurrences leaves a quote
    /// that carries a combining mark alone).
    func quoted(_ s: String) -> String {
        "\"" + String(String.UnicodeScalarView(s.unicodeScalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })) + "\""
    }

    /// A program whose every text field, in every input, holds one of `strings` in turn.
    func hostileProgram(_ strings: [String] = Self.hostile) throws -> String {
        let dir = try tempDir()
        var opps =
            "Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Stage,Close Date,Amount,Probability (%),Industry,Billing State/Province,Billing Country,Employees,Product Family,Reference Type\n"
        var roster =
            "Reference ID,Account Name,Contact Name,Title,Reference Status,Industry,Billing State/Province,Billing Country,Products,Employees,Activities,Last Verified,Uses (Last 90 Days),CSM\n"
        var calendar =
            "Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority\n"
        var accounts =
            "Company Name,Industry,Billing State/Province,Billing Country,Employees,Products,Overall Score,ARR,CSM,Open Escalations\n"
        for (i, h) in strings.enumerated() {
            let q = quoted(h)
            opps += "\(q),\(q),\(q),\(q),Prospecting,12/\(10 + i % 15)/2026,300000,50,\(q),\(q),\(q),500,\(q),\(q)\n"
            roster += "\(q),\(q),\(q),\(q),Active,\(q),\(q),\(q),\(q),500,\(q),2026-11-01,0,\(q)\n"
            roster += "S\(i),\(q),\(q),\(q),Pending,\(q),\(q),\(q),\(q),500,\(q),2026-11-01,0,\(q)\n"
            calendar += "\(q),\(q),\(q),2026-12-\(10 + i % 15),2,\(q),\(q),\(q),\(q),\n"
            // Healthy customers not on the roster (not a legal form, which names the roster's account):
            // they reach the priorities report as candidates.
            accounts += "\(quoted(h + " Holdings")),\(q),\(q),\(q),500,\(q),90,100000,\(q),0\n"
        }
        // A row that is rejected carries its hostile cells into rejects/.
        opps +=
            "\(quoted(Self.hostile[0])),\(quoted("two\r\nlines")),\(quoted(Self.hostile[2])),o,Prospecting,\(quoted(Self.hostile[1])),5,50,,,,,,\n"
        try write(opps, to: dir + "/opportunities.csv")
        try write(roster, to: dir + "/roster.csv")
        try write(calendar, to: dir + "/calendar.csv")
        try write(accounts, to: dir + "/accounts.csv")
        return dir
    }

    @Test func htmlIsInertAndParsesAsXML() throws {
        let outcome = try runPipeline(try hostileProgram())
        for name in ["gap-report.html", "priorities.html"] {
            let html = file(outcome, name)
            #expect(!html.isEmpty)
            #expect(!html.contains("<script"), "\(name) carries a raw <script>")
            #expect(!html.contains("<img"), "\(name) carries a raw <img>")
            #expect(!html.contains("onerror=alert(1)>"))
            #expect(html.contains("&lt;script&gt;"))
            let doc = try XMLDocument(data: Data(html.utf8), options: [])
            #expect(doc.rootElement()?.name == "html")
            if name == "gap-report.html" { #expect(try doc.nodes(forXPath: "//*[local-name()='svg']").count == 2) }
        }
    }

    @Test func markdownTablesStayTables() throws {
        let outcome = try runPipeline(try hostileProgram())
        for name in ["gap-report.md", "priorities.md"] {
            let md = file(outcome, name)
            #expect(!md.contains("<script>"))
            #expect(!md.contains("a|b|c"), "an unescaped | would split a table cell")
            #expect(md.contains("a\\|b\\|c"))
            #expect(!md.contains("`rm -rf`"))
            #expect(!md.contains("[link](http://x)"))
            if name == "priorities.md" {
                #expect(md.contains(" Holdings"), "account candidates should reach the report")
            }
            // Every table row has as many cells as its header.
            var expected: Int? = nil
            for line in md.split(separator: "\n") {
                guard line.hasPrefix("| ") else {
                    expected = nil
                    continue
                }
                let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
                if expected == nil { expected = cells }
                #expect(cells == expected, "\(name): \(line)")
            }
        }
    }

    @Test func csvCellsDoNotRunAsFormulas() throws {
        let outcome = try runPipeline(try hostileProgram())
        for name in ["gaps.csv", "targets.csv", "rejects/opportunities.csv", "rejects/roster.csv"] {
            let csv = file(outcome, name)
            #expect(!csv.isEmpty, "\(name) missing")
            for line in csv.split(separator: "\n") {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    let c = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                    for lead in ["=", "+", "@"] { #expect(!c.hasPrefix(lead), "\(name): \(line)") }
                    if c.hasPrefix("-") { #expect(Double(c) != nil, "\(name): \(line)") }
                }
            }
        }
        #expect(file(outcome, "rejects/opportunities.csv").contains("'=HYPERLINK"))
    }

    /// A cell appended as bytes is `CSVText.cell`'s text, for hostile strings, long ones, quotes with
    /// combining marks, leading formula characters with and without quoting; the same from its UTF-8.
    @Test func csvCellBytesAreTheCellsText() {
        let strings =
            Self.hostile + [
                "", "plain", "$128,100.00", "\"", "\"\"", "=1,2", "-3", " lead", "trail ", "é,\"日本\"",
                String(repeating: "a \"quoted\", line\n", count: 200),
            ]
        for s in strings {
            var bytes: [UInt8] = []
            CSVText.append(s, into: &bytes)
            #expect(bytes == Array(CSVText.cell(s).utf8), "\(s.debugDescription)")
            // A cell given as its bytes (targets.csv's candidates, joined as bytes) is written the same.
            var fromBytes: [UInt8] = []
            CSVText.append(utf8: Array(s.utf8), into: &fromBytes)
            #expect(fromBytes == bytes, "\(s.debugDescription)")
        }
    }

    /// Cells holding line breaks (a CRLF is one Character to Swift) or quotes are quoted, so every
    /// CSV refgap writes reads back with the header's number of cells on every row.
    @Test func csvFilesReadBackRowForRow() throws {
        let outcome = try runPipeline(try hostileProgram())
        for name in ["gaps.csv", "targets.csv", "rejects/opportunities.csv"] {
            let path = try tempDir() + "/out.csv"
            try write(file(outcome, name), to: path)
            var widths: [Int] = []
            var texts: [String] = []
            try CSVReader(path: path).forEachRecord { row in
                widths.append(row.count)
                texts += row.strings()
            }
            #expect(widths.count > 1, "\(name)")
            #expect(Set(widths).count == 1, "\(name): rows of \(Set(widths).sorted()) cells")
            #expect(texts.contains { $0.contains("two\r\nlines") }, "\(name)")
        }
    }

    /// The HTML template escapes through `ReportHTML`: the five characters, byte by byte, so even a
    /// quote that carries a combining mark (one Character to Swift) is escaped.
    @Test func theHTMLTemplateEscapesEveryQuoteAndBracket() throws {
        #expect(Templates.html.hasPrefix("{{% CONTENT_TYPE: REFGAP_HTML}}\n"))
        Templates.registered
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: REFGAP_HTML}}\n<p title=\"{{v}}\">{{v}}</p>")
        let value = "\"\u{301}<b>&'x"
        let escaped = "&quot;\u{301}&lt;b&gt;&amp;&#39;x"
        #expect(template.render(["v": value]) == "<p title=\"\(escaped)\">\(escaped)</p>")
        #expect(ReportHTML().escapeText("plain text, no markup") == "plain text, no markup")
    }

    /// Escaping decides per Unicode scalar: a quote, bracket, star or bar that carries a combining
    /// mark is one Character to Swift but the plain ASCII byte to a browser, a Markdown renderer or a
    /// spreadsheet.
    @Test func escapingSeesCharactersThatCarryCombiningMarks() {
        #expect(Escape.xml("\"\u{301}<\u{301}b>&\u{1B}") == "&quot;\u{301}&lt;\u{301}b&gt;&amp;")
        #expect(
            Escape.markdownCell("*\u{301}x*\u{301} |\u{301}\r\nb\u{1B}\u{9B}") == "\\*\u{301}x\\*\u{301} \\|\u{301} b")
        #expect(Escape.markdownCell("a\rb\nc\r\n") == "a b c ")
        #expect(Escape.csv("say \"\u{301}hi\"") == "\"say \"\"\u{301}hi\"\"\"")
    }

    @Test func jsonEscapesMarkup() throws {
        let json = file(try runPipeline(try hostileProgram()), "run.json")
        #expect(!json.contains("<script>"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    /// For the fast paths, which keep a string whole only where escaping scalar by scalar would not
    /// change it: C1 controls (C2 80–C2 9F in UTF-8) next to letters that share their bytes (Â is C3 82,
    /// Ā C4 80), invisible format characters among ASCII and among other letters.
    static let fastPathStrings =
        hostile + [
            "", "Healthcare · US-Midwest", "é Â Ā ĉ", "a\u{85}b", "\u{9F}", "\u{7F}", "\u{A0}nbsp", "C2\u{C2}",
            "snake_case", "a`b", "x*y", "[a]", "tab\tend", "日本語 ü", "Ac\u{200C}me", "é\u{202E}ü", "soft\u{AD}hyphen",
            "bell\u{7}", "quote's", "line\nfeed", "USD 1,250,000",
        ]

    @Test func markdownTextWithNothingToEscapeIsKeptAndEverythingElseEscaped() {
        for s in Self.fastPathStrings {
            #expect(
                Escape.markdownCell(s) == Escape.escapeMarkdown(s),
                "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Escape.markdownCell("Healthcare · US-Midwest") == "Healthcare · US-Midwest")
        #expect(Escape.markdownCell("a\u{85}b|c") == "ab\\|c")
    }

    @Test func htmlTextWithNothingToEscapeIsKeptAndEverythingElseEscaped() {
        for s in Self.fastPathStrings {
            #expect(Escape.xml(s) == Escape.escapeXML(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Escape.xml("Healthcare · US-Midwest") == "Healthcare · US-Midwest")
        #expect(Escape.xml("Ac\u{200C}me & co") == "Ac\\u{200C}me &amp; co")
    }

    @Test func jsonStringsReadBackAsWrittenWithMarkupAndLineSeparatorsEscaped() throws {
        let strings =
            Self.hostile + [
                "", "plain", "tab\there", "nul\u{0}bell\u{7}", "\u{2028}line\u{2029}para", "\u{2026} ellipsis € ü 日本",
                "back\\slash \"quoted\"", "\u{E2}", "&<>",
            ]
        for s in strings {
            var out: [UInt8] = []
            JSON.quote(s, into: &out)
            let text = String(decoding: out, as: UTF8.self)
            #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"), "\(text)")
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
            let back = try JSONSerialization.jsonObject(with: Data(out), options: [.fragmentsAllowed]) as? String
            #expect(back == s, "\(text)")
        }
        var out: [UInt8] = []
        JSON.quote("a<b\u{2028}", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""a\u003cb\u2028""#)
    }
}

/// Text from the inputs that reaches a terminal or refgap.yml keeps its control characters visible.
@Suite("Terminal and config text")
struct TerminalTextTests {
    @Test func controlCharactersInAHeaderAreShownNotSentToTheTerminal() throws {
        let dir = try tempDir()
        try write(
            "Opportunity ID,Opp\u{1B}[31mName,Account Name,Stage,Amount\n1,x,y,Prospecting,5\n",
            to: dir + "/opportunities.csv")
        try write(
            "Team,Need,Activity,Due Date,References Needed\nAR,Wave,Analyst interview,2026-12-24,1\n",
            to: dir + "/calendar.csv")
        try write(
            "Reference ID,Account Name,Contact Name,Reference Status,Activities\nR1,Acme,Ann,Active,Analyst interview\n",
            to: dir + "/roster.csv")
        let result = try runBinary(["run", dir, "--out", dir + "/out"], in: dir)
        #expect(result.status == 2)
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B }, "\(result.stderr)")
        #expect(result.stderr.contains("Opp\\u{1B}[31mName"), "\(result.stderr)")
        let inspected = try runBinary(["inspect", dir + "/opportunities.csv"], in: dir)
        #expect(!inspected.stdout.unicodeScalars.contains { $0.value == 0x1B }, "\(inspected.stdout)")
    }

    @Test func terminalTextKeepsLinesAndTabsAndShowsTheRest() {
        #expect(Terminal.visible("a\tb\nc") == "a\tb\nc")
        #expect(Terminal.visible("a\rb\u{7}c\u{9B}d\u{7F}") == "a\\u{D}b\\u{7}c\\u{9B}d\\u{7F}")
        #expect(Terminal.visible("two\nlines", oneLine: true) == "two\\u{A}lines")
        #expect(Terminal.visible("Zürich – 東京") == "Zürich – 東京")
    }

    @Test func headersWrittenIntoRefgapYmlReadBackAsWritten() throws {
        for header in [
            "Close \"Date\"", "back\\slash", "two\nlines", "cr\rlf\r\nx", "tab\there", "esc\u{1B}[0m", "del\u{7F}",
            "Zürich",
        ] {
            let yaml = "columns:\n  opportunities:\n    close_date: \(Text.yamlQuote(header))\n"
            let config = try ConfigLoader.parse(yaml, path: "refgap.yml")
            #expect(
                config.columns["opportunities"]?["close_date"] == header,
                "\(header.debugDescription) as \(Text.yamlQuote(header))")
        }
        #expect(ConfigTemplate.comment("a\nb: c") == "a\\u{A}b: c")
    }
}
