import Foundation
import Testing
import RefgapModel

@testable import RefgapIngest

@Suite("A large roster typed in two halves")
struct RosterHalvesTests {
    /// 3,001 contacts (enough for two halves) with statuses read by their words first met in either
    /// half and met again in the other, bad dates, bad counts and blank accounts in both halves.
    static func roster() -> String {
        var text =
            "Reference ID,Account Name,Contact Name,Reference Status,Industry,Region,Products,Activities,"
            + "Last Verified,Uses (Last 90 Days)\n"
        for i in 0..<3001 {
            let status =
                i % 11 == 0
                ? "Active - Verified"
                : i > 2000 && i % 13 == 0
                    ? "Paused (Legal Review)"
                    : i % 17 == 0 ? "Referenceable customer" : i % 19 == 0 ? "Champion" : "Active"
            let account = i % 701 == 3 ? "" : "Account \(i % 400)"
            let verified = i % 503 == 7 ? "2026-13-45" : "2026-0\(1 + i % 9)-1\(i % 10)"
            let uses = i % 997 == 5 ? "two" : "\(i % 3)"
            text +=
                "R\(i),\(account),Contact \(i),\(status),Retail,EMEA,Analytics; Security,Reference call,"
                + "\(verified),\(uses)\n"
        }
        return text
    }

    @Test func halvesGiveTheRowsRejectsAndNotesOfOnePass() throws {
        let path = try tempFile(Self.roster(), name: "roster.csv")
        let config = Config()
        let ingested = try Ingest.roster(path: path, config: config)

        // One pass over every row, for comparison.
        let table = try Table.read(
            .roster, path: path, fields: Ingest.rosterFields + Ingest.dimensionFields(config), config: config)
        var ledger = table.ledger
        let (wholeRows, whole) = RosterTyping(table, config: config, ledger: &ledger).type(0..<table.rows.count)
        for (row, reason) in whole.rejects { ledger.reject(row, reason) }
        ledger.notes += whole.statuses.lines.notes
        ledger.warnings += whole.statuses.lines.warnings

        #expect(ingested.rows == wholeRows)
        #expect(ingested.rows.count + ingested.ledger.rowsRejected == 3001)
        #expect(ingested.ledger.rejects == ledger.rejects)
        #expect(ingested.ledger.notes == ledger.notes)
        let statusLines = { (l: InputLedger) in l.warnings.filter { $0.hasPrefix("Status ") } }
        #expect(!statusLines(ledger).isEmpty && statusLines(ingested.ledger) == statusLines(ledger))
        // Both halves rejected rows, and a status read by its words in both is counted once, whole
        // (a row with a blank account is rejected before its status is read).
        #expect(
            ingested.ledger.rejects.contains { $0.line < 1500 } && ingested.ledger.rejects.contains { $0.line > 1600 })
        let verified = (0..<3001).filter { $0 % 11 == 0 && $0 % 701 != 3 }.count
        #expect(
            ingested.ledger.notes.contains { $0.contains("Active - Verified") && $0.contains("\(verified) rows") })
    }

    /// A roster cell is the template's example row when it folds to the marker; most cells are turned
    /// away by their first letter or digit, without folding: the answer is the folding's for any cell.
    @Test func theExampleRowIsFoundAsFoldingFindsIt() {
        let marker = InitTemplates.exampleMarker
        let cells = [
            "", " ", "-", marker, marker.uppercased(), "  " + marker.lowercased(), "Example: delete-this-row!",
            "\u{00C9}xample - delete this row", "ｅxample - delete this row", "\u{200B}EXAMPLE - delete this row",
            "Example", "exampledeletethisrowx", "1 EXAMPLE - delete this row", "Acme Corp", "éclair", "Emerson",
            "\t" + marker + "\r\n", "__" + marker,
        ]
        for cell in cells {
            #expect(
                Ingest.isExampleRow(cell) == (!cell.isEmpty && Text.fold(cell) == Text.fold(marker)),
                "\(cell.debugDescription)")
        }
        #expect(Ingest.isExampleRow(marker))
    }

    /// A roster large enough that the rows' keys for the people listed twice are made in halves
    /// (`RosterDuplicates.RowKey`), with copies whose first row is in one half and the copy in the
    /// other: pasted again as they are, under a new id with the email in capitals, and the same id and
    /// name with another email. Every copy is found, whichever half holds it.
    @Test func peopleListedTwiceAreFoundAcrossTheHalves() throws {
        let count = RosterDuplicates.RowKey.halvesFrom + 904
        var lines = (0..<count).map { i in
            "R\(i),Account \(i % 400),Contact \(i),contact\(i)@account\(i % 400).example,Active,Retail,EMEA,2026-0\(1 + i % 9)-1\(i % 10)"
        }
        // Copies of rows from the first half, placed in the second, and of rows from the second, placed
        // in the first.
        let pasted = [3, 1200, 4500], newID = [10, 4600], otherEmail = [20, 4700]
        for i in pasted { lines.insert(lines[i], at: i < count / 2 ? count - 5 : 5) }
        for i in newID {
            lines.insert(
                "X\(i),Account \(i % 400),Contact \(i),CONTACT\(i)@ACCOUNT\(i % 400).EXAMPLE,Active,Retail,EMEA,2026-01-01",
                at: i < count / 2 ? count - 5 : 5)
        }
        for i in otherEmail {
            lines.insert(
                "R\(i),Account \(i % 400),Contact \(i),c\(i)@elsewhere.example,Active,Retail,EMEA,2026-01-01",
                at: i < count / 2 ? count - 5 : 5)
        }
        let text =
            "Reference ID,Account Name,Contact Name,Email,Reference Status,Industry,Region,Last Verified\n"
            + lines.joined(separator: "\n") + "\n"
        let ingested = try Ingest.roster(path: try tempFile(text, name: "roster.csv"), config: Config())
        let ledger = ingested.ledger
        #expect(ledger.setAside.first { $0.reason.hasPrefix("identical") }?.rows == pasted.count)
        #expect(
            ledger.setAside.first { $0.reason.hasPrefix("the same contact") }?.rows == newID.count + otherEmail.count)
        #expect(ingested.rows.count == count)
        #expect(Set(ingested.rows.map(\.id)).count == count)
    }
}
