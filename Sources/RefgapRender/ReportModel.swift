import RefgapModel
import Mustache

/// What a report says, as preformatted strings: one model renders to Markdown and to HTML, so the two
/// never disagree. Input strings stay raw here; each writer escapes them for its format (the HTML
/// template through Mustache's `{{…}}`, Markdown through ``Escape/markdownCell(_:)``).
struct ReportModel {
    var title: String
    var subtitle: String
    /// The first screen: a few sentences that answer "how many references is enough, and where".
    var lead: [Para]
    var sections: [Section]
    var footer: String
    /// Print the "marked" banner (reject rate over the limit).
    var warning: String?
    var hasWarning: Bool { warning != nil }

    /// A sentence or a list item: refgap's own words, with input values cut where they were put in;
    /// cut as a whole only past `Clip.messageLength`.
    struct Para {
        var text: String
        init(text: String) { self.text = Clip.text(text, to: Clip.messageLength) }
    }

    struct Section {
        var id: String
        var heading: String
        var intro: [Para] = []
        var tables: [Table] = []
        var items: [Item] = []
        var hasItems: Bool { !items.isEmpty }
        /// Inline SVG (HTML only), built with every text escaped.
        var svg: String = ""
        var hasSVG: Bool { !svg.isEmpty }
        var note: String = ""
        var hasNote: Bool { !note.isEmpty }
    }

    struct Item {
        var text: String
        init(text: String) { self.text = Clip.text(text, to: Clip.messageLength) }
    }

    struct Table {
        var caption: String
        var columns: [Column]
        var rows: [Row]
        var hasRows: Bool { !rows.isEmpty }
        var empty: String = "None."
        /// `| --- | ---: |` for Markdown.
        var markdownRule: String { "|" + columns.map { $0.numeric ? " ---: |" : " --- |" }.joined() }
        var markdownHeader: String {
            "| " + columns.map { Escape.markdownCell($0.label) }.joined(separator: " | ") + " |"
        }
    }

    struct Column {
        var label: String
        var numeric: Bool = false
    }

    struct Row {
        var cells: [Cell]
    }

    struct Cell {
        var text: String
        var numeric: Bool = false
        /// A CSS class for a status colour (`gap`, `ok`, `warn`), or empty.
        var tone: String = ""
    }
}

extension ReportModel.Column {
    static func num(_ label: String) -> Self { .init(label: label, numeric: true) }
    static func text(_ label: String) -> Self { .init(label: label) }
}

extension ReportModel.Cell {
    static func num(_ text: String, tone: String = "") -> Self { .init(text: text, numeric: true, tone: tone) }
    /// One value, most often from the inputs (a name, an account, a date): cut to `Clip.valueLength`.
    static func text(_ text: String, tone: String = "") -> Self { .init(text: Clip.text(text), tone: tone) }
    /// refgap's own sentence or list (a reason, a segment label, names joined), whose input values
    /// were cut where it was built: cut only past `Clip.messageLength`.
    static func message(_ text: String, tone: String = "") -> Self {
        .init(text: Clip.text(text, to: Clip.messageLength), tone: tone)
    }
}

/// A Markdown view of the model: every string escaped for Markdown, each table's rows left for the
/// writer (`TableBody.write`).
struct MarkdownView {
    struct Section {
        var heading: String
        var intro: [ReportModel.Para]
        var tables: [Table]
        var items: [ReportModel.Item]
        var hasItems: Bool
        var note: String
        var hasNote: Bool
    }
    struct Table {
        var caption: String
        var header: String
        var rule: String
        /// `TableBody.marker`: the rows' lines (`bodies`) are written in its place as the report is.
        var body: String
        var hasRows: Bool
        var empty: String
    }

    var title: String
    var subtitle: String
    var lead: [ReportModel.Para]
    var sections: [Section]
    var footer: String
    var warning: String
    var hasWarning: Bool
    /// The rows of each table that has any, in the order the template places their markers.
    var bodies: [[ReportModel.Row]] = []

    init(_ m: ReportModel) {
        let esc = Escape.markdown
        title = esc(m.title)
        subtitle = esc(m.subtitle)
        lead = m.lead.map { .init(text: esc($0.text)) }
        footer = esc(m.footer)
        warning = esc(m.warning ?? "")
        hasWarning = m.warning != nil
        bodies = m.sections.flatMap { $0.tables.filter(\.hasRows).map(\.rows) }
        sections = m.sections.map { s in
            Section(
                heading: esc(s.heading), intro: s.intro.map { .init(text: esc($0.text)) },
                tables: s.tables.map { t in
                    Table(
                        caption: esc(t.caption), header: t.markdownHeader, rule: t.markdownRule,
                        body: TableBody.marker, hasRows: t.hasRows, empty: esc(t.empty))
                },
                items: s.items.map { .init(text: esc($0.text)) }, hasItems: s.hasItems, note: esc(s.note),
                hasNote: s.hasNote)
        }
    }
}

/// An HTML view of the model: stored properties only (Mustache reads through `Mirror`), strings raw
/// (Mustache's `{{…}}` escapes them), SVG pre-escaped and inserted raw, each table's rows left for the
/// writer (`TableBody.write`).
struct HTMLView {
    struct Section {
        var id: String
        var heading: String
        var intro: [ReportModel.Para]
        var tables: [Table]
        var items: [ReportModel.Item]
        var hasItems: Bool
        var svg: String
        var hasSVG: Bool
        var note: String
        var hasNote: Bool
    }
    struct Table {
        var caption: String
        var columns: [Column]
        /// `TableBody.marker`: the rows' `<tr>` lines (`bodies`) are written in its place as the report is.
        var body: String
        var hasRows: Bool
        var empty: String
    }
    struct Column {
        var label: String
        var cls: String
    }

    var title: String
    var subtitle: String
    var lead: [ReportModel.Para]
    var toc: [TOCEntry]
    var sections: [Section]
    var footer: String
    var warning: String
    var hasWarning: Bool
    var css: String
    /// The rows of each table that has any, in the order the template places their markers.
    var bodies: [[ReportModel.Row]]

    struct TOCEntry {
        var id: String
        var heading: String
    }

    init(_ m: ReportModel, css: String) {
        title = m.title
        subtitle = m.subtitle
        lead = m.lead
        footer = m.footer
        warning = m.warning ?? ""
        hasWarning = m.warning != nil
        self.css = css
        toc = m.sections.map { TOCEntry(id: $0.id, heading: $0.heading) }
        bodies = m.sections.flatMap { $0.tables.filter(\.hasRows).map(\.rows) }
        sections = m.sections.map { s in
            Section(
                id: s.id, heading: s.heading, intro: s.intro,
                tables: s.tables.map { t in
                    Table(
                        caption: t.caption,
                        columns: t.columns.map { Column(label: $0.label, cls: $0.numeric ? "num" : "") },
                        body: TableBody.marker, hasRows: t.hasRows, empty: t.empty)
                },
                items: s.items, hasItems: s.hasItems, svg: s.svg, hasSVG: s.hasSVG, note: s.note, hasNote: s.hasNote)
        }
    }
}

// MARK: Lookup by name for Mustache
//
// Mustache finds a name in a value through `MustacheParent` when the value has it, else through
// `Mirror`, which costs far more per cell. The views name their fields here; a field left out
// renders empty, so the golden reports test these lists.

extension ReportModel.Para: MustacheParent {
    func child(named name: String) -> Any? { name == "text" ? text : nil }
}

extension ReportModel.Item: MustacheParent {
    func child(named name: String) -> Any? { name == "text" ? text : nil }
}

extension MarkdownView.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "tables": tables
        case "items": items
        case "hasItems": hasItems
        case "note": note
        case "hasNote": hasNote
        default: nil
        }
    }
}

extension MarkdownView.Table: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "header": header
        case "rule": rule
        case "body": body
        case "hasRows": hasRows
        case "empty": empty
        default: nil
        }
    }
}

extension HTMLView.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "intro": intro
        case "tables": tables
        case "items": items
        case "hasItems": hasItems
        case "svg": svg
        case "hasSVG": hasSVG
        case "note": note
        case "hasNote": hasNote
        default: nil
        }
    }
}

extension HTMLView.Table: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "columns": columns
        case "body": body
        case "hasRows": hasRows
        case "empty": empty
        default: nil
        }
    }
}

extension HTMLView.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "cls": cls
        default: nil
        }
    }
}

extension HTMLView.TOCEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        default: nil
        }
    }
}
