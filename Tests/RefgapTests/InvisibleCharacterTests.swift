import Foundation
import Testing
@testable import RefgapCore
import RefgapIngest
import RefgapModel
@testable import RefgapRender

/// Bidi controls and zero-width characters from the inputs are shown as `\u{202E}` in every output
/// meant for people (reports, terminal, refgap.yml), and kept as they are in the machine outputs.
@Suite("Invisible characters")
struct InvisibleCharacterTests {
    /// Names as a spoofer or a sloppy copy-paste writes them.
    static let hidden = [
        "Ann\u{202E}gnp.exe", "Acme\u{200B}Health", "\u{FEFF}Beta Bank", "Word\u{2060}Joiner",
        "Iso\u{2066}late\u{2069}d",
        "lrm\u{200E}rlm\u{200F}alm\u{061C}", "em\u{202A}bed\u{202C}", "line\u{2028}sep\u{2029}", "Ac\u{200C}me",
        "soft\u{AD}hyphen",
    ]
    /// The scalars that must never reach a report, a terminal or a YAML comment raw.
    static let forbidden: Set<UInt32> = Set(
        Array(0x202A...0x202E) + Array(0x2066...0x2069) + [
            0x200B, 0x200C, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x2060, 0x2028, 0x2029, 0xAD,
        ])

    func rawHidden(_ text: String) -> [String] {
        text.unicodeScalars.filter { Self.forbidden.contains($0.value) }.map {
            String($0.value, radix: 16, uppercase: true)
        }
    }

    @Test func reportsShowThemEscaped() throws {
        let outcome = try runPipeline(try HostileStringTests().hostileProgram(Self.hidden))
        for name in ["gap-report.md", "gap-report.html", "priorities.md", "priorities.html"] {
            let text = file(outcome, name)
            #expect(!text.isEmpty, "\(name) missing")
            #expect(rawHidden(text).isEmpty, "\(name) carries \(Set(rawHidden(text)).sorted())")
            #expect(text.contains("\\u{202E}"), "\(name) should show the override as \\u{202E}")
        }
        #expect(file(outcome, "priorities.md").contains("Ann\\u{202E}gnp.exe"))
        #expect(file(outcome, "priorities.html").contains("Acme\\u{200B}Health"))
    }

    @Test func machineOutputsKeepTheDataAsItIs() throws {
        let outcome = try runPipeline(try HostileStringTests().hostileProgram(Self.hidden))
        #expect(
            file(outcome, "targets.csv").contains("Ann\u{202E}gnp.exe")
                || file(outcome, "gaps.csv").contains("Ann\u{202E}gnp.exe"))
        let json = try JSONSerialization.jsonObject(with: Data(file(outcome, "run.json").utf8))
        #expect(json is [String: Any])
        #expect(
            file(outcome, "run.json").contains("\u{202E}") || file(outcome, "run.json").contains("\\u202E")
                || file(outcome, "run.json").contains("\\u202e"))
    }

    @Test func escapersShowThemAndKeepJoinersThatJoin() {
        #expect(Escape.xml("Ann\u{202E}gnp.exe") == "Ann\\u{202E}gnp.exe")
        #expect(Escape.markdownCell("a\u{200B}b\u{FEFF}") == "a\\u{200B}b\\u{FEFF}")
        #expect(Terminal.visible("x\u{2066}y\u{2069}") == "x\\u{2066}y\\u{2069}")
        #expect(Terminal.visible("one\u{2028}line", oneLine: true) == "one\\u{2028}line")
        // A joiner between visible non-ASCII characters joins: emoji sequences, Persian, flags with tags.
        for kept in [
            "👩\u{200D}💻", "👨\u{200D}👩\u{200D}👧", "🏳\u{FE0F}\u{200D}🌈", "می\u{200C}خواهم",
            "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "Zürich – 東京 · ü",
        ] {
            #expect(Escape.xml(kept) == kept)
            #expect(Escape.markdownCell(kept) == kept)
            #expect(Terminal.visible(kept) == kept)
        }
        // Between ASCII letters, at an end, doubled, or tags with no flag: shown.
        #expect(Escape.xml("Ac\u{200D}me") == "Ac\\u{200D}me")
        #expect(Escape.xml("👩\u{200D}") == "👩\\u{200D}")
        #expect(Escape.xml("👩\u{200D}\u{200D}💻") == "👩\\u{200D}\\u{200D}💻")
        #expect(Escape.markdownCell("hi\u{E0041}\u{E0042}") == "hi\\u{E0041}\\u{E0042}")
    }

    /// The byte test that lets most text skip the scalar-by-scalar pass misses none of them.
    @Test func theFastPathMissesNoInvisibleCharacter() {
        var missed: [String] = []
        for v in UInt32(0xA0)...0x10FFFF {
            guard let u = Unicode.Scalar(v), u.isInvisibleFormatCharacter else { continue }
            if !HiddenCharacters.mayHold("a" + String(u) + "b") { missed.append(String(v, radix: 16)) }
        }
        #expect(missed.isEmpty, "\(missed)")
        #expect(!HiddenCharacters.mayHold("Zürich · Ελλάδα · Москва · 東京 · ü"))
        // The punctuation beside them in U+2000–U+207F is settled without the scalar pass.
        #expect(!HiddenCharacters.mayHold("— – ‘O’Brien’ “quoted” … • ‰ ⁄"))
        #expect(HiddenCharacters.mayHold("—\u{200B}—"))
    }

    @Test func refgapYmlShowsThemAndReadsBack() throws {
        for header in [
            "Close\u{202E}Date", "Close\u{FEFF}Date", "Close\u{200B}Date", "Close\u{E0041}", "Ac\u{AD}me",
            "Acme\u{200B}eHa\u{FFFD}th\u{FFFF}",
        ] {
            let quoted = Text.yamlQuote(header)
            #expect(rawHidden(quoted).isEmpty && !quoted.unicodeScalars.contains { $0.value >= 0xE0000 }, "\(quoted)")
            let config = try ConfigLoader.parse(
                "columns:\n  opportunities:\n    close_date: \(quoted)\n", path: "refgap.yml")
            #expect(config.columns["opportunities"]?["close_date"] == header, "\(quoted)")
        }
        #expect(Text.yamlQuote("a\u{202E}b") == "\"a\\u202Eb\"")
        #expect(ConfigTemplate.comment("a\u{2028}b: c") == "a\\u{2028}b: c")
    }

    /// A header with an override or a zero-width space: the error, `validate`, `inspect` and the
    /// refgap.yml that `init` writes show it escaped.
    @Test func terminalAndInitShowThem() throws {
        let dir = try tempDir()
        let calendar = "Team,Need,Activity,Due Date,References Needed\nAR,Wave,Analyst interview,2026-12-24,1\n"
        let roster =
            "Reference ID,Account Name,Contact Name,Reference Status,Activities\nR1,Acme,Ann\u{202E}gnp,Active,Analyst interview\n"
        try write(
            "Opportunity ID,Opp\u{202E}Name,Account Name,Stage,Amount\n1,x,y,Prospecting,5\n",
            to: dir + "/opportunities.csv")
        try write(calendar, to: dir + "/calendar.csv")
        try write(roster, to: dir + "/roster.csv")
        let failed = try runBinary(["run", dir, "--out", dir + "/out"], in: dir)
        #expect(failed.status == 2)
        #expect(rawHidden(failed.stderr).isEmpty, "\(failed.stderr)")
        #expect(failed.stderr.contains("Opp\\u{202E}Name"), "\(failed.stderr)")
        let inspected = try runBinary(["inspect", dir + "/opportunities.csv"], in: dir)
        #expect(rawHidden(inspected.stdout).isEmpty, "\(inspected.stdout)")
        #expect(inspected.stdout.contains("Opp\\u{202E}Name"), "\(inspected.stdout)")

        // A valid program: the header is unmapped, its note and comment show it.
        try write(
            "Opportunity ID,Opp\u{202E}Name,Account\u{200B}Name,Account Name,Stage,Close Date,Amount\n1,x,y,Acme,Prospecting,2026-12-15,5000\n",
            to: dir + "/opportunities.csv")
        let validated = try runBinary(["validate", dir], in: dir)
        #expect(rawHidden(validated.stdout + validated.stderr).isEmpty, "\(validated.stdout)")
        #expect(validated.stdout.contains("Opp\\u{202E}Name"), "\(validated.stdout)")
        // `Account\u{200B}Name` folds to `accountname`: it is read as the account, and written so.
        let initialised = try runBinary(["init", dir], in: dir)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let yml = try String(contentsOfFile: dir + "/refgap.yml", encoding: .utf8)
        #expect(rawHidden(yml).isEmpty, "\(yml)")
        #expect(yml.contains("# not used: ") && yml.contains("Opp\\u{202E}Name"), "\(yml)")
        #expect(yml.contains("account: \"Account\\u200BName\""), "\(yml)")
        let config = try ConfigLoader.parse(yml, path: "refgap.yml")
        #expect(config.columns["opportunities"]?["account"] == "Account\u{200B}Name")
    }
}
