import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import RefgapAllocate
import RefgapIngest
import RefgapModel
import RefgapNormalize
import RefgapPrioritize
import RefgapRender
import RefgapSegment

/// Where the inputs are: a folder with the standard names, or files named one by one.
package struct InputPaths: Sendable, Equatable {
    package var opportunities: String
    package var calendar: String
    package var roster: String
    package var accounts: String?
    package var config: String?

    package init(opportunities: String, calendar: String, roster: String, accounts: String?, config: String?) {
        self.opportunities = opportunities
        self.calendar = calendar
        self.roster = roster
        self.accounts = accounts
        self.config = config
    }

    /// The first required input that does not exist, in the order opportunities, calendar, roster
    /// (then the accounts export if one was named), as the error a run stops with.
    package func checkExist() throws {
        let fm = FileManager.default
        let required = [opportunities, calendar, roster] + (accounts.map { [$0] } ?? [])
        let missing = required.filter { !fm.fileExists(atPath: $0) }
        guard let first = missing.first else {
            // Each input is read more than once (a sample, the parts, the digest): a pipe would be
            // split between the readings.
            for path in required {
                var info = stat()
                if stat(path, &info) == 0,
                    (info.st_mode & S_IFMT) == S_IFIFO || (info.st_mode & S_IFMT) == S_IFCHR
                        || (info.st_mode & S_IFMT) == S_IFSOCK
                {
                    throw InputError(
                        path: path,
                        "this is a pipe or a device, not a file: refgap reads each input more than once; save it to a file first (e.g. > opportunities.csv) and give that"
                    )
                }
            }
            return
        }
        let flag =
            first == opportunities
            ? "--opportunities" : first == calendar ? "--calendar" : first == roster ? "--roster" : "--accounts"
        var message = "the file does not exist" + (Self.sameNameOtherwise(first, flag: flag).map { "; " + $0 } ?? "")
        if missing.count == 3 {
            message +=
                "; nor do \(missing.dropFirst().joined(separator: " and ")). Give the folder that holds opportunities.csv, calendar.csv and roster.csv (refgap run DIR), or name each file (--opportunities, --calendar, --roster)"
        }
        throw InputError(path: first, message)
    }

    /// A file beside a missing `path` whose name differs only in capitals (`Calendar.CSV`), as a hint:
    /// names are case-sensitive here, and a trial's message said only that calendar.csv was missing.
    package static func sameNameOtherwise(_ path: String, flag: String) -> String? {
        let folder = PathText.parent(path)
        let name = PathText.lastComponent(path)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        guard let found = entries.sorted().first(where: { $0 != name && $0.lowercased() == name.lowercased() }) else {
            return nil
        }
        let full = folder.isEmpty ? found : folder + "/" + found
        // Quoted for a shell where it needs to be (a space, a quote).
        let shown =
            full.contains(where: { " '\"$`\\()&;|<>*?".contains($0) })
            ? "'" + full.replacingOccurrences(of: "'", with: "'\\''") + "'" : full
        return
            "there is \(Clip.quoted(found)) beside it: rename it \(name) (names are case-sensitive), or give it with \(flag) \(shown)"
    }

    /// `DIR/opportunities.csv`, `DIR/calendar.csv`, `DIR/roster.csv`, and `DIR/accounts.csv` and
    /// `DIR/refgap.yml` when present; any explicit path wins.
    package static func resolve(
        dir: String?, opportunities: String?, calendar: String?, roster: String?,
        accounts: String?, config: String?
    ) -> InputPaths {
        let base = dir ?? "."
        func join(_ name: String) -> String {
            base == "." ? name : (base.hasSuffix("/") ? base + name : base + "/" + name)
        }
        let fm = FileManager.default
        let acc = accounts ?? (fm.fileExists(atPath: join("accounts.csv")) ? join("accounts.csv") : nil)
        let cfg = config ?? (fm.fileExists(atPath: join("refgap.yml")) ? join("refgap.yml") : nil)
        return InputPaths(
            opportunities: opportunities ?? join("opportunities.csv"), calendar: calendar ?? join("calendar.csv"),
            roster: roster ?? join("roster.csv"), accounts: acc, config: cfg)
    }
}

/// The whole pipeline: ingest → normalize → segment → allocate → prioritize → render. Only the
/// command writes to disk.
package enum Pipeline {
    /// The config file (if any) with `--set` overrides and `--as-of` applied.
    package static func config(_ paths: InputPaths, sets: [String], asOf: Day?) throws -> Config {
        var config = Config()
        if let path = paths.config { config = try ConfigLoader.load(path: path) }
        for assignment in sets { try ConfigLoader.override(assignment, in: &config) }
        if let asOf { config.asOf = asOf }
        return config
    }

    /// The inputs read and checked, for `validate` and `init` (the opportunities streamed through
    /// without being kept).
    package struct Ingested: Sendable {
        package var opportunities: InputLedger
        package var opportunityFields: Set<String>
        package var calendar: RefgapIngest.Ingested<NeedRow>
        package var roster: RefgapIngest.Ingested<ContactRow>
        package var accounts: RefgapIngest.Ingested<AccountRow>?
        package var ledgers: [InputLedger] {
            [opportunities, calendar.ledger, roster.ledger] + (accounts.map { [$0.ledger] } ?? [])
        }
    }

    package static func ingest(_ paths: InputPaths, config: Config, progress: ProgressHandler? = nil) throws -> Ingested
    {
        try paths.checkExist()
        let others = try ingestOthers(paths, config: config, progress: progress)
        let stream = try OpportunityStream(path: paths.opportunities, config: config, progress: progress)
        let ledger = try stream.read { _, _ in }
        return Ingested(
            opportunities: ledger, opportunityFields: stream.fields, calendar: others.calendar,
            roster: others.roster, accounts: others.accounts)
    }

    static func ingestOthers(_ paths: InputPaths, config: Config, progress: ProgressHandler?) throws -> OtherInputs {
        (
            try calendarWithExtras(paths, config: config, progress: progress),
            try Ingest.roster(path: paths.roster, config: config, progress: progress),
            try paths.accounts.map { try Ingest.accounts(path: $0, config: config, progress: progress) }
        )
    }

    typealias OtherInputs = (
        calendar: RefgapIngest.Ingested<NeedRow>, roster: RefgapIngest.Ingested<ContactRow>,
        accounts: RefgapIngest.Ingested<AccountRow>?
    )

    /// What reading the inputs gives before the settings of supply, priorities and the plan apply: a
    /// scenario that changes only those starts here rather than reading the files again.
    struct Reading {
        var paths: InputPaths
        var asOf: Day
        var config: Config
        var others: OtherInputs
        var book: AccountBook
        var quality: DataQuality
        /// The spellings the opportunity export settled on, before the calendar and roster add theirs.
        var spellings: Normalizer
        var sales: SalesAccumulator
        var opportunityLedger: InputLedger
        var normalized: NormalizedInputs
    }

    /// Runs every stage; `today` is used only when neither `--as-of` nor the config pins the date.
    /// The config's scenarios run beside it (`Scenarios`).
    package static func run(
        _ paths: InputPaths, config: Config, today: Day, info: RunInfo,
        progress: ProgressHandler? = nil
    ) throws -> RunOutcome {
        var reading = try read(paths, config: config, today: today, progress: progress)
        let (normalized, segmented, roster) = try segmentBesideRoster(reading, config: config)
        // With no scenario to segment again, the export's sums go once the buckets hold them: a
        // million-row export's are 7 MB, held through allocation and prioritizing for nothing.
        if config.scenarios.isEmpty { reading.sales = SalesAccumulator(asOf: reading.asOf, config: config) }
        let results = allocateAndPrioritize(
            normalized, segmented, asOf: reading.asOf, config: config, roster: roster)
        var info = info
        // The plan goes on while the reports are written; scenarios, which have plans of their own and
        // keep both cores busy, start once it is made (as before it was made on a thread of its own).
        if !config.scenarios.isEmpty { _ = results.prioritized.plan }
        info.scenarios = try Scenarios.run(config.scenarios, base: reading, today: today, progress: progress)
        let files = try Render.run(results, info: info)
        return outcome(results, files: files, scenarios: info.scenarios, config: config)
    }

    /// For `refgap validate`: each input read once, its ledger as ingest left it, and the stages up to
    /// the vocabulary of supply and demand (`Prioritize.Scope.vocabulary`: no targets, no plan); no
    /// scenario, nothing rendered.
    package static func check(_ paths: InputPaths, config: Config, today: Day) throws -> (
        ledgers: [InputLedger], result: StageResults
    ) {
        let reading = try read(paths, config: config, today: today, progress: nil)
        // The ledgers as segmenting leaves them (needs and deals overdue or beyond the horizon set
        // aside), so validate counts rows as run does: a trial saw "set aside 0" from one, 2 from the other.
        let result = try finish(reading, config: config, scope: .vocabulary)
        return (result.segmented.ledgers, result)
    }

    /// Ingest and normalize: the calendar, roster and accounts read whole, the opportunities streamed
    /// once through the `OpportunityPass` (ingest, normalize and the segment stage's accumulator).
    static func read(_ paths: InputPaths, config: Config, today: Day, progress: ProgressHandler?) throws -> Reading {
        let asOf = config.asOf ?? today
        // The inputs' rows are let go at the end (`keepAfterReading`): `others` is the one holding them.
        var others: OtherInputs
        let stream: OpportunityStream
        (others, stream) = try openInputs(paths, config: config, progress: progress)
        var normalizer = Normalizer(config: config)
        let book = Normalize.accountBook(others.accounts, normalizer: &normalizer)
        let pass = try OpportunityPass.run(
            stream: stream, normalizer: normalizer, book: book, config: config, asOf: asOf)
        // The parts' sums merge on a thread of their own while the calendar and roster are normalized
        // (they start from the same spellings and change only their own): not as a queue task, so a
        // large roster's halves are normalized on both cores meanwhile.
        let merging = Background { pass.mergedSales() }
        let normalized = normalize(
            others, opportunityLedger: pass.ledger, book: book, quality: pass.quality, spellings: pass.spellings,
            asOf: asOf)
        let sales = merging.value()
        keepAfterReading(&others, config: config)
        return Reading(
            paths: paths, asOf: asOf, config: config, others: others, book: book,
            quality: pass.quality, spellings: pass.spellings, sales: sales, opportunityLedger: pass.ledger,
            normalized: normalized)
    }

    /// What a run keeps of the calendar, roster and accounts as ingest typed them, once normalized:
    /// their ledgers and the calendar; the roster's rows only when a scenario has extra calendar needs
    /// (`finish` normalizes the roster again with them); never the accounts' rows (their book is
    /// made). A large program's typed roster (every cell a string, its dimensions a dictionary) was a
    /// tenth of the run's peak memory, held to the end for nothing.
    /// The rows let go are freed on a thread of their own: 20,000 typed contacts took 4 ms to free.
    static func keepAfterReading(_ others: inout OtherInputs, config: Config) {
        others.accounts?.dropRows()
        let extraNeeds = config.scenarios.contains { $0.settings.contains { Scenarios.key($0) == "calendar_extra" } }
        if !extraNeeds { others.roster.dropRows() }
    }

    /// Segment, allocate, prioritize, with `config` (the reading's own, or a scenario's that changes
    /// only what these stages use): a calendar_extra of its own re-reads the calendar and normalizes it again.
    static func finish(_ reading: Reading, config: Config, scope: Prioritize.Scope = .everything) throws
        -> StageResults
    {
        let (normalized, segmented) = try segment(reading, config: config)
        return allocateAndPrioritize(normalized, segmented, asOf: reading.asOf, config: config, scope: scope)
    }

    /// Allocate and prioritize the buckets.
    static func allocateAndPrioritize(
        _ normalized: NormalizedInputs, _ segmented: Segmented, asOf: Day, config: Config,
        scope: Prioritize.Scope = .everything, roster: RosterForAllocation? = nil
    ) -> StageResults {
        let roster = roster ?? RosterForAllocation(normalized, asOf: asOf, config: config)
        let (supply, keys) = (roster.supply, roster.keys)
        // The near misses' index of excluded contacts is built on the other core while the allocation
        // (one core) runs: it needs only the buckets and the supply (and only a full run has near misses).
        let contacts = normalized.contacts
        let ((allocated, network), excluded) = inParallel(
            { Allocate.run(segmented, contacts: contacts, supply: supply, config: config, keys: keys) },
            {
                scope == .everything
                    ? Prioritize.excludedIndex(
                        segmented, contacts: contacts, supply: supply, config: config, keys: keys) : nil
            })
        let prioritized = Prioritize.run(
            segmented, allocated, network: network, accounts: normalized.accounts, config: config,
            excluded: excluded, scope: scope, keys: keys)
        return StageResults(segmented: segmented, allocated: allocated, prioritized: prioritized)
    }

    /// The calendar, roster and accounts read while the opportunity export's first rows are sampled
    /// (and its digest and cuts begun); their errors still come first.
    static func openInputs(_ paths: InputPaths, config: Config, progress: ProgressHandler?) throws -> (
        OtherInputs, OpportunityStream
    ) {
        try paths.checkExist()
        // The export is opened on a thread of its own, not as one of two queue tasks: reading the
        // roster parses and types it on both cores (a parallel loop inside a task of another runs
        // its iterations one after another).
        let streamOpened = Background {
            try OpportunityStream(path: paths.opportunities, config: config, progress: progress)
        }
        let others = try ingestOthers(paths, config: config, progress: progress)
        return (others, try streamOpened.value())
    }

    /// The calendar and roster normalized from the opportunity export's spellings.
    static func normalize(
        _ others: OtherInputs, opportunityLedger: InputLedger, book: AccountBook,
        quality: DataQuality, spellings: Normalizer, asOf: Day
    ) -> NormalizedInputs {
        let ledgers =
            [opportunityLedger, others.calendar.ledger, others.roster.ledger]
            + (others.accounts.map { [$0.ledger] } ?? [])
        var normalizer = spellings
        var normalized = Normalize.run(
            calendar: others.calendar, roster: others.roster, book: book, ledgers: ledgers,
            quality: quality, normalizer: &normalizer, asOf: asOf)
        Normalize.noteVerifiedAfter(asOf, in: &normalized)
        return normalized
    }

    /// The run's result with its exit code and the summary the command prints: warnings, the totals,
    /// vocabulary warnings, and each input over `max_reject_rate`.
    static func outcome(_ results: StageResults, files: [OutputFile], scenarios: [ScenarioOutcome], config: Config)
        -> RunOutcome
    {
        let segmented = results.segmented
        let prioritized = results.prioritized
        let asOf = segmented.asOf
        let over = segmented.ledgers.filter { $0.rejectRate > config.maxRejectRate }
        let t = prioritized.totals
        var summary = segmented.ledgers.flatMap { l in l.warnings.map { "\(l.path): warning: \($0)" } }.map {
            $0 + "\n"
        }.joined()
        summary +=
            "As of \(asOf): demand \(Format.refs(t.demand)), covered \(Format.refs(t.covered)), gap \(Format.refsGap(demand: t.demand, covered: t.covered)) references; \(prioritized.targets.count) recruiting target\(prioritized.targets.count == 1 ? "" : "s")."
        for line in VocabularyText.summary(results) { summary += "\nvocabulary: warning: " + line }
        let goals = GoalsMatchingNothing.lines(results, scenarios: scenarios)
        for line in goals { summary += "\nconfig: " + line }
        let head = summary
        summary = ""
        // Rows rejected under the gate are said too, not left for the report's data quality to tell.
        for l in segmented.ledgers where l.rowsRejected > 0 && l.rejectRate <= config.maxRejectRate {
            summary +=
                "\n\(l.path): note: \(Format.grouped(l.rowsRejected)) of \(Format.grouped(l.rowsRead)) rows rejected, under max_reject_rate \(Format.percent(config.maxRejectRate)); see rejects/\(l.kind.rawValue).csv for the rows, and the report's data quality for why."
        }
        for l in over {
            summary +=
                "\n\(l.path): error: \(Format.grouped(l.rowsRejected)) of \(Format.grouped(l.rowsRead)) rows rejected (\(Format.percent(l.rejectRate))), over max_reject_rate \(Format.percent(config.maxRejectRate)); see rejects/\(l.kind.rawValue).csv. Reports were written and marked."
        }
        return RunOutcome(
            files: files, result: results, ledgers: segmented.ledgers, exitCode: over.isEmpty ? 0 : 3,
            summaryHead: head,
            plans: [("", prioritized.planned)]
                + scenarios.map { ("scenario \"\($0.name)\": ", Background(made: $0.figures.plan)) },
            summaryTail: summary, scenarios: scenarios)
    }

    /// Today's date in this machine's time zone (`TZ`, else /etc/localtime), Gregorian as every date
    /// refgap reads. From the C library: Foundation's `Calendar.current` loaded ICU's locale and
    /// calendar data first, 3 ms and a few hundred pages of memory before any input was read.
    package static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return Day(ordinal: 0) }
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(ordinal: 0)
    }

    /// The newest `history/<date>.json` in `out` older than `asOf`, if any.
    package static func previousRun(out: String, asOf: Day) -> PreviousRun? {
        let dir = out + "/history"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return nil }
        let earlier = names.compactMap { name -> Day? in
            guard name.hasSuffix(".json") else { return nil }
            return Day(iso: String(name.dropLast(5)))
        }.filter { $0 < asOf }.sorted()
        guard let last = earlier.last,
            let data = FileManager.default.contents(atPath: "\(dir)/\(last).json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let segments = object["segments"] as? [[String: Any]]
        else { return nil }
        func entry(_ s: [String: Any], key: String) -> HistoryEntry {
            func num(_ k: String) -> Double { (s[k] as? NSNumber)?.doubleValue ?? 0 }
            return HistoryEntry(key: key, demand: num("demand"), covered: num("covered"), gap: num("gap"))
        }
        return PreviousRun(
            asOf: "\(last)",
            segments: segments.compactMap { s in (s["key"] as? String).map { entry(s, key: $0) } },
            totals: (object["totals"] as? [String: Any]).map { entry($0, key: "") },
            settings: object["settings"] as? [String: String],
            // (A snapshot of f61d44f listed the inputs without their SHA-256.)
            inputs: object["inputs"] as? [String: String]
                ?? (object["inputs"] as? [String]).map {
                    Dictionary($0.map { ($0, "") }, uniquingKeysWith: { a, _ in a })
                },
            marked: object["marked"] as? [String], rows: object["rows"] as? [String: Int])
    }
}
