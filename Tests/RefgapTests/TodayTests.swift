import Foundation
import Testing

/// A run with no as-of date takes today's date where the machine is (`TZ`), on the Gregorian calendar:
/// read from the C library, as Foundation's calendar would give it.
@Suite("Today's date")
struct TodayTests {
    /// The date a Gregorian calendar gives for now in `zone`.
    func gregorianToday(in zone: String) throws -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// Zones fourteen hours ahead of and twelve behind UTC: at any hour one of them is on another day
    /// than UTC, so a date taken in UTC (or a month counted from 0) fails here.
    @Test(arguments: ["Pacific/Kiritimati", "Etc/GMT+12", "UTC"])
    func aRunWithoutAnAsOfDateIsDatedTodayWhereTheMachineIs(zone: String) throws {
        let inputs = try tempDir() + "/inputs"
        try FileManager.default.copyItem(atPath: repoRoot + "/SampleData", toPath: inputs)
        let yml = try String(contentsOfFile: inputs + "/refgap.yml", encoding: .utf8)
        try yml.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("as_of:") }
            .joined(separator: "\n").write(toFile: inputs + "/refgap.yml", atomically: true, encoding: .utf8)
        let out = try tempDir() + "/out"
        let before = try gregorianToday(in: zone)
        let r = try runBinary(["run", inputs, "--out", out, "--quiet"], in: repoRoot, environment: ["TZ": zone])
        let after = try gregorianToday(in: zone)
        #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/run.json"))
        let asOf = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["as_of"] as? String)
        // A run that starts before midnight and ends after it may take either date.
        #expect(asOf == before || asOf == after, "as_of \(asOf), expected \(before) in \(zone)")
    }
}
