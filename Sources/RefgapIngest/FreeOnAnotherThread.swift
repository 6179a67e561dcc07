import Foundation

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
