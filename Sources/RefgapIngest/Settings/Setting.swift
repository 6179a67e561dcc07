import RefgapModel
import Yams

/// One key of refgap.yml: how it is read, what it means and how it prints. `Settings.all` lists every
/// one; the config loader (and `--set`), `refgap init`'s template, the gap report's assumptions table,
/// run.json's `config` and docs/settings.md all go through that list, so none of them can miss a key.
package struct Setting: Sendable {
    typealias Read = @Sendable (inout Config, Node, ConfigReader) throws -> Void

    /// Which value `refgap init` writes for the key.
    package enum InitWrites: Sendable {
        /// The default (a fresh start).
        case defaultValue
        /// The value in effect for the run that wrote it (`--as-of`, `--set`, an existing refgap.yml).
        case valueInEffect
    }

    package let key: String
    /// What the key takes, in words: `number 0–1`, `list of day counts`.
    package let type: String
    /// What it does, in one sentence.
    package let doc: String
    /// What happens when the key has no value (`today`, `per column`, `none`): the report and the docs
    /// show these words instead of a blank.
    package let unset: String
    let read: Read
    /// The value as data, for every printer.
    package let value: @Sendable (Config) -> SettingValue
    /// Lines `refgap init` writes above the key; nil: `# ` and the doc line. Empty: none (the key is
    /// explained with the one before it).
    package let initComment: [String]?
    /// Written commented out by `refgap init` when the key has no value: the part after `# key: `,
    /// then further lines each after `# `.
    package let initExample: (@Sendable (Config) -> [String])?
    package let initWrites: InitWrites
    /// The value as `refgap init` writes it, where that differs from the plain YAML of `value`.
    package let initText: (@Sendable (Config) -> String)?
    /// The assumptions table's lines, for keys shown as several lines or with other words than
    /// `value`; nil or empty: one line with the value (a map: one line per entry).
    package let rows: (@Sendable (Config) -> [SettingRow])?

    init(
        _ key: String, _ type: String, _ doc: String, unset: String = "none",
        read: @escaping Read, value: @escaping @Sendable (Config) -> SettingValue,
        initComment: [String]? = nil, initExample: (@Sendable (Config) -> [String])? = nil,
        initWrites: InitWrites = .defaultValue, initText: (@Sendable (Config) -> String)? = nil,
        rows: (@Sendable (Config) -> [SettingRow])? = nil
    ) {
        self.key = key
        self.type = type
        self.doc = doc
        self.unset = unset
        self.read = read
        self.value = value
        self.initComment = initComment
        self.initExample = initExample
        self.initWrites = initWrites
        self.initText = initText
        self.rows = rows
    }
}
