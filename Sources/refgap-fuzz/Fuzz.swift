// A libFuzzer target over the CSV reader and the ingestors: whatever the bytes, refgap must answer
// with rows or a clear error, never a crash or a trap. Built and run by scripts/fuzz.sh
// (`-sanitize=fuzzer,address`); libFuzzer supplies `main`.
import CSVReader
import Foundation
import RefgapIngest
import RefgapModel

let scratch: String = {
    let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(dir)/refgap-fuzz-\(getpid()).csv"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard FileManager.default.createFile(atPath: scratch, contents: bytes) else { return 0 }
    let config = Config()
    // The reader alone, with a chunk size that puts boundaries everywhere.
    for chunk in [64, 1 << 20] {
        var options = CSVReader.Options()
        options.chunkSize = chunk
        if let reader = try? CSVReader(path: scratch, options: options) {
            try? reader.forEachRecord { row in
                for i in 0..<row.count { _ = row.string(i); _ = row.isNull(i) }
            }
        }
    }
    // Every ingestor reads the same bytes.
    _ = try? Ingest.opportunities(path: scratch, config: config)
    _ = try? Ingest.calendar(path: scratch, config: config)
    _ = try? Ingest.roster(path: scratch, config: config)
    _ = try? Ingest.accounts(path: scratch, config: config)
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
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("refgap_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { fuzz($0, $1) }
}
#else
@_cdecl("refgap_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FileHandle.standardError.write(Data("refgap-fuzz: build and run it with scripts/fuzz.sh (libFuzzer, -sanitize=fuzzer).\n".utf8))
    return 2
}
#endif
