import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// The opportunity export read in one part and in several gives the same rows, rejects and lines.
@Suite("Parallel opportunity ingest")
struct StreamTests {
    /// A Salesforce-style export whose descriptions carry quoted newlines, commas and quotes, with bad
    /// values sprinkled in and the report footer at the end.
    static func export(rows: Int) -> String {
        var text = "\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Stage\",\"Close Date\",\"Amount\",\"Probability (%)\",\"Industry\",\"Description\"\r\n"
        var g: UInt64 = 42
        func next(_ n: UInt64) -> UInt64 { g = g &* 6364136223846793005 &+ 1442695040888963407; return (g >> 33) % n }
        for i in 0..<rows {
            let desc = next(4) == 0 ? "\"first line,\r\nsecond \"\"quoted\"\"\nthird\"" : "\"\""
            let date = next(97) == 0 ? "TBD" : "\(1 + next(12))/\(1 + next(28))/2027"
            let amount = next(101) == 0 ? "n/a" : "\(1000 * (1 + next(900))).00"
            let stage = ["Prospecting", "Closed Won", "Negotiation/Review", "Qualification"][Int(next(4))]
            text += "\"OPP\(i)\",\"Deal \(i)\",\"Account \(next(50))\",\"\(stage)\",\"\(date)\",\"\(amount)\",\"\(next(100))\",\"Retail\",\(desc)\r\n"
            if next(211) == 0 { text += "\r\n" }
        }
        return text + "\r\n\"Grand Totals (\(rows) records)\"\r\n\"Confidential Information - Do Not Distribute\"\r\n"
    }

    func read(_ path: String, cores: Int) throws -> (rows: [OpportunityRow], ledger: InputLedger, parts: Int) {
        let stream = try OpportunityStream(path: path, config: Config(), cores: cores, minimumPartBytes: 0)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        let ledger = try stream.read { part, row in boxes[part].rows.append(row) }
        return (boxes.flatMap(\.rows), ledger, stream.partCount)
    }

    @Test func partsGiveTheSequentialRowsRejectsAndLines() throws {
        let path = try tempFile(Self.export(rows: 4000))
        let sequential = try read(path, cores: 1)
        #expect(sequential.parts == 1)
        #expect(sequential.ledger.rowsRejected > 0)
        for cores in [2, 3, 5, 8] {
            let parallel = try read(path, cores: cores)
            #expect(parallel.parts == cores)
            #expect(parallel.rows == sequential.rows, "\(cores) parts")
            #expect(parallel.ledger == sequential.ledger, "\(cores) parts")
            #expect(parallel.ledger.rejects.map(\.line) == sequential.ledger.rejects.map(\.line))
            #expect(parallel.ledger.rowsRead == sequential.ledger.rowsRead)
        }
        #expect(sequential.ledger.rowsRead == 4002)  // 4000 rows and two footer lines
        #expect(sequential.ledger.rowsRead == sequential.rows.count + sequential.ledger.rowsRejected + sequential.ledger.rowsSetAside)
    }
}
