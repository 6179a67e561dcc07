// Benchmarks that are not tests (release build):
//
//   refgap-bench allocation [contacts] [buckets] [seed]   scripts/bench-allocation.sh: a seeded random program
//   refgap-bench plan <input folder> [rounds]             the recruiting plan of a real input folder
//   refgap-bench amounts [cells] [rounds]                 amounts read from bytes: formatted against plain
import Foundation

let arguments = CommandLine.arguments
switch arguments.count >= 2 ? arguments[1] : "" {
case "allocation": allocationBenchmark(Array(arguments.dropFirst(2)))
case "plan": planBenchmark(Array(arguments.dropFirst(2)))
case "amounts": amountBenchmark(Array(arguments.dropFirst(2)))
default:
    print(
        """
        usage: refgap-bench allocation [contacts=20000] [buckets=10000] [seed=1]
               refgap-bench plan <input folder> [rounds=5]
               refgap-bench amounts [cells=200000] [rounds=7]
        """)
    exit(2)
}
