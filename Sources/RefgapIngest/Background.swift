import Foundation

/// A value computed on a thread of its own (not a queue's, which the parsing parts may keep busy);
/// `value()` waits for it.
package final class Background<T>: @unchecked Sendable {
    private var result: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)
    /// The work, let go as soon as it has run: what it captured (a roster's table) is freed then, not
    /// whenever the thread's block is.
    private var work: (@Sendable () throws -> T)?

    package init(_ work: @escaping @Sendable () throws -> T) {
        self.work = work
        Thread.detachNewThread { [self] in
            if let job = self.work {
                self.work = nil
                result = Result { try job() }
            }
            done.signal()
        }
    }

    package func value() throws -> T {
        done.wait()
        done.signal()
        guard let result else { preconditionFailure("signalled without a result") }
        return try result.get()
    }
}

/// Empties `array` and frees what it held on a thread of its own: tens of thousands of rows of
/// strings take milliseconds to free, time the thread that let them go needs for the next stage.
package func freeOnAnotherThread<Element>(_ array: inout [Element]) {
    let held = HeldForFreeing<Element>()
    swap(&held.array, &array)
    Thread.detachNewThread { held.array = [] }
}

/// The array being freed: only the thread that frees it touches it once it is handed over.
private final class HeldForFreeing<Element>: @unchecked Sendable {
    var array: [Element] = []
}
