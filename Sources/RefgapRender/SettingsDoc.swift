import RefgapIngest
import RefgapModel

/// docs/settings.md, made from the settings table so that the page lists every key with the default
/// refgap really uses. `make docs` writes it; a test fails when the file and the table differ.
package enum SettingsDoc {
    package static func markdown() -> String {
        let defaults = Config()
        var lines = [
            "# Settings (`refgap.yml`)",
            "",
            "<!-- Made from Sources/RefgapIngest/Settings/Settings.swift by `make docs`; edit the table there, not this file. -->",
            "",
            "Every key is optional. `refgap init` writes them all (commented out where there is no default),",
            "`refgap run --set key=value` changes one for a run, the gap report's \"Assumptions used\" table shows",
            "the value each had and run.json's `config` holds them all.",
            "",
            "| Key | Takes | Default | What it does |",
            "| --- | --- | --- | --- |",
        ]
        for s in Settings.all {
            let shown = s.value(defaults).words(unset: s.unset)
            lines.append("| `\(s.key)` | \(cell(s.type)) | \(cell(shown.isEmpty ? "none" : shown)) | \(cell(s.doc)) |")
        }
        lines += [
            "",
            "## Adding a setting",
            "",
            "1. Add the property, with its default, to `Config` (Sources/RefgapModel/Config.swift).",
            "2. Add one `Setting` entry to `Settings.all` (Sources/RefgapIngest/Settings/Settings.swift), where",
            "   it should appear in the lists: its key, what it takes, a one-line doc, how it is read (the",
            "   `ConfigReader` methods check ranges and name the line of a bad value) and its value as data.",
            "   The loader, `--set`, `refgap init`, the assumptions table and run.json then show it.",
            "3. Use `config.yourSetting` where it matters, run `make docs` to rewrite this page and `make golden`",
            "   (the reports' assumptions table and `refgap init` gain a line; run.json's `config` gains the key).",
            "",
            "The settings tests (Tests/RefgapTests/SettingsTableTests.swift) fail when a `Config` property has no",
            "entry, or when the loader, the template, the assumptions table, run.json or this page misses a key.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a Markdown table cell: a `|` would end the cell.
    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
