import RefgapModel

/// A health column written from 0 to 1 (`0.85`, as some customer-success tools export it) is read on
/// the 0–100 scale refgap's settings use: read as written, every score was under 1, so a trial's
/// healthy accounts (0.85, 0.9) were under `candidate_min_health` 70 and no one was suggested.
enum HealthScale {
    /// A cell's score when it is a plain number from 0 to 100 (not a word like Red, not a percentage
    /// like 85%): the only cells a scale applies to. Read from its bytes: a large roster has one a row.
    static func plainNumber(_ cell: String) -> Double? {
        guard !cell.utf8.contains(UInt8(ascii: "%")), let v = Values.percentNumber(cell), (0...100).contains(v)
        else { return nil }
        return v
    }

    /// What a health column's plain numbers are, in one pass over its cells.
    struct Survey {
        var numbers = 0
        var overOne = false
        var largest = 0.0
        var firstOverOne: String? = nil
        var allZeroOrOne = true
        /// Numbers strictly between 0 and 1, and the first such cell.
        var fractions = 0
        var firstFraction: String? = nil

        init(_ cells: some Sequence<String>) {
            for cell in cells where !cell.isEmpty {
                guard let v = HealthScale.plainNumber(cell) else { continue }
                numbers += 1
                if v > 1 {
                    overOne = true
                    if firstOverOne == nil { firstOverOne = cell }
                }
                largest = max(largest, v)
                if v != 0 && v != 1 { allZeroOrOne = false }
                if v > 0 && v < 1 {
                    fractions += 1
                    if firstFraction == nil { firstFraction = cell }
                }
            }
        }

        /// 100 when every plain number is between 0 and 1 and one has a decimal part; 10 when at least
        /// three are, all from 0 to 10 and one over 5 (Vitally's and Planhat's 0–10: a trial's 8.9s were
        /// all under candidate_min_health 70, and no candidate was offered); else 1.
        var factor: Double {
            if !overOne && fractions > 0 { return 100 }
            if overOne && largest <= 10 && largest > 5 && numbers >= 3 { return 10 }
            return 1
        }
    }

    /// 100 when every plain number in `cells` is between 0 and 1 and one has a decimal part; else 1.
    static func factor(_ cells: some Sequence<String>) -> Double { Survey(cells).factor }

    /// `cell`'s score (`score`, as `Values.health` read it) on the column's scale: only a plain number
    /// is scaled (a trial's Red in a column of fractions was read as 3,000).
    static func read(_ cell: String, _ score: Double, factor: Double) -> Double {
        factor != 1 && plainNumber(cell) != nil ? scaled(score, by: factor) : score
    }

    /// The factor of a table's health column, with its note (read as fractions) or warning (fractions
    /// among scores 0–100, or only 0s and 1s) in `ledger`.
    static func decide(_ table: Table, column: Int?, ledger: inout InputLedger) -> Double {
        guard let c = column else { return 1 }
        let survey = Survey(table.rows.lazy.map { table.cell($0, c) })
        let header = table.header(of: c, or: "health")
        if survey.factor == 10, let example = survey.firstOverOne {
            ledger.notes.append(
                "Health scores in \(Clip.quoted(header)) are all from 0 to 10 (like \(Clip.quoted(example))): \(survey.numbers) scores read as 0–100 (\(Clip.quoted(example)) as \(ConfigReader.plain(scaled(Values.percentNumber(example) ?? 0, by: 10)))), the scale candidate_min_health uses. If the column is on 0–100 and every account is that unhealthy, set candidate_min_health to match."
            )
        } else if survey.factor != 1, let example = survey.firstFraction {
            ledger.notes.append(note(header, example: example, scores: survey.numbers))
        } else if let first = survey.firstFraction {
            ledger.warnings.append(mixedWarning(header, first: first, count: survey.fractions))
        } else if survey.numbers > 1, survey.allZeroOrOne {
            // All 0 and 1: a flag, or a 0–1 scale with no fraction; either way nobody reaches 70.
            ledger.warnings.append(
                "every health score in \(Clip.quoted(header)) is 0 or 1: read as written on the 0–100 scale, so none reaches candidate_min_health and no contact or account there is suggested. If it is a flag, write healthy as 100 (or Green and Red)."
            )
        }
        return survey.factor
    }

    /// `v` on the column's scale, without the float's noise (0.85 × 100 is 85, not 85.00000000000001).
    static func scaled(_ v: Double, by factor: Double) -> Double {
        factor == 1 ? v : (v * factor * 1e6).rounded() / 1e6
    }

    /// The warning for scores under 1 in a column on the 0–100 scale (`0.85` among `80`s): read as
    /// written, but probably fractions.
    static func mixedWarning(_ header: String, first: String, count n: Int) -> String {
        "\(n) health score\(n == 1 ? "" : "s") in \(Clip.quoted(header)) \(n == 1 ? "is" : "are") between 0 and 1 (like \(Clip.quoted(first))) in a column of scores 0–100: read as written, under 1, so \(n == 1 ? "its contact or account is" : "their contacts or accounts are") kept off the candidates by candidate_min_health. If \(n == 1 ? "it is a fraction" : "they are fractions"), write \(Clip.quoted(first)) as \(ConfigReader.plain(scaled(Values.percentNumber(first) ?? 0, by: 100)))."
    }

    /// The ledger's note when a column was read as fractions.
    static func note(_ header: String, example: String, scores: Int) -> String {
        "Health scores in \(Clip.quoted(header)) are all between 0 and 1 (like \(Clip.quoted(example))): \(scores == 1 ? "1 score" : "\(scores) scores") read as 0–100 (\(Clip.quoted(example)) as \(ConfigReader.plain(scaled(Values.percentNumber(example) ?? 0, by: 100)))), the scale candidate_min_health uses."
    }
}
