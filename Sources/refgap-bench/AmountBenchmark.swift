// `refgap-bench amounts [cells] [rounds]`: the typer's amount reading (`Values.plainDecimal(bytes:)`,
// then `Values.formattedAmount(bytes:)`, as `OpportunityTyper` reads a cell) on cells written the ways
// exports write amounts: plain `128100.00`, a report's `$128,100.00`, `USD 128,100`, `(128,100.00)`,
// `128.100,00 €` and `1 281 000,50`. Prints each form's nanoseconds a cell (the fastest round) and its
// ratio to the plain form's, measured in the same process: issue 15 asks formatted amounts to read at
// plain speed.
import Foundation
import RefgapIngest

func amountBenchmark(_ arguments: [String]) {
    let count = max(1, arguments.count > 0 ? Int(arguments[0]) ?? 200_000 : 200_000)
    let rounds = max(1, arguments.count > 1 ? Int(arguments[1]) ?? 7 : 7)
    // Amounts of 100.00 to 9,999,999.99, the same for every form (a fixed seed: the same cells each run).
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var cents: [Int] = []
    for _ in 0..<count {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        cents.append(10_000 + Int(state % 999_990_000))
    }
    func grouped(_ whole: Int, _ separator: String) -> String {
        let digits = String(whole)
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return out
    }
    func fraction(_ c: Int) -> String { (c % 100 < 10 ? "0" : "") + String(c % 100) }
    let forms: [(name: String, write: (Int) -> String)] = [
        ("plain 128100.00", { "\($0 / 100).\(fraction($0))" }),
        ("$128,100.00", { "$\(grouped($0 / 100, ",")).\(fraction($0))" }),
        ("USD 128,100", { "USD \(grouped($0 / 100, ","))" }),
        ("(128,100.00)", { "(\(grouped($0 / 100, ",")).\(fraction($0)))" }),
        ("128.100,00 €", { "\(grouped($0 / 100, ".")),\(fraction($0)) €" }),
        ("1 281 000,50", { "\(grouped($0 / 100, " ")),\(fraction($0))" }),
    ]
    let clock = ContinuousClock()
    var plainNanoseconds = 0.0
    print("form                 ns a cell   × plain   cells read")
    for form in forms {
        // One buffer of every cell's bytes and their ends: the reading, not string bridging, is timed.
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for c in cents {
            bytes += Array(form.write(c).utf8)
            ends.append(bytes.count)
        }
        var best = Double.infinity
        var read = 0
        var total = 0.0
        for _ in 0..<rounds {
            read = 0
            total = 0
            let start = clock.now
            bytes.withUnsafeBufferPointer { all in
                var from = 0
                for end in ends {
                    let cell = UnsafeBufferPointer(rebasing: all[from..<end])
                    from = end
                    if let v = Values.plainDecimal(bytes: cell) {
                        total += v
                        read += 1
                    } else if let f = Values.formattedAmount(bytes: cell) {
                        total += f.value
                        read += 1
                    }
                }
            }
            let d = clock.now - start
            best = min(best, Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9)
        }
        let perCell = best / Double(count)
        if plainNanoseconds == 0 { plainNanoseconds = perCell }
        // The total keeps the reading from being optimized away, and says the forms read alike.
        print(
            form.name.padding(toLength: 20, withPad: " ", startingAt: 0),
            String(format: "%9.1f   %7.2f   %d (sum %.2f)", perCell, perCell / plainNanoseconds, read, total))
    }
}
