import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// What a new user hit trying exports refgap had not seen: columns read, suggested or warned about.
@Suite("Reading columns of exports in other languages")
struct ColumnReadingTests {
    @Test func pipedriveCustomDealFieldsAreReadWithoutTheirPrefix() throws {
        let text =
            "Deal - ID,Deal - Title,Deal - Organization,Deal - Value,Deal - Expected close date,Deal - Stage,Deal - Reference Needed,Deal - Reference Type\n1,A,Acme,1000,2026-12-15,Proposal Made,true,Case study\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.referenceNeeded) == [true])
        #expect(r.rows.map(\.activity) == ["Case study"])
    }

    @Test func anUnreadCurrencyColumnBesideTheAmountIsAWarning() throws {
        // An Italian Salesforce report (no Italian headers are built in) with only the amount mapped by
        // hand. (The German and French reports this test once read are built in now: their columns are
        // all read.)
        let text =
            "Nome account,Fase,Data di chiusura,Valuta importo,Importo,Valuta importo (convertito),Importo (convertito)\nAcme,Prospecting,15.12.2026,EUR,1000,USD,1080\n"
        var config = Config()
        config.columns = [
            "opportunities": [
                "account": "Nome account", "stage": "Fase", "close_date": "Data di chiusura", "amount": "Importo",
            ]
        ]
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(
            r.ledger.warnings.contains {
                $0.contains("Column \"Valuta importo\" looks like the amounts' currency")
                    && $0.contains("amount_currency: \"Valuta importo\"")
            }, "\(r.ledger.warnings)")
        #expect(
            r.ledger.warnings.contains {
                $0.contains("Column \"Importo (convertito)\" looks like the amounts converted")
            })
        #expect(!r.ledger.warnings.contains { $0.contains("\"Valuta importo (convertito)\" looks like") })
    }

    @Test func theSuggestionForAnAccountIsNotAnIDOrADealName() throws {
        // French Salesforce headers no synonym knows: the id column reads as text too.
        var text = "ID de l'opportunité,Nom de l'opportunité,Raison sociale,Étape,Date de clôture,Montant\n"
        for i in 0..<30 {
            text += "0068c00001\(100000 + i)x,Deal \(i),Compte \(i % 7),Prospection,15/12/2026,\(1000 + i)\n"
        }
        #expect {
            _ = try Ingest.opportunities(path: try tempFile(text), config: Config())
        } throws: { error in
            "\(error)".contains("Closest: \"Raison sociale\"")
        }
    }

    /// A French Salesforce report (no French headers are built in): the account to suggest is `Raison
    /// sociale` (`Nom du compte`, SugarCRM's French label, is now read as the account), not a custom column blank in most rows (`Type de référence`, a few repeated values) nor
    /// the owner (fewer distinct names than the accounts). A new-user trial was offered both in turn.
    @Test func theSuggestedAccountIsTheColumnNamedForItInAnotherLanguage() throws {
        var text =
            "ID opportunité,Nom,Raison sociale,Propriétaire,Étape,Date de clôture,Montant HT,Type de référence\n"
        for i in 0..<40 {
            let type = i % 6 == 0 ? (i % 12 == 0 ? "Case study" : "Reference call") : ""
            text +=
                "0068c00001\(100000 + i)x,Compte \(i) - Pilot,Compte \(i % 17),\(["Riley Adams", "Jo Li", "Sam Roy", "Ana Ruiz", "Ben Ito", "Eve Ng"][i % 6]),Needs Analysis,02/04/2027,\(1000 + i).00,\(type)\n"
        }
        #expect {
            _ = try Ingest.opportunities(path: try tempFile(text), config: Config())
        } throws: { error in
            "\(error)".contains("Closest: \"Raison sociale\"")
        }
        // Without it, the column blank in most rows is still not offered.
        let header = text.split(separator: "\n")[0].split(separator: ",").map(String.init)
        let rows = text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let account = try #require(Ingest.opportunityFields.first { $0.key == "account" })
        let others = ColumnCandidate.best(for: account, kind: .opportunities, header: header, rows: rows, skipping: [2])
        #expect(others?.header != "Type de référence")
    }

    /// A trial's exports missing a required column were offered a wrong one: a Zoho export without its
    /// Amount, `Expected Revenue` (the amount times the probability: it would apply it twice); a HubSpot
    /// export without its company name, `Deal Type` (`newbusiness`). Neither is offered now, and the
    /// message does not speak of "that column" when it names none.
    @Test func aWeightedAmountOrADealTypeIsNeverTheSuggestedColumn() throws {
        let zoho = """
            Record Id,Deal Owner,Deal Name,Stage,Closing Date,Account Name,Probability (%),Expected Revenue,Type
            z1,Jo Li,Acme - Renewal,Negotiation/Review,2027-01-10,Acme,40,40000,Existing Business
            z2,Jo Li,Beta - New,Qualification,2027-02-10,Beta,10,25000,New Business
            z3,Sam Roy,Gamma - New,Proposal/Price Quote,2027-03-10,Gamma,75,150000,New Business

            """
        let hubspot = """
            Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Pipeline,Deal Type
            1,Acme - Renewal,Contract Sent,2027-01-10 00:00,Jo Smith,100000,Sales Pipeline,existingbusiness
            2,Beta - New,Appointment Scheduled,2027-02-10 00:00,Jo Smith,50000,Sales Pipeline,newbusiness
            3,Gamma - New,Qualified To Buy,2027-03-10 00:00,Ann Lee,75000,Sales Pipeline,newbusiness

            """
        for (text, field, wrong) in [(zoho, "amount", "Expected Revenue"), (hubspot, "account", "Deal Type")] {
            #expect {
                _ = try Ingest.opportunities(path: try tempFile(text), config: Config())
            } throws: { error in
                let message = "\(error)"
                return message.contains("required field \"\(field)\"") && !message.contains("\"\(wrong)\"")
                    && message.contains("No column looks like it") && !message.contains("If that column")
            }
        }
        #expect(
            ColumnCandidate.isWeightedAmount("Deal - Weighted value") && !ColumnCandidate.isWeightedAmount("Amount"))
    }

    /// A second trial's exports in other languages (no headers of theirs built in): the account column
    /// is found by its word with accents (`Société`), after an object's prefix (`Compte : …`), before a
    /// header near `Account Name` by letters only (HubSpot's German `Name des Deals`), and never in an
    /// owner's column (`Proprietário da conta`, Portuguese).
    @Test(arguments: [
        (["Propriétaire", "Nom du contact", "Société"], "Société"),
        (
            ["Compte : Secteur d'activité", "Compte : Ville de facturation", "Compte : Nom du compte"],
            "Compte : Nom du compte"
        ),
        (["Name des Deals", "Dealinhaber", "Zugeordnetes Unternehmen"], "Zugeordnetes Unternehmen"),
        (["Proprietário da conta", "Tipo de conta", "Nome da conta"], "Nome da conta"),
        (["Trato - Propietario", "Trato - Organización"], "Trato - Organización"),
    ])
    func theAccountIsFoundByItsWordInOtherLanguages(columns: [String], account: String) throws {
        let owners = ["Riley Adams", "Jo Li", "Sam Roy", "Ana Ruiz", "Ben Ito", "Eve Ng"]
        let header = ["Étape", "Date de clôture", "Montant"] + columns
        let rows = (0..<40).map { i -> [String] in
            ["Needs Analysis", "02/04/2027", "\(1000 + i).00"]
                + columns.map { c in
                    c == account
                        ? "Compte \(i % 17)"
                        : c.contains("Deals") ? "Deal \(i)" : c.contains("Secteur") ? "Secteur \(i % 9)" : owners[i % 6]
                }
        }
        let field = try #require(Ingest.opportunityFields.first { $0.key == "account" })
        let pick = ColumnCandidate.best(
            for: field, kind: .opportunities, header: header, rows: rows, skipping: [0, 1, 2])
        #expect(pick?.header == account)
    }

    /// A row that holds an amount or a date is a deal, never the header, whatever header names its other
    /// cells match: a French Dynamics export's relationship type `Customer` (an account header's name)
    /// made a deal its header, and its account the relationship type, without a word.
    @Test func aDealIsNeverTakenForTheHeader() throws {
        var text =
            "(Ne pas modifier) Opportunité,Sujet,Propriétaire,Type de relation,Client potentiel,Chiffre d'affaires estimé,Date de clôture estimée,Phase du pipeline,Statut\n"
        for i in 0..<30 {
            text +=
                "0068c00001\(100000 + i)x,Projet \(i),Riley Adams,\(i % 3 == 0 ? "Customer" : "Competitor"),Compte \(i % 11),\(1000 + i).00,03/26/2027,Qualification,\(i % 5 == 0 ? "Won" : "Ouvert")\n"
        }
        #expect {
            _ = try Ingest.opportunities(path: try tempFile(text), config: Config())
        } throws: { error in
            let message = "\(error)"
            return message.contains("Headers found: (Ne pas modifier) Opportunité, Sujet")
                && message.contains("Closest: \"Client potentiel\"")
        }
    }

    /// A French Salesforce report with its required columns mapped by hand: the segment columns it leaves
    /// unread are named, each with the `columns:` line (a trial's demand was 521 references, 640 with
    /// the same deals under English headers, and nothing said why).
    @Test func unreadSegmentColumnsInOtherLanguagesAreNamed() throws {
        let text = """
            Nom du compte,Étape,Date de clôture,Montant,Secteur d'activité,Pays de facturation,Employés,Famille de produits,Prix du produit
            Acme,Prospecting,2026-12-15,1000,Technology,France,120,Analytics,900

            """
        var config = Config()
        config.columns = [
            "opportunities": [
                "account": "Nom du compte", "stage": "Étape", "close_date": "Date de clôture", "amount": "Montant",
            ]
        ]
        let notes = try Ingest.opportunities(path: try tempFile(text), config: config).ledger.notes
        for (header, field) in [
            ("Secteur d'activité", "industry"), ("Pays de facturation", "country"), ("Employés", "employees"),
            ("Famille de produits", "product"),
        ] {
            #expect(
                notes.contains { $0.hasPrefix("Column \"\(header)\" looks like the \(field) but is not read") },
                "\(header): \(notes)")
        }
        #expect(!notes.contains { $0.contains("\"Prix du produit\"") })
    }

    /// A Salesforce opportunity-products report has Product Name and Product Family: the first is read
    /// and the second was only listed as not used, while its values were the roster's (a trial got four
    /// near-synonyms to add instead). The note names both and the mapping; a mapping in the config, or
    /// an unrelated column (`Product Code`), says nothing.
    @Test func aSecondColumnForAFieldAlreadyReadIsNamed() throws {
        let text = """
            Opportunity ID,Account Name,Stage,Close Date,Amount,Product Name,Product Family,Product Code
            O1,Acme,Prospecting,2026-12-15,1000,Analytics Enterprise Edition,Analytics,AN-EE

            """
        let path = try tempFile(text)
        let notes = try Ingest.opportunities(path: path, config: Config()).ledger.notes
        let also = notes.filter { $0.contains("also looks like") }
        #expect(
            also == [
                "Column \"Product Family\" also looks like the product, but \"Product Name\" is read as it. If the roster and calendar name products as \"Product Family\" does, add `columns: {opportunities: {product: \"Product Family\"}}` to refgap.yml."
            ], "\(notes)")
        var config = Config()
        config.columns = ["opportunities": ["product": "Product Name"]]
        let mapped = try Ingest.opportunities(path: path, config: config).ledger.notes
        #expect(!mapped.contains { $0.contains("also looks like") }, "\(mapped)")
    }

    /// `run` and `validate` judge a missing column's candidates on the same rows (a trial's run, on 49
    /// rows, offered the owner column that validate, on 200, turned away for its few distinct names).
    @Test func runAndValidateSuggestTheSameColumn() throws {
        var text = "Stage,Close Date,Amount,Col A,Col B\n"
        for i in 0..<260 {
            text +=
                "Prospecting,2026-12-15,\(1000 + i),Deal \(i),\(["Riley Adams", "Jo Li", "Sam Roy", "Ana Ruiz", "Ben Ito"][i % 5])\n"
        }
        let path = try tempFile(text)
        let survey = try ColumnSurvey.read(.opportunities, path: path, config: Config())
        let candidate = try #require(survey.missing.first { $0.field.key == "account" }?.candidate)
        #expect {
            _ = try Ingest.opportunities(path: path, config: Config())
        } throws: { error in
            "\(error)".contains("Closest: \"\(candidate)\"")
        }
    }

    /// OroCRM's opportunity export names its currency `Budget Amount Currency`, which refgap does not
    /// read: the warning says which deals it names another currency for, and what they summed to. Rows
    /// set aside as duplicates or older versions are not counted (a new-user trial found them counted),
    /// nor placeholders like `n/a` called currencies; a second such column is looked at too.
    @Test func anUnreadCurrencyColumnSaysTheDealsItWouldChange() throws {
        let text = """
            Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Budget Amount,Budget Amount Currency,Account Currency
            1,Tokyo expansion,Kanto Rail,Prospecting,2026-12-15,18000000,JPY,USD
            1,Tokyo expansion,Kanto Rail,Prospecting,2026-12-15,18000000,JPY,USD
            2,Osaka,Kanto Rail,Prospecting,2026-12-16,900000,JPY,USD
            2,Osaka,Kanto Rail,Prospecting,2026-12-16,1000000,JPY,USD
            3,Renewal,Acme,Prospecting,2026-12-20,1000,USD,USD
            4,Upsell,Acme,Prospecting,2026-12-21,2000,,
            5,Berlin,Borealis,Prospecting,2026-12-22,3000,Euro,usd
            6,Lyon,Borealis,Prospecting,2026-12-23,4000,n/a,USD

            """
        var config = Config()
        config.columns = ["opportunities": ["amount": "Budget Amount"]]
        config.currencyRates = ["JPY": 150]
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        let warning = try #require(r.ledger.warnings.first { $0.contains("\"Budget Amount Currency\" looks like") })
        #expect(
            warning.contains(
                "It names another currency than USD for 3 deals whose amounts were read as USD, 19,003,000 in all: JPY in 2 deals (19,000,000 JPY counted as USD), EUR in 1 deal (3,000 EUR counted as USD). Text that is no currency (\"n/a\" in 1 deal (4,000)) would change no amount."
            ), "\(warning)")
        #expect(warning.contains("`columns: {opportunities: {amount_currency: \"Budget Amount Currency\"}}`"))
        let rate = try #require(r.ledger.warnings.first { $0.hasPrefix("currency_rates gives JPY") })
        #expect(
            rate.contains(
                "Column \"Budget Amount Currency\", which refgap does not read, names JPY for 2 deals read as USD: the rate applies only once that column is read"
            ), "\(rate)")
        // Mapped, with no rate: the yen amounts are warned about as unconverted, the duplicate and the
        // older version not among them.
        var mapped = config
        mapped.columns["opportunities"]?["amount_currency"] = "Budget Amount Currency"
        mapped.currencyRates = [:]
        let m = try Ingest.opportunities(path: try tempFile(text), config: mapped)
        #expect(
            m.ledger.warnings.contains {
                $0.hasPrefix("2 amounts in JPY (19,000,000 in all) were read as USD, unconverted")
            }, "\(m.ledger.warnings)")
        // The account's currency is not the deal's: with the deal's column there, it is not offered.
        #expect(!(r.ledger.warnings + r.ledger.notes).contains { $0.contains("\"Account Currency\"") })
        // A column that names no other currency (blank, USD, a placeholder) would change no amount: a note.
        let same = text.replacingOccurrences(of: "JPY", with: "USD").replacingOccurrences(of: "Euro", with: "usd")
        let plain = try Ingest.opportunities(path: try tempFile(same), config: config)
        #expect(!plain.ledger.warnings.contains { $0.contains("Budget Amount Currency") })
        #expect(
            plain.ledger.notes.contains {
                $0.contains(
                    "In every deal whose amount was read as USD it is blank, USD or text that is no currency (\"n/a\" in 1 deal (4,000)), so reading it would change no amount."
                )
            }, "\(plain.ledger.notes)")
        // An amount with its own sign is not compared with the column: nothing is said to change nothing.
        let signed = same.replacingOccurrences(of: ",2000,", with: ",\"$2,000.00\",")
        let s = try Ingest.opportunities(path: try tempFile(signed), config: config)
        #expect(
            s.ledger.warnings.contains {
                $0.contains("\"Budget Amount Currency\" looks like")
                    && $0.contains(
                        "1 deal whose amount carries its own currency sign (as in $125,000.00 or 1.250.000,00 €) was not compared"
                    )
            }, "\(s.ledger.warnings)")
    }

    @Test func dynamicsHiddenColumnsAreNeverSuggested() throws {
        let text =
            "(Nicht ändern) Verkaufschance,(Nicht ändern) Geändert am,Thema,Potenzieller Kunde,Geschätztes Abschlussdatum,Geschätzter Umsatz,Status\nx1,01.11.2026,Deal A,Acme,15.12.2026,\"1.000,00 €\",Offen\n"
        #expect {
            _ = try Ingest.opportunities(path: try tempFile(text), config: Config())
        } throws: { error in
            let message = "\(error)"
            return message.contains("no column for the required field \"account\"")
                && !message.contains("Closest: \"(Nicht")
        }
    }

    @Test func datesNoValueSettlesAreAWarningNamingTheSetting() throws {
        let text =
            "Deal Name,Account Name,Stage,Closing Date,Amount\nA,Acme,Qualification,03/04/2027,1000\nB,Beta,Qualification,05/06/2027,2000\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.ledger.warnings.contains { $0.contains("read either way") && $0.contains("`date_order: day-first`") })
        // With the pipeline the guess moves: both deals are open, 1,000 + 2,000.
        #expect(
            r.ledger.warnings.contains {
                $0.contains(
                    "(dates like 03/04/2027, March 4 or 3 April), among them the close dates of 2 open deals "
                        + "(3,000 USD of pipeline), and none settles the order")
            }, "\(r.ledger.warnings)")
        // Closed deals are no pipeline: said as such. A row set aside (amount zero) is no deal.
        let closed = try Ingest.opportunities(
            path: try tempFile(
                text.replacingOccurrences(of: "Qualification", with: "Closed Won")
                    + "C,Gamma,Qualification,07/08/2027,0\n"),
            config: Config())
        #expect(
            closed.ledger.warnings.contains {
                $0.hasPrefix("3 dates in \"Closing Date\" read either way") && $0.contains("no open deal among them")
            }, "\(closed.ledger.warnings)")
    }

    /// A German export whose dates all read either way (10.01.2027, 11.01.2027) was read month-first,
    /// 1 October, and every deal fell past the horizon: dates written with dots are read day-first, as
    /// they are beside other dates, and the warning says so with how to write month-first ones.
    @Test func datesAllWrittenWithDotsThatReadEitherWayAreReadDayFirst() throws {
        let text =
            "Deal Name;Account Name;Stage;Closing Date;Amount\nA;Acme;Qualification;10.01.2027;1000\nB;Beta;Qualification;11.02.2027;2000\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.closeDate.description) == ["2027-01-10", "2027-02-11"])
        let warning = try #require(r.ledger.warnings.first { $0.contains("written with dots") }, "\(r.ledger.warnings)")
        #expect(
            warning.hasPrefix(
                "2 dates in \"Closing Date\" read either way and all are written with dots (like 10.01.2027), "
                    + "among them the close dates of 2 open deals (3,000 USD of pipeline): read day-first"),
            "\(warning)")
        #expect(warning.contains("read day-first"), "\(warning)")
        // Slashes still follow date_order, with the warning that names it.
        let slashes = try Ingest.opportunities(
            path: try tempFile(text.replacingOccurrences(of: ".", with: "/")), config: Config())
        #expect(slashes.rows.map(\.closeDate.description) == ["2027-10-01", "2027-11-02"])
        // Two dotted and two slashed, all either way (a trial's mix read the slashed ones day-first
        // too): the dots day-first, the slashes by date_order, each said.
        let mixed = try Ingest.opportunities(
            path: try tempFile(
                text + "C;Gamma;Qualification;01/03/2027;3000\nD;Delta;Qualification;02/04/2027;4000\n"),
            config: Config())
        #expect(
            mixed.rows.map(\.closeDate.description) == ["2027-01-10", "2027-02-11", "2027-01-03", "2027-02-04"])
        #expect(
            !mixed.ledger.warnings.contains { $0.contains("all are written with dots") }, "\(mixed.ledger.warnings)")
        #expect(mixed.ledger.notes.contains { $0.contains("written with dots (like 09.01.2026) were read day-first") })
        // Each with its own deals: the dotted A and B (1,000 + 2,000), the slashed C and D (3,000 + 4,000).
        #expect(
            mixed.ledger.notes.contains {
                $0.contains(
                    "(9 January 2026), among them the close dates of 2 open deals (3,000 USD of pipeline), though")
            }, "\(mixed.ledger.notes)")
        #expect(
            mixed.ledger.warnings.contains {
                $0.hasPrefix(
                    "2 dates in \"Closing Date\" read either way (dates like 03/04/2027, March 4 or 3 April), "
                        + "among them the close dates of 2 open deals (7,000 USD of pipeline), and none settles")
            }, "\(mixed.ledger.warnings)")
    }

    @Test func aKeyTwiceInTheConfigIsAnErrorNotTheLastOneSilently() throws {
        #expect(throws: InputError.self) {
            try ConfigLoader.parse("reference_rate: 0.7\nreference_rate: 0.2\n", path: "refgap.yml")
        }
        #expect {
            try ConfigLoader.parse(
                "synonyms: {product: {Analytics: Analytics Cloud}}\nsynonyms: {product: {BI: Business Intelligence}}\n",
                path: "refgap.yml")
        } throws: { error in "\(error)".contains("\"synonyms\" appears twice in refgap.yml (lines 1 and 2)") }
        #expect(throws: InputError.self) {
            try ConfigLoader.parse("synonyms:\n  product: {A: B}\n  product: {C: D}\n", path: "refgap.yml")
        }
    }
}

/// A required date no header names is suggested from the columns whose values are dates, never from
/// one that says when the record was made or changed.
@Suite("Suggested close date")
struct SuggestedCloseDateTests {
    @Test func aCreationDateIsNotSuggestedAsTheCloseDate() throws {
        // The columns of a HubSpot deals export written through its API (deal, value, dealstage, …).
        let header = [
            "deal", "value", "dealstage", "dealowner", "expiration_date", "created_at_date", "customer_name",
            "company_name",
        ]
        let rows = (0..<20).map { i in
            [
                "Deal \(i)", "12000", "presentationscheduled", "owner@example.com", "2027-01-\(10 + i)",
                "2026-06-01", "Contact \(i)", "Acme",
            ]
        }
        let field = try #require(Ingest.opportunityFields.first { $0.key == "close_date" })
        let pick = ColumnCandidate.best(for: field, kind: .opportunities, header: header, rows: rows, skipping: [])
        #expect(pick?.header == "expiration_date")
        let onlyCreated = ColumnCandidate.best(
            for: field, kind: .opportunities, header: ["deal", "Created Date"], rows: rows.map { [$0[0], $0[5]] },
            skipping: [])
        #expect(onlyCreated == nil)
    }

    /// OroCRM's documented opportunity import template (its user guide's example row, and rows in its
    /// layout) has no stage column: the stage to suggest is one whose values include a stage refgap
    /// knows (`won`), not the first column of names (the contacts' last names were suggested).
    @Test func aStageIsSuggestedOnlyFromAColumnThatNamesAStage() throws {
        let header = [
            "ID", "Opportunity Name", "Expected Close Date", "Probability", "Budget Amount", "Budget Amount Currency",
            "Close Revenue", "Close Revenue Currency", "Status Id", "Contact First Name", "Contact Last Name",
        ]
        let rows = [
            ["111", "Henry Vining", "15-12-2018", "high", "2000", "USD", "1500", "USD", "won", "Jerry", "Coleman"],
            ["112", "Acme Health", "20-12-2026", "60", "250000", "USD", "", "USD", "in_progress", "Ana", "Ruiz"],
            ["113", "Borealis Retail", "05-01-2027", "40", "120000", "EUR", "", "EUR", "needs_analysis", "Ben", "Ito"],
            ["116", "Elm Media", "03-03-2027", "10", "40000", "USD", "", "USD", "lost", "Eve", "Ng"],
        ]
        let stage = try #require(Ingest.opportunityFields.first { $0.key == "stage" })
        let best = ColumnCandidate.best(for: stage, kind: .opportunities, header: header, rows: rows, skipping: [])
        #expect(best?.header == "Status Id")
        // Without it, no column names a stage: none is suggested.
        let others = ColumnCandidate.best(for: stage, kind: .opportunities, header: header, rows: rows, skipping: [8])
        #expect(others == nil)
    }
}
