import Foundation
import RefgapModel
import Yams

extension ConfigReader {
    /// One `calendar_extra` file, resolved and checked where the setting's line and origin are known (a
    /// scenario's missing file was said with neither): it exists and is a file, not a folder.
    func calendarFile(_ item: Node) throws -> String {
        let file = try text(item, "a calendar_extra file")
        guard !file.isEmpty else {
            throw fail(
                item,
                "calendar_extra names calendar files (the calendar's columns) whose needs are added, like calendar_extra: launch-calendar.csv"
            )
        }
        let resolved = resolve(file)
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &folder) else {
            let absolute =
                resolved.hasPrefix("/") ? resolved : FileManager.default.currentDirectoryPath + "/" + resolved
            let origin =
                fromCommandLine
                ? " (a file given on the command line is read from the current folder, not the input folder)"
                : resolved == file ? "" : " (a file named in refgap.yml is read from refgap.yml's folder)"
            throw fail(
                item,
                "calendar_extra file \(Clip.quoted(file)) does not exist: looked for \(absolute)\(origin). Check its name and folder."
            )
        }
        if folder.boolValue {
            let inside = ((try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []).filter {
                $0.lowercased().hasSuffix(".csv")
            }.sorted()
            throw fail(
                item,
                "calendar_extra \(Clip.quoted(file)) is a folder, not a calendar file: name the CSV file inside it\(inside.first.map { ", like \(Clip.quoted(file + "/" + $0))" } ?? "")."
            )
        }
        return resolved
    }
}
