import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// A Salesforce Data Loader extract of Opportunity (field API names as headers, upper-cased as Data
/// Loader writes them) carries the account only as `ACCOUNTID` unless `Account.Name` is queried too.
/// refgap matches deals to the roster by the account's name: it must say what to export, never offer
/// a checkbox (`ISDELETED`: `false`) or another field of names (`LEADSOURCE`) as the account.
@Suite("An export with the account's ids only")
struct AccountIDColumnTests {
    static let header =
        "\"ID\",\"ISDELETED\",\"ACCOUNTID\",\"NAME\",\"STAGENAME\",\"AMOUNT\",\"PROBABILITY\",\"CLOSEDATE\",\"TYPE\",\"LEADSOURCE\",\"ISCLOSED\",\"ISWON\",\"FORECASTCATEGORY\",\"OWNERID\",\"CREATEDDATE\""
    static let rows = [
        "\"0065g00000AbCdEAAV\",\"false\",\"0015g00000XyZaBAAZ\",\"Northwind Health - Cloud\",\"Proposal/Price Quote\",\"125000.0\",\"75.0\",\"2026-12-15\",\"New Customer\",\"Web\",\"false\",\"false\",\"Pipeline\",\"0055g000001AbcDAAS\",\"2026-09-01T10:00:00.000Z\"",
        "\"0065g00000AbCdFAAV\",\"false\",\"0015g00000XyZaCAAZ\",\"Contoso Bank - Analytics\",\"Negotiation/Review\",\"250000.0\",\"90.0\",\"2027-01-20\",\"Existing Customer - Upgrade\",\"Partner\",\"false\",\"false\",\"Commit\",\"0055g000001AbcDAAS\",\"2026-09-01T10:00:00.000Z\"",
    ]

    @Test func theMessageSaysToExportTheAccountsNameAndSuggestsNoOtherColumn() throws {
        let path = try tempFile(([Self.header] + Self.rows).joined(separator: "\n") + "\n")
        #expect {
            _ = try Ingest.opportunities(path: path, config: Config())
        } throws: { error in
            let message = "\(error)"
            return message.contains("required field \"account\"")
                && message.contains("\"ACCOUNTID\" holds account record ids (\"0015g00000XyZaBAAZ\")")
                && message.contains("add Account.Name to the query") && !message.contains("Closest:")
                && !message.contains("account: \"ISDELETED\"") && !message.contains("account: \"LEADSOURCE\"")
        }
        let survey = try ColumnSurvey.read(.opportunities, path: path, config: Config())
        let account = survey.missing.first { $0.field.key == "account" }
        #expect(account?.candidate == nil)
        #expect(account?.advice?.contains("\"ACCOUNTID\" holds account record ids") == true)
    }

    /// With `ACCOUNT.NAME` queried too, it is the account, and the ids are not used.
    @Test func theAccountsNameQueriedTooIsTheAccount() throws {
        let header = Self.header.replacingOccurrences(of: "\"ACCOUNTID\",", with: "\"ACCOUNTID\",\"ACCOUNT.NAME\",")
        let rows = Self.rows.map {
            $0.replacingOccurrences(of: "\"0015g00000XyZaBAAZ\",", with: "\"0015g00000XyZaBAAZ\",\"Northwind Health\",")
                .replacingOccurrences(of: "\"0015g00000XyZaCAAZ\",", with: "\"0015g00000XyZaCAAZ\",\"Contoso Bank\",")
        }
        let read = try Ingest.opportunities(
            path: try tempFile(([header] + rows).joined(separator: "\n") + "\n"), config: Config())
        #expect(read.rows.map(\.account) == ["Northwind Health", "Contoso Bank"])
    }

    /// A checkbox's values are no names, for any field of names.
    @Test func yesAndNoAreNoNames() {
        let account = FieldSpec("account")
        for v in ["false", "TRUE", "Yes", "nein", "Oui"] { #expect(!ColumnCandidate.fits(account, v), "\(v)") }
        #expect(ColumnCandidate.fits(account, "Northwind Health"))
    }
}
