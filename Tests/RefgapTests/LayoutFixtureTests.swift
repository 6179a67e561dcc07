import Foundation
import Testing
import RefgapCore
import RefgapModel

/// The sample program with one input laid out the way a spreadsheet or a report writes it
/// (Tests/Fixtures/layouts, made from SampleData by make.py): read with no hand editing, it gives the
/// sample's demand, pipeline and rows used.
@Suite("Spreadsheet layout fixtures")
struct LayoutFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        /// Rows set aside beyond the sample's, per input file.
        var extraSetAside: [String: Int]
        var testDescription: String { folder }
    }

    static let cases: [Case] = [
        Case(folder: "excel-sep", extraSetAside: [:]),
        // Ten stage groups, a Subtotal row each, and Grand Totals with its sum.
        Case(folder: "salesforce-formatted", extraSetAside: ["opportunities.csv": 10]),
        // The sample's own footer lines are left out of this one.
        Case(folder: "excel-serial", extraSetAside: ["opportunities.csv": -3]),
        Case(folder: "libreoffice-calendar", extraSetAside: ["calendar.csv": 3]),
        Case(folder: "titled-sheets", extraSetAside: ["roster.csv": 1, "accounts.csv": 1]),
    ]

    struct Figures: Equatable {
        var totals: [String: Double]
        var used: [String: Int]
        var setAside: [String: Int]
        var rejected: [String: Int]
        var eligible: Int
    }

    static func figures(_ outcome: RunOutcome) throws -> Figures {
        let json = try JSONSerialization.jsonObject(with: Data(file(outcome, "run.json").utf8)) as? [String: Any] ?? [:]
        let totals = (json["totals"] as? [String: Any] ?? [:]).compactMapValues { ($0 as? NSNumber)?.doubleValue }
        var used: [String: Int] = [:], setAside: [String: Int] = [:], rejected: [String: Int] = [:]
        for l in outcome.ledgers {
            used[l.kind.fileName] = l.rowsUsed
            setAside[l.kind.fileName] = l.rowsSetAside
            rejected[l.kind.fileName] = l.rowsRejected
        }
        return Figures(
            totals: totals, used: used, setAside: setAside, rejected: rejected,
            eligible: json["eligible_contacts"] as? Int ?? -1)
    }

    static let sample = Result { try figures(runPipeline(repoRoot + "/SampleData")) }

    @Test(arguments: cases)
    func readsLikeTheSample(_ c: Case) throws {
        let dir = try tempDir()
        let fm = FileManager.default
        let fixture = repoRoot + "/Tests/Fixtures/layouts/" + c.folder
        for name in try fm.contentsOfDirectory(atPath: repoRoot + "/SampleData")
        where name.hasSuffix(".csv") || name.hasSuffix(".yml") {
            let laidOut = fixture + "/" + name
            try fm.copyItem(
                atPath: fm.fileExists(atPath: laidOut) ? laidOut : repoRoot + "/SampleData/" + name,
                toPath: dir + "/" + name)
        }
        let outcome = try runPipeline(dir)
        #expect(outcome.exitCode == 0)
        let got = try Self.figures(outcome), want = try Self.sample.get()
        #expect(!want.totals.isEmpty)
        #expect(got.totals == want.totals)
        #expect(got.used == want.used)
        #expect(got.rejected == want.rejected)
        #expect(got.eligible == want.eligible)
        var setAside = want.setAside
        for (file, extra) in c.extraSetAside { setAside[file, default: 0] += extra }
        #expect(got.setAside == setAside)
    }
}
