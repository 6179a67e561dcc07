// A libFuzzer target over the CSV reader, the ingestors and the whole pipeline: whatever the bytes,
// refgap must answer with rows and reports or a clear error, never a crash or a trap. Built and run by scripts/fuzz.sh
// (`-sanitize=fuzzer,address`); libFuzzer supplies `main`. The same binary holds a second, in-memory
// target over the value parsers (ValueParsers.swift), chosen with REFGAP_FUZZ_TARGET=values.
import CSVReader
import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import RefgapRender

let scratch: String = {
    let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(dir)/refgap-fuzz-\(getpid()).csv"
}()

/// A small valid program; each fuzz input takes the place of one of its files in turn.
let program: (opportunities: String, calendar: String, roster: String, accounts: String) = {
    let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let base = "\(dir)/refgap-fuzz-\(getpid())-"
    let files = [
        "opportunities.csv": """
        Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Probability (%),Industry,Billing State/Province,Billing Country,Employees,Product Family
        1,Deal A,Acme Health,Prospecting,12/15/2026,100000,10,Healthcare,Illinois,United States,500,Cloud Platform
        2,Deal B,Beta Bank,Closed Won,11/01/2026,50000,100,Banking,NY,USA,5000,Analytics
        3,Deal C,Gamma,Negotiation/Review,01/30/2027,300000,90,Healthcare,IL,US,200,Cloud Platform

        """,
        "calendar.csv": """
        Team,Need,Activity,Due Date,References Needed,Industry,Region,Product,Company Size,Minimum Seniority
        Analyst Relations,Forrester Wave,Analyst interview,2026-12-24,3,Any,,,,

        """,
        "roster.csv": """
        Reference ID,Account Name,Contact Name,Title,Reference Status,Industry,Billing State/Province,Billing Country,Products,Employees,Activities,Last Verified,Uses (Last 90 Days)
        R1,Acme Health,Ann,VP of IT,Active,Healthcare,Illinois,US,Cloud Platform,500,Reference call;Analyst interview,2026-10-01,0

        """,
        "accounts.csv": """
        Account Name,Industry,Billing State/Province,Billing Country,Employees,Health Score,ARR,CSM,Open Escalations
        Delta Clinics,Healthcare,Ohio,US,800,85,250000,Sam,0

        """,
    ]
    for (name, text) in files { _ = FileManager.default.createFile(atPath: base + name, contents: Data(text.utf8)) }
    return (base + "opportunities.csv", base + "calendar.csv", base + "roster.csv", base + "accounts.csv")
}()

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard FileManager.default.createFile(atPath: scratch, contents: bytes) else { return 0 }
    let config = Config()
    // The reader alone, with a chunk size that puts boundaries everywhere.
    for chunk in [64, 1 << 20] {
        var options = CSVReader.Options()
        options.chunkSize = chunk
        if let reader = try? CSVReader(path: scratch, options: options) {
            try? reader.forEachRecord { row in
                for i in 0..<row.count {
                    _ = row.string(i)
                    _ = row.isNull(i)
                }
            }
        }
    }
    // Every ingestor reads the same bytes.
    _ = try? Ingest.opportunities(path: scratch, config: config)
    _ = try? Ingest.calendar(path: scratch, config: config)
    _ = try? Ingest.roster(path: scratch, config: config)
    _ = try? Ingest.accounts(path: scratch, config: config)
    // The whole run, with these bytes as each input in turn (reports made in memory, not written).
    let p = program
    let asOf = Day(year: 2026, month: 11, day: 24) ?? Day(ordinal: 0)
    let info = RunInfo(configPath: nil, previous: nil)
    for paths in [
        InputPaths(opportunities: scratch, calendar: p.calendar, roster: p.roster, accounts: p.accounts, config: nil),
        InputPaths(
            opportunities: p.opportunities, calendar: scratch, roster: p.roster, accounts: p.accounts, config: nil),
        InputPaths(
            opportunities: p.opportunities, calendar: p.calendar, roster: scratch, accounts: p.accounts, config: nil),
        InputPaths(
            opportunities: p.opportunities, calendar: p.calendar, roster: p.roster, accounts: scratch, config: nil),
    ] {
        _ = try? Pipeline.run(paths, config: config, today: asOf, info: info)
    }
    // The value parsers on the text itself.
    let text = String(decoding: bytes, as: UTF8.self)
    _ = Values.date(text)
    _ = Values.amount(text)
    _ = Values.health(text)
    _ = Values.list(text)
    _ = try? ConfigLoader.parse(text, path: "fuzz.yml")
    return 0
}

// SwiftPM links an executable's entry point as `<module>_main`; with the fuzzer runtime linked in
// (scripts/fuzz.sh passes -DREFGAP_FUZZ), hand control to libFuzzer's driver.
#if REFGAP_FUZZ
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @_cdecl("refgap_fuzz_main")
    package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        // REFGAP_FUZZ_TARGET=values: the value parsers in memory (ValueParsers.swift); else files and the pipeline.
        if ProcessInfo.processInfo.environment["REFGAP_FUZZ_TARGET"] == "values" {
            return LLVMFuzzerRunDriver(&count, &arguments) { ValueParsers.run($0, $1) }
        }
        return LLVMFuzzerRunDriver(&count, &arguments) { fuzz($0, $1) }
    }
#else
    @_cdecl("refgap_fuzz_main")
    package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        FileHandle.standardError.write(
            Data("refgap-fuzz: build and run it with scripts/fuzz.sh (libFuzzer, -sanitize=fuzzer).\n".utf8))
        return 2
    }
#endif
