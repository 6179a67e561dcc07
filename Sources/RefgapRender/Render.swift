import Dispatch
import Mustache
import RefgapModel

/// One output file: its path inside the output folder and its bytes.
package struct OutputFile: Sendable, Equatable {
    package var path: String
    /// The contents, UTF-8, in the pieces they were made in: a long file is written piece by piece,
    /// never copied into one buffer.
    package var pieces: [[UInt8]]
    /// Bytes on disk that follow the pieces (the rejected rows of a large export).
    package var spools: [Spool] = []
    /// A file made as it is written (run.json, gaps.csv): hands its bytes to the sink piece by piece, so
    /// they never stand whole in memory. Called once per write.
    package var stream: (@Sendable (_ sink: ([UInt8]) -> Void) -> Void)? = nil
    /// Where the writer starts it: the highest weight first (`Render.Weight` says why each file has
    /// its own).
    package var weight = 0
    package init(path: String, text: String) {
        self.path = path
        pieces = [Array(text.utf8)]
    }
    package init(path: String, pieces: [[UInt8]], spools: [Spool] = []) {
        self.path = path
        self.pieces = pieces
        self.spools = spools
    }
    package init(path: String, weight: Int = 1, stream: @escaping @Sendable (_ sink: ([UInt8]) -> Void) -> Void) {
        self.path = path
        pieces = []
        self.stream = stream
        self.weight = weight
    }
    /// All the bytes, streamed and spooled ones included (read back from disk).
    package var bytes: [UInt8] {
        var streamed: [UInt8] = []
        stream? { streamed += $0 }
        return Array(pieces.joined()) + streamed + spools.flatMap { (try? $0.contents()) ?? [] }
    }
    package var text: String { String(decoding: bytes, as: UTF8.self) }
    package static func == (a: OutputFile, b: OutputFile) -> Bool { a.path == b.path && a.bytes == b.bytes }
}

package enum OutputFormat: String, Sendable, CaseIterable {
    case md, html, csv, json
}

/// A segment's figures from an earlier run, for the change since then.
package struct HistoryEntry: Sendable, Equatable {
    package var key: String
    package var demand: Double
    package var covered: Double
    package var gap: Double
    package init(key: String, demand: Double, covered: Double, gap: Double) {
        self.key = key
        self.demand = demand
        self.covered = covered
        self.gap = gap
    }
}

package struct PreviousRun: Sendable, Equatable {
    package var asOf: String
    package var segments: [HistoryEntry]
    /// The run's demand, covered and gap as its headline had them (nil in a snapshot written before
    /// they were kept).
    package var totals: HistoryEntry?
    /// Its settings (`MachineReadableFiles.comparedSettings`), the inputs it was given and those over
    /// max_reject_rate: nil in a snapshot written before they were kept.
    package var settings: [String: String]?
    /// Input kind → the file's SHA-256.
    package var inputs: [String: String]?
    package var marked: [String]?
    /// Input kind → its rows read.
    package var rows: [String: Int]?
    package init(
        asOf: String, segments: [HistoryEntry], totals: HistoryEntry? = nil, settings: [String: String]? = nil,
        inputs: [String: String]? = nil, marked: [String]? = nil, rows: [String: Int]? = nil
    ) {
        self.rows = rows
        self.asOf = asOf
        self.segments = segments
        self.totals = totals
        self.settings = settings
        self.inputs = inputs
        self.marked = marked
    }
}

/// Facts about the run that are not results: where the inputs came from, the config file, the version.
package struct RunInfo: Sendable {
    package var configPath: String?
    package var previous: PreviousRun?
    package var formats: Set<OutputFormat>
    /// The config's scenarios, run beside this one.
    package var scenarios: [ScenarioOutcome] = []
    package init(configPath: String?, previous: PreviousRun?, formats: Set<OutputFormat> = Set(OutputFormat.allCases)) {
        self.configPath = configPath
        self.previous = previous
        self.formats = formats
    }
}

/// The render stage: the reports and machine files, as text. Writing them is the command's job.
package enum Render {
    /// The order the writer starts the files in (`OutputFile.weight`, highest first; two threads).
    /// run.json, the longest, first. Then the files that do not need the recruiting plan (gaps.csv,
    /// the rejects, the history snapshot), which is still being made when the writing begins: the
    /// second thread writes them meanwhile. Then the reports, which wait for the plan, heaviest first
    /// so the threads finish together; targets.csv and plan.csv (the default weight, 1) last.
    enum Weight {
        static let runJSON = 10
        static let withoutThePlan = 4
        static let htmlReport = 3
        static let markdownReport = 2
    }

    /// Every file a run may write but the history snapshots, which are kept. A run that writes fewer
    /// (other `--format`s, no accounts export) takes the others an earlier run left out of the folder,
    /// so one folder holds one run (a trial's run.json of 2026-11-24 stood beside a gap report of
    /// 2026-12-01, which sent the reader to it).
    package static let fileNames =
        ["gap-report.md", "priorities.md", "gap-report.html", "priorities.html", "gaps.csv", "targets.csv", "plan.csv"]
        + ["run.json"] + InputKind.allCases.map { "rejects/\($0.fileName)" }

    /// The render stage: takes the stages' outputs side by side (`StageResults`) and the facts about the
    /// run that are not results (`RunInfo`: the config file, the previous run, the formats, the
    /// scenarios); gives every output file's bytes, or a writer that streams them, in a fixed order.
    package static func run(_ p: StageResults, info: RunInfo) throws -> [OutputFile] {
        let reasons = MadeOnce { ExclusionReasons(p.allocated.supply) }
        let builder = ReportBuilder(p: p, info: info, reasons: reasons)
        // The two reports' models are made by the writer's threads when a report first needs one, so
        // their making overlaps run.json's writing (which needs neither) rather than coming before it.
        // Both need the recruiting plan, which may still be being made (`Prioritized.planned`): it is
        // waited for before a model is begun, so a half-made model does not sit in memory meanwhile.
        let gapReportModel = MadeOnce {
            _ = p.prioritized.plan
            return builder.gapReport()
        }
        let prioritiesModel = MadeOnce {
            _ = p.prioritized.plan
            return builder.priorities()
        }
        Templates.registered
        let markdown = try MustacheTemplate(string: Templates.markdown)
        let html = try MustacheTemplate(string: Templates.html)
        var jobs: [@Sendable () -> OutputFile] = []
        func add(_ path: String, _ make: @escaping @Sendable (String) -> OutputFile) { jobs.append { make(path) } }
        // The reports and run.json are made as they are written (streams), so their making overlaps on
        // the writer's two threads: run.json on one, the reports (and their models) on the other.
        if info.formats.contains(.md) {
            for (path, model) in [("gap-report.md", gapReportModel), ("priorities.md", prioritiesModel)] {
                add(path) {
                    OutputFile(path: $0, weight: Weight.markdownReport) { sink in
                        // Blank lines are tidied around the markers: a table's rows hold none.
                        let view = MarkdownView(model.value)
                        TableBody.write(tidy(markdown.render(view)), bodies: view.bodies, as: .markdown, to: sink)
                    }
                }
            }
        }
        if info.formats.contains(.html) {
            for (path, model) in [("gap-report.html", gapReportModel), ("priorities.html", prioritiesModel)] {
                add(path) {
                    OutputFile(path: $0, weight: Weight.htmlReport) { sink in
                        let view = HTMLView(model.value, css: Templates.css)
                        TableBody.write(Array(html.render(view).utf8), bodies: view.bodies, as: .html, to: sink)
                    }
                }
            }
        }
        if info.formats.contains(.csv) {
            add("gaps.csv") {
                OutputFile(path: $0, weight: Weight.withoutThePlan) { MachineReadableFiles.gapsCSV(p, into: $0) }
            }
            // Made by the writer's threads too, after the heavier files: made here, before any writing
            // began, they and the history left one core idle for ~15 ms (real shape 100k).
            add("targets.csv") { OutputFile(path: $0) { $0(MachineReadableFiles.targetsCSV(p)) } }
            add("plan.csv") { OutputFile(path: $0) { $0(MachineReadableFiles.planCSV(p)) } }
        }
        if info.formats.contains(.json) {
            add("run.json") {
                OutputFile(path: $0, weight: Weight.runJSON) {
                    MachineReadableFiles.runJSON(p, info: info, reasons: reasons.value).stream($0)
                }
            }
        }
        // Always written, empty or not, so no stale rejects from an earlier run remain.
        for ledger in p.segmented.ledgers {
            add("rejects/\(ledger.kind.rawValue).csv") {
                var file = OutputFile(
                    path: $0, pieces: [MachineReadableFiles.rejectsCSV(ledger)], spools: ledger.rejectSpools)
                file.weight = Weight.withoutThePlan
                return file
            }
        }
        add("history/\(p.segmented.asOf).json") {
            OutputFile(path: $0, weight: Weight.withoutThePlan) { MachineReadableFiles.historyJSON(p).stream($0) }
        }
        // The files that are not streams are made here, in parallel (they share nothing but what they read).
        let made = FileSlots(count: jobs.count), all = jobs
        DispatchQueue.concurrentPerform(iterations: all.count) { i in made.set(i, all[i]()) }
        return made.files
    }

    /// The files as the jobs make them, each slot written by one job only.
    private final class FileSlots: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<OutputFile>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: OutputFile(path: "", pieces: []))
        }
        deinit {
            slots.deinitialize()
            slots.deallocate()
        }
        func set(_ i: Int, _ file: OutputFile) { slots[i] = file }
        var files: [OutputFile] { Array(slots) }
    }

    /// Collapses runs of blank lines the template's sections leave, and blank lines at the end.
    static func tidy(_ s: String) -> [UInt8] {
        var text = s
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var start = 0
            var lastWasBlank: Bool? = nil  // nil: no line kept yet
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let blank = end == start
                if !(blank && lastWasBlank == true) {
                    if lastWasBlank != nil { out.append(0x0A) }
                    out.append(contentsOf: bytes[start..<end])
                    lastWasBlank = blank
                }
                start = end + 1
            }
            while out.count >= 2 && out[out.count - 1] == 0x0A && out[out.count - 2] == 0x0A { out.removeLast() }
            return out
        }
    }

    /// `Reference call · Healthcare · US-Midwest · Cloud Platform · Mid-Market`, `Any` for a wildcard;
    /// each part cut to `Clip.valueLength` (a label for people: machine files use `segmentKey`).
    package static func segmentLabel(activity: String, _ dims: [String?]) -> String {
        ([activity] + dims.map { $0 ?? "Any" }).map { Clip.text($0) }.joined(separator: " · ")
    }

    /// `Reference call|Healthcare|US-Midwest|Any|Mid-Market`: a segment for machine files, uncut.
    package static func segmentKey(activity: String, _ dims: [String?]) -> String {
        var key = activity
        for d in dims {
            key += "|"
            key += d ?? "Any"
        }
        return key
    }
}
