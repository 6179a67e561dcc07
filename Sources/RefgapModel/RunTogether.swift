import Dispatch

/// Runs `a` on the calling thread and `b` on another at the same time, and returns both results: for
/// the serial steps after the reading, where the second core would otherwise wait.
package func inParallel<A, B>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let results = ParallelResults<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { results.a = a() } else { results.b = b() }
    }
    // concurrentPerform returns once both have run, so both are set.
    guard let first = results.a, let second = results.b else { preconditionFailure("inParallel: a result is missing") }
    return (first, second)
}

/// The two results, each written by one thread only and read after both are done.
private final class ParallelResults<A, B>: @unchecked Sendable {
    var a: A?
    var b: B?
}
