import Mustache

/// The report templates (swift-mustache). Kept in code, not as bundle resources, so the binary
/// needs nothing beside it. `{{x}}` escapes; `{{{x}}}` is used only for text built with escaping:
/// SVG, and the tables' rows (`TableBody`).
enum Templates {
    static let markdown = """
        {{% CONTENT_TYPE: TEXT}}
        # {{title}}

        {{subtitle}}

        {{#hasWarning}}
        > **Warning:** {{warning}}

        {{/hasWarning}}
        {{#lead}}
        {{text}}

        {{/lead}}
        {{#sections}}
        ## {{heading}}

        {{#intro}}
        {{text}}

        {{/intro}}
        {{#tables}}
        {{#caption}}
        **{{caption}}**

        {{/caption}}
        {{#hasRows}}
        {{header}}
        {{rule}}
        {{{body}}}

        {{/hasRows}}
        {{^hasRows}}
        {{empty}}

        {{/hasRows}}
        {{/tables}}
        {{#hasItems}}
        {{#items}}
        - {{text}}
        {{/items}}

        {{/hasItems}}
        {{#hasNote}}
        _{{note}}_

        {{/hasNote}}
        {{/sections}}
        ---
        {{footer}}

        """

    static let html = """
        {{% CONTENT_TYPE: REFGAP_HTML}}
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{{title}}</title>
        <style>
        {{{css}}}
        </style>
        </head>
        <body>
        <header>
        <h1>{{title}}</h1>
        <p class="subtitle">{{subtitle}}</p>
        </header>
        <main>
        {{#hasWarning}}
        <p class="warning" role="alert"><strong>Warning:</strong> {{warning}}</p>
        {{/hasWarning}}
        <section class="lead" aria-label="Summary">
        {{#lead}}
        <p>{{text}}</p>
        {{/lead}}
        </section>
        <nav aria-label="Contents"><ol>
        {{#toc}}
        <li><a href="#{{id}}">{{heading}}</a></li>
        {{/toc}}
        </ol></nav>
        {{#sections}}
        <section id="{{id}}">
        <h2>{{heading}}</h2>
        {{#intro}}
        <p>{{text}}</p>
        {{/intro}}
        {{#hasSVG}}
        <figure>{{{svg}}}</figure>
        {{/hasSVG}}
        {{#tables}}
        {{#hasRows}}
        <div class="table-wrap">
        <table>
        <caption>{{caption}}</caption>
        <thead><tr>{{#columns}}<th scope="col" class="{{cls}}">{{label}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{{body}}}
        </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}
        <p class="empty"><strong>{{caption}}:</strong> {{empty}}</p>
        {{/hasRows}}
        {{/tables}}
        {{#hasItems}}
        <ul>
        {{#items}}
        <li>{{text}}</li>
        {{/items}}
        </ul>
        {{/hasItems}}
        {{#hasNote}}
        <p class="note">{{note}}</p>
        {{/hasNote}}
        </section>
        {{/sections}}
        </main>
        <footer><p>{{footer}}</p></footer>
        </body>
        </html>

        """

    static let css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --gap: #a4161a; --ok: #1b6e3a; --warn: #8a5300; --bg-alt: #f5f5f2; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
        .subtitle, .note, footer { color: var(--muted); }
        .lead { font-size: 1.08rem; background: var(--bg-alt); border-left: 4px solid var(--ink); padding: .6rem 1rem; }
        .warning { background: #fff1f0; border: 2px solid var(--gap); padding: .6rem 1rem; }
        nav ol { columns: 2; font-size: .92rem; }
        a { color: #0b4f8a; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.4rem; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        td.long { overflow-wrap: anywhere; min-width: 12em; }
        th { background: var(--bg-alt); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.gap { color: var(--gap); font-weight: 600; }
        td.ok { color: var(--ok); }
        td.warn { color: var(--warn); font-weight: 600; }
        figure { margin: 1rem 0; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: inherit; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          section { break-inside: auto; }
          h2 { break-after: avoid; }
          table, figure { break-inside: avoid; }
          .table-wrap { overflow: visible; }
        }
        """

    /// Registers `ReportHTML` under the name the HTML template asks for (once, before any parse).
    static let registered: Void = MustacheContentTypes.register(ReportHTML(), named: "REFGAP_HTML")
}

/// The HTML template's escaping: `Escape.xml`, the five characters swift-mustache's own HTML type
/// escapes (`&`, `<`, `>`, `"`, `'`) decided per Unicode scalar, with the control characters XML forbids
/// dropped. The library's version looks each Character up in a dictionary (about 8,000 instructions a
/// cell, and a quote that carries a combining mark gets through); a cell with nothing to escape is
/// returned as it is.
struct ReportHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { Escape.xml(text) }
}
