import Foundation
import RefgapModel
import RefgapPrioritize
import RefgapRender

/// What a scheduled run needs: a dated output folder with a `latest` link beside it, the previous
/// run found among the dated folders, and a coverage threshold to alert on.
package enum Scheduling {
    package static let placeholder = "{as_of}"

    /// `--out` with `{as_of}` replaced by the as-of date.
    package static func outputFolder(_ template: String, asOf: Day) -> String {
        template.replacingOccurrences(of: placeholder, with: "\(asOf)")
    }

    /// The parent folder and the last component's pattern, when the last component holds `{as_of}`:
    /// then dated folders sit side by side and `latest` links to the newest run.
    static func datedParent(_ template: String) -> (parent: String, prefix: String, suffix: String)? {
        let trimmed = template.hasSuffix("/") ? String(template.dropLast()) : template
        let parent = PathText.parent(trimmed)
        let last = PathText.lastComponent(trimmed)
        guard let range = last.range(of: placeholder), !parent.contains(placeholder) else { return nil }
        return (parent.isEmpty ? "." : parent, String(last[..<range.lowerBound]), String(last[range.upperBound...]))
    }

    /// The previous run: in `out/history/` (one folder for every run), or, with dated folders, the
    /// newest history among the folders dated before `asOf`.
    package static func previousRun(template: String, asOf: Day) -> PreviousRun? {
        guard let dated = datedParent(template) else { return Pipeline.previousRun(out: template, asOf: asOf) }
        for day in datedFolders(dated).filter({ $0 < asOf }).sorted(by: >) {
            if let run = Pipeline.previousRun(
                out: dated.parent + "/" + dated.prefix + "\(day)" + dated.suffix, asOf: asOf)
            {
                return run
            }
        }
        return nil
    }

    /// The days of the dated folders beside each other in `dated.parent`.
    static func datedFolders(_ dated: (parent: String, prefix: String, suffix: String)) -> [Day] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dated.parent)) ?? []
        return names.compactMap { name -> Day? in
            guard name.hasPrefix(dated.prefix), name.hasSuffix(dated.suffix),
                name.count > dated.prefix.count + dated.suffix.count
            else { return nil }
            return Day(iso: String(name.dropFirst(dated.prefix.count).dropLast(dated.suffix.count)))
        }
    }

    /// Points `latest` beside the dated folders at the newest one: this run's, unless it filled in an
    /// earlier date (a backfill moved a scheduler's link back a week in a new-user trial). A relative
    /// link, replaced in one rename so a reader never finds it missing.
    package static func linkLatest(template: String, asOf: Day) throws {
        guard let dated = datedParent(template) else { return }
        // A folder counts once a run finished in it (a failed run may leave one with no reports).
        let finished = datedFolders(dated).filter { day in
            FileManager.default.fileExists(
                atPath: dated.parent + "/" + dated.prefix + "\(day)" + dated.suffix + "/history/\(day).json")
        }
        let newest = max(asOf, finished.max() ?? asOf)
        let target = dated.prefix + "\(newest)" + dated.suffix
        let link = dated.parent + "/latest"
        let temporary = dated.parent + "/.latest-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        guard symlink(target, temporary) == 0, rename(temporary, link) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputWriter.Failure(
                description:
                    "\(link): error: cannot point the latest link at \(target) (\(reason)); the reports are in \(dated.parent)/\(target)."
            )
        }
    }

    /// `0.8`, `80%` or `80`: a share of demand.
    package static func coverage(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        let percent = t.hasSuffix("%")
        if percent { t.removeLast() }
        guard let v = Double(t), v >= 0 else { return nil }
        let share = percent || v > 1 ? v / 100 : v
        return share <= 1 ? share : nil
    }

    /// Coverage of the first window (0–60 days by default): covered ÷ demand, 1 when nothing is asked.
    package static func firstWindowCoverage(_ p: Prioritized) -> Double {
        var demand = 0.0, covered = 0.0
        for g in p.gaps where g.bucket.window == 0 {
            demand += g.bucket.demand
            covered += g.covered
        }
        return demand > 0 ? covered / demand : 1
    }
}
