import RefgapIngest
import RefgapModel

/// The roster's contacts normalized: a large roster in two halves on two cores, each half with its
/// own copy of the normalizer, joined in file order with the same contacts, notes and spellings as one
/// pass through the rows (a 20,000-contact roster took ~50 ms on one core while the other waited).
struct ContactNormalizing {
    /// One range of contacts normalized (the contacts themselves are written in place, `run`), and what
    /// the notes need of it.
    struct Part: Sendable {
        /// The normalizer after the range: the spellings it met first (`run` joins the halves').
        var normalizer: Normalizer
        /// Blank dimensions filled from the contact's account, per dimension.
        var filled: [String: Int] = [:]
        /// Regions read from a state or province alone (`StateAlone.swift`), by the state as written.
        var stateAlone: [String: DataQuality.StateAlone] = [:]
        /// Roster accounts matched only without a legal form → (the account's name, contacts).
        var legalFormMatches: [String: (account: String, contacts: Int)] = [:]
        /// Roster accounts of contacts who may serve that the accounts export does not name → contacts.
        var notInAccounts: [String: Int] = [:]
        /// Renewal dates that differ between the roster and the accounts export, as the note says them.
        var renewalConflicts: [String] = []
        /// Seniorities read from titles (where a need asks for one), per level.
        var fromTitles: [Seniority: Int] = [:]
        /// Seniority cells read as C-level that may be a VP (`SeniorityTable.broadExecutive`), as
        /// written → contacts, where a need asks for C-level.
        var broadExecutives: [String: Int] = [:]
    }

    let book: AccountBook
    /// How many needs ask for a minimum seniority (then the levels read from titles are counted).
    let seniorityNeeds: Int
    /// How many ask for C-level (then the contacts whose Executive may be a VP are counted).
    var cLevelNeeds = 0
    /// Below this many contacts the roster is normalized in one pass (two threads cost more than they
    /// save); tests set it low to check the halves against one pass.
    var halvesFrom = 4096

    /// All of `rows` normalized, in order, starting from the spellings of `n` (left with those the rows
    /// added), and what the notes need of each range.
    func run(_ rows: [ContactRow], normalizer n: inout Normalizer) -> (contacts: [Contact], parts: [Part]) {
        var start = n
        var parts: [Part] = []
        // Both halves write their contacts straight into the one array, each into its own range: joined
        // afterwards, the second half's 10,000 contacts were copied, every string retained, on one core.
        let contacts = [Contact](unsafeUninitializedCapacity: rows.count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress)
            guard rows.count >= halvesFrom else {
                let whole = part(rows[...], normalizer: start, into: slots)
                start = whole.normalizer
                parts = [whole]
                initialized = rows.count
                return
            }
            let middle = rows.count / 2
            let from = start
            let (first, firstGuess) = inParallel(
                { part(rows[..<middle], normalizer: from, into: slots) },
                { part(rows[middle...], normalizer: from, into: slots.advanced(by: middle)) })
            var second = firstGuess
            // The second half's values read as one pass would read them unless it met first a value the
            // first half spelled another way (`Healthcare IT` and `HealthCare IT`, new to both): then the
            // second half is normalized again after the first (rare; the same result, one core's time).
            var joined = first.normalizer
            joined.absorb(second.normalizer)
            if !joined.agrees(with: second.normalizer) {
                slots.advanced(by: middle).deinitialize(count: rows.count - middle)
                second = part(rows[middle...], normalizer: first.normalizer, into: slots.advanced(by: middle))
                joined = second.normalizer
            }
            start = joined
            parts = [first, second]
            initialized = rows.count
        }
        n = start
        return (contacts, parts)
    }

    /// Where a range's contacts go: its first slot in the array being made (uninitialized until then).
    struct Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Contact>?
        func advanced(by k: Int) -> Slots { Slots(base: base.map { $0 + k }) }
        func deinitialize(count: Int) { _ = base?.deinitialize(count: count) }
        func initialize(_ k: Int, to contact: consuming Contact) {
            guard let base else { return }
            (base + k).initialize(to: contact)
        }
    }

    /// One range of contacts, in order, normalized from `normalizer`'s spellings.
    func part(_ rows: ArraySlice<ContactRow>, normalizer: Normalizer, into slots: Slots) -> Part {
        var n = normalizer
        var part = Part(normalizer: normalizer)
        var written = 0
        let dims = n.config.dimensions
        let regionIndex = dims.firstIndex(of: "region")
        struct SeniorityKey: Hashable {
            let column: String?
            let title: String
        }
        var seniorities: [SeniorityKey: Seniority] = [:]
        var activityLists = Memo<[String], [String]>()
        var listsByStorage: [UnsafeRawPointer: (list: [String], normalized: [String])] = [:]
        for row in rows {
            // A blank dimension comes from the contact's account where the accounts export has it
            // (products included); else it stays blank and matches only a bucket whose value is any.
            var contactDims = dims.map { n.value($0, row.dimensions) }
            // (Counted where the contact may serve, as the seniority notes are: one who has left moves no number.)
            if row.status != .inactive, let r = regionIndex, let region = contactDims[r].first,
                let state = n.regionFromStateAlone(row.dimensions)
            {
                part.stateAlone[state, default: .init(region: region)].count += 1
            }
            // The contact's account, looked up once (its name folded).
            let account = book.account(named: row.account)
            // Matched only without a legal form (`Umbrella Corp`, `Umbrella Corporation`): a guess, said.
            if let account, Text.fold(account.name) != Text.fold(row.account) {
                part.legalFormMatches[row.account, default: (account.name, 0)].contacts += 1
            }
            if account == nil && !book.accounts.isEmpty && row.status != .inactive {
                part.notInAccounts[row.account, default: 0] += 1
            }
            if contactDims.contains(where: { $0.isEmpty }), let account {
                for i in contactDims.indices where contactDims[i].isEmpty && !account.dimensions[i].isEmpty {
                    contactDims[i] = account.dimensions[i]
                    part.filled[dims[i], default: 0] += 1
                }
            }
            // A contact in a region inside another (US-West in AMER) serves the outer one too.
            if let r = regionIndex {
                for value in contactDims[r] {
                    guard let outer = RegionWithin.within[Text.fold(value)] else { continue }
                    let shown = n.display("region", outer)
                    if !contactDims[r].contains(where: { $0.sameIgnoringCase(shown) }) { contactDims[r].append(shown) }
                }
            }
            // A roster repeats a few thousand activity lists: each normalized once per half and shared
            // (a value met again changes nothing in the normalizer, so a repeat is its first result).
            // Typing gave equal cells one shared array, so a list met again is found first by its
            // storage's address (one word hashed, not each of its strings); the list is kept beside its
            // result, so that storage is not freed and reused by another list meanwhile.
            let storage = row.activities.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
            let activities: [String]
            if let storage, let known = listsByStorage[storage] {
                activities = known.normalized
            } else {
                activities = activityLists.value(row.activities) { written in
                    written.isEmpty ? [n.activity(nil)] : written.map { n.rememberedActivity($0) }
                }
                if let storage, listsByStorage.count < activityLists.limit {
                    listsByStorage[storage] = (row.activities, activities)
                }
            }
            // A large roster repeats a few dozen titles: each read once.
            let key = SeniorityKey(column: row.seniority, title: row.title)
            let seniority: Seniority
            if let known = seniorities[key] {
                seniority = known
            } else {
                seniority = Normalizer.seniority(column: row.seniority, title: row.title)
                seniorities[key] = seniority
            }
            // The seniority notes count contacts who may serve: one who has left needs no correcting (a
            // trial's titles note counted one).
            let mayServe = row.status != .inactive
            if seniorityNeeds > 0 && mayServe && row.seniority.flatMap({ SeniorityTable.levels[Text.fold($0)] }) == nil
            {
                part.fromTitles[seniority, default: 0] += 1
            }
            if cLevelNeeds > 0, mayServe, let written = row.seniority,
                SeniorityTable.broadExecutive.contains(Text.fold(written))
            {
                part.broadExecutives[written, default: 0] += 1
            }
            var contact = Contact(
                id: row.id, account: row.account, name: row.name, title: row.title,
                seniority: seniority, status: row.status,
                statusLabel: row.statusLabel, dimensions: contactDims, activities: activities,
                lastVerified: row.lastVerified, lastUsed: row.lastUsed, usesLast90Days: row.usesLast90Days,
                maxUsesPerQuarter: row.maxUsesPerQuarter, restUntil: row.restUntil, health: row.health, csm: row.csm,
                renewal: row.renewal ?? account?.renewal, line: row.line)
            // The accounts export's date too where the roster has another: either puts the contact on
            // caution (a trial's roster said 2025-12-15 where the customer-success system said two
            // weeks from now, and the customer was asked for a favour).
            if let own = row.renewal, let other = account?.renewal, other != own {
                contact.accountRenewal = other
                part.renewalConflicts.append(
                    "\(Clip.quoted(row.name.isEmpty ? row.id : row.name)) at \(Clip.text(row.account)): roster \(own), accounts \(other)"
                )
            }
            slots.initialize(written, to: consume contact)
            written += 1
        }
        part.normalizer = n
        return part
    }
}
