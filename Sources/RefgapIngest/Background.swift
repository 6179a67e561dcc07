import Foundation

/// A value computed on a thread of its own (not a queue's, which the parsing parts may keep busy);
/// `value()` waits for it.
package final class Background<T>: @unchecked Sendable {
    private var result: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)

    package init(_ work: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
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
