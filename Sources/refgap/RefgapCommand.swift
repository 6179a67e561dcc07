import ArgumentParser
#if os(Linux)
    import CMalloc
#endif
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

@main
struct Refgap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refgap",
        abstract: "Find the gaps between the customer references your teams will need and the roster you have.",
        discussion: """
            refgap reads a CRM opportunity export, the stakeholder teams' calendar of reference needs and the \
            reference roster (and optionally a customer-success accounts export), works out how many references \
            each segment will need in the next 60, 90 and 120 days, how many the roster can really serve, and \
            whom to recruit first. Reports go to reports/ as Markdown, HTML, CSV and JSON.

            Exit codes: 0 done; 1 internal error; 2 usage, config or input structure error; 3 done, but an \
            input had more rejected rows than max_reject_rate allows; 4 done, but the first window's coverage \
            is below --fail-under.
            """,
        subcommands: [Run.self, Validate.self, Inspect.self, Init.self],
        defaultSubcommand: Run.self)

    #if os(Linux)
        /// tcmalloc (the release build's allocator; found at run time, so other builds skip this) lets each
        /// thread keep freed blocks for itself, up to 32 MiB for all threads together. A run's threads
        /// (the export's parts, the roster's halves, the writers) free most of what they made and the
        /// next phase allocates on other threads, so those caches were held beside what the phase needed:
        /// capped at 1 MiB, peak RSS fell 4–6 MiB on the real shape 1M workload
        /// (scripts/bench/README.md, "After df2f708").
        private static func capThreadCaches() {
            typealias SetProperty = @convention(c) (UnsafePointer<CChar>, Int) -> Int32
            guard let me = dlopen(nil, RTLD_NOW), let f = dlsym(me, "MallocExtension_SetNumericProperty") else {
                return
            }
            let set = unsafeBitCast(f, to: SetProperty.self)
            _ = set("tcmalloc.max_total_thread_cache_bytes", 1 << 20)
        }
    #endif

    /// As ArgumentParser's, but usage errors exit 2 (the documented code) rather than 64.
    static func main() {
        #if os(Linux)
            // glibc's malloc, tuned: a build without tcmalloc (`swift build`, the tests). The release
            // build (`make release`) links tcmalloc, whose `mallopt` ignores these.
            // Four malloc arenas at most: the parts of a large export, a large roster's halves and the
            // background work (the digest, the merges) allocate on up to four threads at once, and with
            // one arena they took turns on its lock. Paired medians: real shape 100k 0.547 → 0.507 s,
            // peak +1.6 MiB; real shape 1M 2.265 → 2.162 s, peak +3.9 MiB (two arenas: 2.226 s, +0.4).
            // glibc's default (eight per core) left the peak 5–10 MiB higher, and varying from run to
            // run, for no more speed.
            _ = mallopt(M_ARENA_MAX, 4)
            // Blocks of 256 KiB and more (a large program's arrays) mapped on their own and given back
            // when freed. By default glibc raises this threshold each time such a block is freed, after
            // which big arrays come from the heap and their freed space stays in the process: the peak
            // was 3–4 MiB higher (real-shape 100k and 1M workloads), for no measurable speed.
            _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024)
            capThreadCaches()
        #endif
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Terminal.visible(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The inputs every command that reads a program takes.
struct InputOptions: ParsableArguments {
    @Argument(
        help: "Folder holding opportunities.csv, calendar.csv, roster.csv, and optionally accounts.csv and refgap.yml.")
    var dir: String?

    @Option(help: ArgumentHelp("The CRM opportunity export.", valueName: "file")) var opportunities: String?
    @Option(help: ArgumentHelp("The stakeholder teams' calendar of reference needs.", valueName: "file")) var calendar:
        String?
    @Option(help: ArgumentHelp("The reference roster.", valueName: "file")) var roster: String?
    @Option(help: ArgumentHelp("The customer-success accounts export (optional).", valueName: "file")) var accounts:
        String?
    @Option(help: ArgumentHelp("The config file (default: refgap.yml in the folder, if present).", valueName: "file"))
    var config: String?
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date to plan from, YYYY-MM-DD (default: the config's as_of, else today).", valueName: "date"))
    var asOf: String?
    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override one config value for this run, e.g. --set reference_rate=0.6 (repeatable).",
            valueName: "key=value"))
    var sets: [String] = []

    var asOfDay: Day? { asOf.flatMap { Day(iso: $0) } }

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, like 2026-11-24 (got \"\(asOf)\").")
        }
    }

    var paths: InputPaths {
        InputPaths.resolve(
            dir: dir, opportunities: opportunities, calendar: calendar, roster: roster, accounts: accounts,
            config: config)
    }
}

/// Standard output, with any control characters from the inputs made visible (`Terminal.visible`).
func say(_ text: String, terminator: String = "\n") {
    print(Terminal.visible(text), terminator: terminator)
}

func fail(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data((Terminal.visible(message) + "\n").utf8))
    return ExitCode(code)
}

/// Runs `body`, turning input and config problems into exit code 2 with their message.
func guarded<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as InputError {
        throw fail(e.description, code: 2)
    } catch let e as OutputWriter.Failure {
        throw fail(e.description, code: 2)
    } catch let e as ExitCode {
        throw e
    } catch {
        throw fail("refgap: internal error: \(error)", code: 1)
    }
}
