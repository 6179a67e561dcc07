import Foundation
import Testing
@testable import CSVReader

/// One part's rows and lines, written by that part's thread only.
final class PartRows: @unchecked Sendable {
    var rows: [[String]] = []
    var lines: [Int] = []
}

func readParallel(_ path: String, parts n: Int, chunkSize: Int = 1 << 20) throws -> (rows: [[String]], lines: [Int]) {
    var options = CSVReader.Options()
    options.chunkSize = chunkSize
    let reader = try CSVReader(path: path, options: options)
    let parts = try reader.parts(n, minimumBytes: 0)
    let boxes = parts.map { _ in PartRows() }
    let spans = try reader.parse(parts) { i, row in
        boxes[i].rows.append(row.strings())
        boxes[i].lines.append(row.line)
    }
    var rows: [[String]] = [], lines: [Int] = []
    var before = 0
    for i in parts.indices {
        rows += boxes[i].rows
        lines += boxes[i].lines.map { $0 + before }
        before += spans[i]
    }
    return (rows, lines)
}

@Suite("Parallel reading")
struct ParallelTests {
    /// Records with quoted newlines, commas and doubled quotes everywhere, so cuts fall next to them.
    static func awkwardFile(records: Int, seed: UInt64) -> String {
        var g = seed
        func next() -> UInt64 {
            g = g &* 6364136223846793005 &+ 1442695040888963407
            return g >> 33
        }
        var text = "id,note,amount\r\n"
        for i in 0..<records {
            switch next() % 5 {
            case 0: text += "\(i),\"line one\r\nline two, with \"\"quotes\"\"\",\(next() % 1000)\r\n"
            case 1: text += "\(i),\"\n\n\",1\r\n"
            case 2: text += "\(i),plain,2\r\n\r\n"
            case 3: text += "\(i),\"\"\"\",3\n"
            default: text += "\(i),\"a\nb\nc\",4\r\n"
            }
        }
        return text
    }

    @Test(arguments: [2, 3, 4, 7])
    func partsGiveTheSequentialRowsAndLines(_ parts: Int) throws {
        for seed in [1, 2, 3] as [UInt64] {
            let path = try temporaryFile(Self.awkwardFile(records: 3000, seed: seed))
            let sequential = try readAll(path)
            for chunk in [64, 4096, 1 << 20] {
                let parallel = try readParallel(path, parts: parts, chunkSize: chunk)
                #expect(parallel.rows == sequential.rows, "parts \(parts), seed \(seed), chunk \(chunk)")
                #expect(parallel.lines == sequential.lines, "parts \(parts), seed \(seed), chunk \(chunk)")
            }
        }
    }

    @Test(arguments: [2, 3, 6])
    func theScanCountsTheLinesEachPartSpans(_ count: Int) throws {
        // The larger file spans several of the scan's 256 KiB blocks, so CRLFs straddle blocks and the
        // sixteen-byte steps.
        for (seed, records) in [(4, 1500), (5, 1500), (6, 40_000)] as [(UInt64, Int)] {
            // Lone CRs too, inside quotes and as line ends, beside the awkward records.
            let text = Self.awkwardFile(records: records, seed: seed).replacingOccurrences(
                of: "plain,2", with: "\"lone\rcr\",2\r")
            let path = try temporaryFile(text)
            let reader = try CSVReader(path: path)
            let parts = try reader.parts(count, minimumBytes: 0)
            #expect(parts.count == count)
            #expect(parts.last?.lineBreaks == nil)
            let spans = try reader.parse(parts) { _, _ in }
            for part in parts.dropLast() {
                #expect(part.lineBreaks == spans[part.index], "seed \(seed), part \(part.index) of \(count)")
            }
        }
    }

    @Test func everyCutIsARecordBoundary() throws {
        let path = try temporaryFile(Self.awkwardFile(records: 2000, seed: 9))
        let reader = try CSVReader(path: path)
        let parts = try reader.parts(5, minimumBytes: 0)
        #expect(parts.count == 5)
        #expect(parts.first?.start == 0 && parts.last?.end == reader.byteSize)
        for (a, b) in zip(parts, parts.dropFirst()) { #expect(a.end == b.start) }
    }

    @Test func anErrorInALaterPartNamesTheWholeFileLine() throws {
        let text = Self.awkwardFile(records: 2000, seed: 4) + "9999,\"never closed\n1,2,3\n"
        let path = try temporaryFile(text)
        var sequentialError: CSVError? = nil
        do { _ = try readAll(path) } catch let e as CSVError { sequentialError = e }
        var parallelError: CSVError? = nil
        do { _ = try readParallel(path, parts: 3) } catch let e as CSVError { parallelError = e }
        #expect(sequentialError != nil)
        #expect(parallelError?.line == sequentialError?.line)
        #expect(parallelError?.message == sequentialError?.message)
    }

    @Test func smallAndUTF16FilesStayInOnePart() throws {
        let small = try temporaryFile("a,b\n1,2\n")
        #expect(try CSVReader(path: small).parts(4).count == 1)
        let utf16 = try temporaryFile(
            [0xFF, 0xFE] + Array("a,b\n1,2\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try CSVReader(path: utf16).parts(4, minimumBytes: 0).count == 1)
    }
}
