import Foundation
import RefgapCore
import RefgapModel
import RefgapRender
import TestSupport

/// The repository root, found from this file.
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

func tempDir() throws -> String {
    try TestScratch.folder().path
}

func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// Runs the pipeline on a folder the way `refgap run DIR` does, without writing.
func runPipeline(_ dir: String, asOf: String = "2026-11-24", sets: [String] = [], previous: PreviousRun? = nil) throws
    -> RunOutcome
{
    let paths = InputPaths.resolve(dir: dir, opportunities: nil, calendar: nil, roster: nil, accounts: nil, config: nil)
    let config = try Pipeline.config(paths, sets: sets, asOf: Day(iso: asOf))
    return try Pipeline.run(
        paths, config: config, today: Day(iso: asOf) ?? Day(ordinal: 0),
        info: RunInfo(configPath: paths.config, previous: previous))
}

func file(_ outcome: RunOutcome, _ name: String) -> String {
    outcome.files.first { $0.path == name }?.text ?? ""
}

/// The refgap built with the tests: beside the test bundle (whatever the scratch path or sanitizer).
func refgapBinary() -> String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "refgap"
    ).path
    return FileManager.default.isExecutableFile(atPath: beside)
        ? beside
        : URL(fileURLWithPath: repoRoot).appendingPathComponent(".build/debug/refgap").path
}

/// Runs the built `refgap` binary with arguments, in a folder.
func runBinary(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> (
    status: Int32, stdout: String, stderr: String
) {
    let build = refgapBinary()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: build)
    process.arguments = arguments
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// A program of SampleData's calendar and roster with `opportunities` as its export (and `accounts`,
/// when given): the folder's path.
func sampleProgram(opportunities: String, accounts: String? = nil) throws -> String {
    let dir = try tempDir()
    for name in ["calendar.csv", "roster.csv"] {
        try FileManager.default.copyItem(atPath: repoRoot + "/SampleData/" + name, toPath: dir + "/" + name)
    }
    try write(opportunities, to: dir + "/opportunities.csv")
    if let accounts { try write(accounts, to: dir + "/accounts.csv") }
    return dir
}
