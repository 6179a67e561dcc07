import Dispatch
import Foundation
import RefgapModel
import Testing

/// `Background`, which the recruiting plan is made in while the reports are written (and the export
/// opened while the roster is read): the caller goes on before the value is made, every reader gets
/// the one value, made once, and work that fails says so to each.
@Suite("A value made in the background")
struct BackgroundTests {
    @Test func theCallerGoesOnWhileTheValueIsMade() {
        let gate = DispatchSemaphore(value: 0)
        // Made at once on the caller's thread, `make` would wait out its timeout: the gate opens only
        // after the initializer has returned.
        let later = Background {
            gate.wait(timeout: .now() + 10) == .success ? "made after the caller went on" : "made first"
        }
        gate.signal()
        #expect(later.value() == "made after the caller went on")
    }

    @Test func everyReaderGetsTheOneValueMadeOnce() {
        let made = Counter()
        let later = Background {
            made.add()
            Thread.sleep(forTimeInterval: 0.02)
            return (1...1_000).reduce(0, +)
        }
        let reads = Reads(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { i in reads.set(i, later.value()) }
        #expect(reads.all == Array(repeating: 500_500, count: 8))
        #expect(made.value == 1)
    }

    @Test func aValueMadeAlreadyIsReadAsItIs() {
        #expect(Background<[Int], Never>(made: [3, 1, 2]).value() == [3, 1, 2])
    }

    @Test func workThatFailsThrowsToEveryReader() {
        struct Unreadable: Error, Equatable {}
        let later = Background { () throws(Unreadable) -> Int in throw Unreadable() }
        #expect(throws: Unreadable()) { try later.value() }
        #expect(throws: Unreadable()) { try later.value() }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() {
            lock.lock()
            count += 1
            lock.unlock()
        }
        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }
    }

    private final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int]
        init(count: Int) { values = Array(repeating: -1, count: count) }
        func set(_ i: Int, _ v: Int) {
            lock.lock()
            values[i] = v
            lock.unlock()
        }
        var all: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
