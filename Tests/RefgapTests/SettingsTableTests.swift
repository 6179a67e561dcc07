import Foundation
import RefgapIngest
import RefgapModel
import Testing
@testable import RefgapCore
@testable import RefgapRender

/// The settings table is the one list of keys: every `Config` property has an entry, and the loader,
/// `refgap init`'s template, the assumptions table, run.json and docs/settings.md each show every entry.
@Suite("Settings table")
struct SettingsTableTests {
    let keys = Settings.keys

    @Test func everyConfigPropertyIsASettingAndNoKeyIsListedTwice() {
        let properties = Mirror(reflecting: Config()).children.compactMap(\.label).map(Self.snakeCase)
        #expect(Set(properties) == Set(keys))
        #expect(Set(keys).count == keys.count)
    }

    @Test func theLoaderTakesEveryKey() {
        #expect(ConfigLoader.keys == keys)
        var config = Config()
        for key in keys {
            // A value of the wrong shape: the error must be about the value, not an unknown key.
            #expect { try ConfigLoader.override("\(key)=[[[]]]", in: &config) } throws: { error in
                !String(describing: error).contains("unknown key")
            }
        }
    }

    @Test func theTemplateWritesEveryKeyAndReadsBackAsTheDefaults() throws {
        let text = Self.template()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for key in keys {
            #expect(
                lines.contains { $0.hasPrefix("\(key):") || $0.hasPrefix("# \(key):") },
                "refgap init does not write \(key)")
        }
        var expected = Config()
        expected.columns = ["opportunities": [:]]
        #expect(try ConfigLoader.parse(text, path: "refgap.yml") == expected)
    }

    @Test func everyCommentedExampleInTheTemplateReadsAndSetsItsKey() throws {
        var lines = Self.template().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var uncommented: [String] = []
        var i = 0
        while i < lines.count {
            if let key = keys.first(where: { lines[i].hasPrefix("# \($0):") }) {
                uncommented.append(key)
                lines[i].removeFirst(2)
                var j = i + 1
                while j < lines.count, lines[j].hasPrefix("#   ") {
                    lines[j].removeFirst(2)
                    j += 1
                }
            }
            i += 1
        }
        #expect(uncommented.count >= 10)
        // The example's calendar_extra file, where refgap.yml is (a missing one is an error).
        let dir = try tempDir()
        try write("Team,Need,Activity,Due Date,References Needed\n", to: dir + "/launch-calendar.csv")
        let config = try ConfigLoader.parse(lines.joined(separator: "\n"), path: dir + "/refgap.yml")
        for key in uncommented {
            let setting = try #require(Settings.named(key))
            #expect(!setting.value(config).isEmpty, "the example for \(key) sets nothing")
            #expect(setting.value(config) != setting.value(Config()), "the example for \(key) is the default")
        }
    }

    @Test func theAssumptionsTableShowsEveryKey() {
        let labels = AssumptionsTable.rows(Config()).map { $0.cells[0].text }
        #expect(labels == keys)
    }

    @Test func theAssumptionsTableShowsAMapLinePerEntry() throws {
        let config = try ConfigLoader.parse(
            "stages: {Verbal: {class: open, probability: 80}, Signed: won}\ncurrency_rates: {EUR: 1.08}\n",
            path: "r.yml")
        let rows = AssumptionsTable.rows(config).map { $0.cells.map(\.text) }
        #expect(rows.contains(["stages.Signed", "won", "changed (default by the stage table)"]))
        #expect(rows.contains(["stages.Verbal", "open, probability 80%", "changed (default by the stage table)"]))
        #expect(rows.contains(["currency_rates.EUR", "1.08", "changed (default none)"]))
        #expect(!rows.contains { $0[0] == "stages" })
    }

    @Test func runJSONHoldsEveryKey() {
        guard case .object(let pairs) = MachineReadableFiles.configJSON(Config(), path: nil) else {
            Issue.record("run.json's config is not an object")
            return
        }
        #expect(pairs.map(\.0) == ["file"] + keys)
    }

    @Test func docsSettingsListsEveryKeyAsTheTableSays() throws {
        let path = repoRoot + "/docs/settings.md"
        let made = SettingsDoc.markdown()
        if ProcessInfo.processInfo.environment["REFGAP_WRITE_DOCS"] != nil { try write(made, to: path) }
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        for key in keys { #expect(onDisk.contains("| `\(key)` |"), "docs/settings.md does not list \(key)") }
        #expect(onDisk == made, "docs/settings.md is out of date: run make docs")
    }

    @Test func theConcentrationSentenceCountsConcentrationTop() {
        #expect(ReportBuilder.busiest(5) == "The five busiest contacts carry")
        #expect(ReportBuilder.busiest(1) == "The busiest contact carries")
        #expect(ReportBuilder.busiest(12) == "The 12 busiest contacts carry")
    }

    /// What `refgap init` writes for an opportunity export with no columns recognised.
    static func template() -> String {
        ConfigTemplate.text(
            ledgers: [InputLedger(kind: .opportunities, path: "opportunities.csv")], missing: [], config: Config())
    }

    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { out, ch in
            if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
        }
    }
}
