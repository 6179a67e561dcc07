import Testing
import RefgapModel

/// A minimum seniority written as a range names two levels, and asks for the lower (docs/model.md), as
/// a list does: a trial's calendar read `Manager to VP`, `Manager - VP`, `Manager–Director` and
/// `Director through VP` as the higher level.
@Suite("Seniority ranges")
struct SeniorityRangeTests {
    @Test(arguments: [
        ("Manager to VP", Seniority.manager), ("Manager - VP", .manager), ("Manager–Director", .manager),
        ("Director through VP", .director), ("Director to C-level", .director), ("VP or Director", .director),
        ("C-level", .cLevel),
    ])
    func aRangeAsksForItsLowerLevel(_ written: String, _ level: Seniority) {
        #expect(SeniorityTable.minimum(written) == level)
    }
}
