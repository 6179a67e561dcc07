import RefgapIngest
import RefgapModel

/// The normalize stage: folds dimension values to one spelling (synonyms, the region table, size
/// bands), derives seniority from titles, resolves probabilities, and fills the blank dimensions of
/// opportunities and roster contacts from their account (never a deal's product). The accounts come
/// first (`accountBook`), then the opportunities (streamed, through `Normalizer.opportunity`), then
/// the calendar and roster (`run`).
package enum Normalize {
    /// The accounts export, normalized first: its spellings of values come first.
    package static func accountBook(_ accounts: Ingested<AccountRow>?, normalizer n: inout Normalizer) -> AccountBook {
        var book = AccountBook()
        // Sized once: a large accounts export's table grew by doubling, rehashing every name each time.
        book.accounts.reserveCapacity(accounts?.rows.count ?? 0)
        book.byName.reserveCapacity(accounts?.rows.count ?? 0)
        for row in accounts?.rows ?? [] {
            var account = Account(
                name: row.name, dimensions: n.config.dimensions.map { n.value($0, row.dimensions) }, health: row.health,
                arr: row.arr, nps: row.nps, csm: row.csm, openEscalations: row.openEscalations, renewal: row.renewal,
                line: row.line)
            account.isCustomer = row.isCustomer
            let key = Text.accountKey(row.name)
            if let r = n.config.dimensions.firstIndex(of: "region"), let region = account.dimensions[r].first,
                let state = n.regionFromStateAlone(row.dimensions)
            {
                book.stateAlone[state, default: .init(region: region)].count += 1
            }
            if book.byName.index(forKey: key) == nil { book.byName[key] = book.accounts.count }
            book.accounts.append(account)
        }
        return book
    }

    /// Opportunities already in memory (tests, small inputs): each through `Normalizer.opportunity`.
    package static func opportunities(
        _ rows: [OpportunityRow], book: AccountBook, normalizer n: inout Normalizer,
        quality: inout DataQuality
    ) -> [Opportunity] {
        rows.map { n.opportunity($0, book: book, quality: &quality) }
    }

    /// A value to show in an example `synonyms:` line, per dimension.
    static let exampleValue = [
        "industry": "Healthcare", "region": "EMEA", "product": "Analytics", "size": "Enterprise",
    ]

    /// The normalize stage for the inputs read whole: takes the calendar and roster as ingest typed
    /// them, the accounts book, every input's ledger and what normalize saw of the opportunities, with
    /// `n` holding the spellings the accounts and the opportunities settled on; gives the needs, contacts
    /// and accounts with their values normalized (`NormalizedInputs`).
    /// With `asOf`, the roster's notes on seniority count only the needs this run plans for (due in a
    /// window), as the report does.
    package static func run(
        calendar: Ingested<NeedRow>, roster: Ingested<ContactRow>, book: AccountBook, ledgers: [InputLedger],
        quality: DataQuality, normalizer n: inout Normalizer, asOf: Day? = nil
    ) -> NormalizedInputs {
        let dims = n.config.dimensions
        // The needs whose criteria were read as any by their words, and their references, for the note.
        var anyNeeds = 0, anyReferences = 0
        // Minimums read by a title's words (not a level's name): a guess, said with the needs it decides.
        var minimumsByWords: [(written: String, level: Seniority)] = [], needsByWords = 0
        var minimumsAtLowest: [String] = [], lowestMinimums = 0
        var needs: [Need] = []
        needs.reserveCapacity(calendar.rows.count)
        for row in calendar.rows {
            let before = n.criteriaReadAsAny
            needs.append(
                Need(
                    order: row.order, team: row.team, name: row.name, activity: n.activity(row.activity),
                    due: row.due, count: row.count, criteria: dims.map { n.criterion($0, row.criteria[$0]) },
                    minSeniority: row.minSeniority.flatMap {
                        Normalizer.isAny($0)
                            ? nil : SeniorityTable.minimum($0) ?? Normalizer.seniority(column: $0, title: $0)
                    },
                    line: row.line))
            if let written = row.minSeniority, !Normalizer.isAny(written), SeniorityTable.level(written) == nil,
                let level = needs.last?.minSeniority
            {
                needsByWords += 1
                if !minimumsByWords.contains(where: { $0.written == written }) {
                    minimumsByWords.append((written, level))
                }
            }
            // A minimum that reads as the lowest level asks for no one in particular: said, unless it
            // names that level (a check found "Senior" and "Senior+" covered by engineers unsaid).
            if let written = row.minSeniority, !Normalizer.isAny(written), needs.last?.minSeniority == .practitioner,
                Text.fold(written) != "practitioner"
            {
                lowestMinimums += 1
                if !minimumsAtLowest.contains(written) { minimumsAtLowest.append(written) }
            }
            if n.criteriaReadAsAny > before {
                anyNeeds += 1
                anyReferences += row.count
            }
        }
        var ledgers = ledgers
        if !n.readAsAny.isEmpty, let c = ledgers.firstIndex(where: { $0.kind == .calendar }) {
            let shown = n.readAsAny.prefix(8).map { "\(Clip.quoted($0.written)) (\($0.dimension))" }
            let first = n.readAsAny[0]
            ledgers[c].notes.append(
                "Criteria that say no value is required were read as any value (\(anyNeeds) need\(anyNeeds == 1 ? "" : "s"), \(anyReferences) reference\(anyReferences == 1 ? "" : "s")): \(shown.joined(separator: ", "))\(n.readAsAny.count > 8 ? " and \(n.readAsAny.count - 8) more" : ""). If one names a real value, map it to the roster's spelling in refgap.yml, e.g. `synonyms: {\(first.dimension): {\(Text.yamlQuote(first.written)): \(Self.exampleValue[first.dimension] ?? "Your value")}}`."
            )
        }
        if !minimumsAtLowest.isEmpty, let c = ledgers.firstIndex(where: { $0.kind == .calendar }) {
            let shown = minimumsAtLowest.prefix(8).map { Clip.quoted($0) }
            ledgers[c].notes.append(
                "Minimum seniorities read as Practitioner, the lowest level, so any contact's seniority serves (\(lowestMinimums) need\(lowestMinimums == 1 ? "" : "s")): \(shown.joined(separator: ", "))\(minimumsAtLowest.count > 8 ? " and \(minimumsAtLowest.count - 8) more" : ""). To ask for more, write Manager, Director, VP or C-level."
            )
        }
        if !minimumsByWords.isEmpty, let c = ledgers.firstIndex(where: { $0.kind == .calendar }) {
            let shown = minimumsByWords.prefix(8).map { "\(Clip.quoted($0.written)) as \($0.level.label)" }
            ledgers[c].notes.append(
                "Minimum seniorities read by their words (\(needsByWords) need\(needsByWords == 1 ? "" : "s")): \(shown.joined(separator: ", "))\(minimumsByWords.count > 8 ? " and \(minimumsByWords.count - 8) more" : ""). To set one exactly, write C-level, VP, Director, Manager or Practitioner."
            )
        }
        var q = quality
        q.stateAloneAccounts = book.stateAlone
        // Where a need asks for a minimum seniority, the levels read from titles decide who can serve:
        // a guess, counted for the roster's note.
        // Needs overdue or past the horizon serve nobody in this run: a trial's note said two C-level
        // needs asked for Executives where both were overdue.
        let planned = needs.filter { need in asOf.map { n.config.window(forOffset: need.due - $0) != nil } ?? true }
        let seniorityNeeds = planned.filter { $0.minSeniority != nil }.count
        var normalizing = ContactNormalizing(book: book, seniorityNeeds: seniorityNeeds)
        normalizing.cLevelNeeds = planned.filter { $0.minSeniority == .cLevel }.count
        let (contacts, parts) = normalizing.run(roster.rows, normalizer: &n)
        var fromTitles: [Seniority: Int] = [:]
        var broadExecutives: [String: Int] = [:]
        var renewalConflicts: [String] = []
        var legalFormMatches: [String: (account: String, contacts: Int)] = [:]
        var notInAccounts: [String: Int] = [:]
        for part in parts {
            notInAccounts.merge(part.notInAccounts, uniquingKeysWith: +)
            for (dimension, count) in part.filled { q.filledContactDimensions[dimension, default: 0] += count }
            q.stateAloneContacts.merge(part.stateAlone) { $0.adding($1) }
            for (level, count) in part.fromTitles { fromTitles[level, default: 0] += count }
            for (written, count) in part.broadExecutives { broadExecutives[written, default: 0] += count }
            renewalConflicts += part.renewalConflicts
            for (written, match) in part.legalFormMatches {
                legalFormMatches[written, default: (match.account, 0)].contacts += match.contacts
            }
        }
        if !legalFormMatches.isEmpty, let r = ledgers.firstIndex(where: { $0.kind == .roster }) {
            let pairs = legalFormMatches.sorted { $0.key < $1.key }
            let contacts = pairs.reduce(0) { $0 + $1.value.contacts }
            let shown = pairs.prefix(5).map { "\(Clip.quoted($0.key)) as \(Clip.quoted($0.value.account))" }
            ledgers[r].notes.append(
                "\(pairs.count) roster account\(pairs.count == 1 ? "" : "s") matched the accounts export only without a legal form (\(contacts) contact\(contacts == 1 ? "" : "s")): \(shown.joined(separator: ", "))\(pairs.count > 5 ? " and \(pairs.count - 5) more" : ""). Their blank values, renewal dates and candidacy come from that account; if one is another company, write its name as the accounts export does."
            )
        }
        // Said with names: a spelling the two files write differently (`Lakeshore Health (Parent)`) left a
        // trial's contacts off renewal caution and offered their accounts as new candidates, silently.
        if !notInAccounts.isEmpty, let r = ledgers.firstIndex(where: { $0.kind == .roster }) {
            let names = notInAccounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let contacts = names.reduce(0) { $0 + $1.value }
            let shown = names.prefix(8).map { "\(Clip.quoted($0.key)) (\($0.value))" }
            ledgers[r].notes.append(
                "\(names.count) roster account\(names.count == 1 ? " is" : "s are") not in the accounts export (\(contacts) contact\(contacts == 1 ? "" : "s") who may serve): \(shown.joined(separator: ", "))\(names.count > 8 ? ", and \(names.count - 8) more" : ""). Their renewal dates and health come from the roster alone, and the accounts export may offer such an account as a new candidate if it writes the name another way: write each name as the accounts export does (case and a legal form aside)."
            )
        }
        if !renewalConflicts.isEmpty, let r = ledgers.firstIndex(where: { $0.kind == .roster }) {
            let n = renewalConflicts.count
            ledgers[r].notes.append(
                "\(n) contact\(n == 1 ? "'s" : "s'") renewal date\(n == 1 ? " differs" : "s differ") between the roster and the accounts export (\(renewalConflicts.prefix(5).joined(separator: "; "))\(n > 5 ? "; and \(n - 5) more" : "")): either date within renewal_caution_days puts the contact on caution. Correct the one that is out of date."
            )
        }
        if !fromTitles.isEmpty, let r = ledgers.firstIndex(where: { $0.kind == .roster }) {
            ledgers[r].notes.append(
                Normalizer.seniorityFromTitlesNote(
                    fromTitles, needs: seniorityNeeds, column: seniorityHeader(ledgers[r])))
        }
        if !broadExecutives.isEmpty, let r = ledgers.firstIndex(where: { $0.kind == .roster }) {
            ledgers[r].notes.append(
                Normalizer.broadExecutiveNote(
                    broadExecutives, needs: normalizing.cLevelNeeds, column: seniorityHeader(ledgers[r])))
        }
        q.unknownValues = n.unknownValues.mapValues { Array(Set($0)).sorted() }
        return NormalizedInputs(
            needs: needs, contacts: contacts, accounts: book.accounts, ledgers: ledgers,
            rosterHasVerifiedColumn: roster.fields.contains("last_verified"), dataQuality: q)
    }

    /// The roster's seniority column as its header says it, if it has one.
    static func seniorityHeader(_ ledger: InputLedger) -> String? {
        ledger.header(readAs: "seniority")
    }
}
