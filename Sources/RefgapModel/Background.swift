import Foundation

/// A value computed on a thread of its own while the caller goes on; `value()` waits for it. A thread,
/// not a queue's: the parsing parts may keep the queues busy, and the writer's threads wait on the
/// recruiting plan (made this way so run.json's buckets are written meanwhile), so with every queue
/// thread waiting the work might never start. `Failure` is `Never` for work that cannot fail, whose
/// `value()` needs no `try`.
package final class Background<T, Failure: Error>: @unchecked Sendable {
    private var result: Result<T, Failure>?
    private let done = DispatchSemaphore(value: 0)
    /// The work, let go as soon as it has run: what it captured (a roster's table) is freed then, not
    /// whenever the thread's block is.
    private var work: (@Sendable () throws(Failure) -> T)?

    package init(_ work: @escaping @Sendable () throws(Failure) -> T) {
        self.work = work
        Thread.detachNewThread { [self] in
            if let job = self.work {
                self.work = nil
                do throws(Failure) { result = .success(try job()) } catch { result = .failure(error) }
            }
            done.signal()
        }
    }

    /// A value there is nothing left to compute for.
    package init(made value: T) {
        result = .success(value)
        done.signal()
    }

    package func value() throws(Failure) -> T {
        done.wait()
        done.signal()
        guard let result else { preconditionFailure("signalled without a result") }
        return try result.get()
    }
}
