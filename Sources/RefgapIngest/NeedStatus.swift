import Foundation
import RefgapModel

/// A calendar's status column: a need marked cancelled or done asks for nothing more. A new-user
/// trial's calendar kept its cancelled and done needs in the sheet, and each was counted as demand.
/// Other statuses count (open, planned, confirmed, on hold…); those not plainly open are listed in a
/// note, since reading them as open is a guess.
struct NeedStatus {
    /// Folded statuses that end a need.
    static let closed: Set<String> = [
        "cancelled", "canceled", "cancel", "done", "completed", "complete", "closed", "fulfilled", "filled",
        "delivered", "dropped", "declined", "rejected", "withdrawn", "notneeded", "nolongerneeded", "obsolete",
        // `Won't do` (a trial's was counted as open, 23 references), `Will not do`, `Descoped`.
        "wontdo", "willnotdo", "notdoing", "descoped", "deprioritized", "deprioritised", "abandoned",
        // Jira's `Resolved`, a duplicate issue; a need whose reference was found (`Secured`).
        "resolved", "duplicate", "secured", "notneededanymore", "merged",
        // French, German, Spanish, Portuguese, Italian, Dutch (the languages the stage tables read).
        "annule", "annulee", "termine", "terminee", "abgesagt", "storniert", "erledigt", "abgeschlossen",
        "cancelado", "cancelada", "completado", "completada", "terminado", "terminada", "concluido", "concluida",
        "annullato", "annullata", "completato", "completata", "geannuleerd", "afgerond", "voltooid",
    ]
    /// Folded statuses that plainly leave a need open: not listed in the note.
    static let open: Set<String> = [
        "open", "new", "planned", "planning", "inprogress", "pending", "confirmed", "tentative", "requested",
        "active", "scheduled", "draft", "proposed", "approved", "todo", "notstarted", "wip", "ongoing", "sourcing",
        "needed", "",
    ]

    /// Needs left out, per status as written: how many and their references.
    private(set) var leftOut: [(status: String, needs: Int, references: Int)] = []
    /// Statuses read as open that are not plainly open, as written, with their needs.
    private(set) var readAsOpen: [(status: String, needs: Int)] = []

    /// Whether the need is left out for its status; `references` is what it asked for.
    mutating func endsNeed(_ written: String, references: Int) -> Bool {
        // Without accents (`Annulé`, `Concluído`), and its first word too (`Cancelled - moved to Q2`).
        let plain = written.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let folded = Text.fold(plain)
        let first = plain.split(whereSeparator: { !$0.isLetter }).first.map { Text.fold(String($0)) } ?? ""
        if Self.closed.contains(folded) || Self.closed.contains(first) {
            if let i = leftOut.firstIndex(where: { Text.fold($0.status) == folded }) {
                leftOut[i].needs += 1
                leftOut[i].references += references
            } else {
                leftOut.append((Text.trim(written), 1, references))
            }
            return true
        }
        if !Self.open.contains(folded) {
            if let i = readAsOpen.firstIndex(where: { Text.fold($0.status) == folded }) {
                readAsOpen[i].needs += 1
            } else {
                readAsOpen.append((Text.trim(written), 1))
            }
        }
        return false
    }

    static let setAsideReason = "need marked cancelled or done (status column)"

    /// The calendar's notes: what was left out, and what was read as open by guess.
    func note(into ledger: inout InputLedger, header: String) {
        if !leftOut.isEmpty {
            let needs = leftOut.reduce(0) { $0 + $1.needs }, refs = leftOut.reduce(0) { $0 + $1.references }
            let shown = leftOut.map { "\(Clip.quoted($0.status)) \($0.needs)" }
            ledger.notes.append(
                "\(needs) need\(needs == 1 ? "" : "s") marked cancelled or done in \(Clip.quoted(header)) \(needs == 1 ? "was" : "were") left out (\(refs) reference\(refs == 1 ? "" : "s")): \(shown.joined(separator: ", ")). To count one again, change its status."
            )
        }
        if !readAsOpen.isEmpty {
            let shown = readAsOpen.prefix(8).map { "\(Clip.quoted($0.status)) \($0.needs)" }
            ledger.notes.append(
                "Statuses in \(Clip.quoted(header)) read as open, their needs counted: \(shown.joined(separator: ", "))\(readAsOpen.count > 8 ? " and \(readAsOpen.count - 8) more" : ""). To leave a need out, mark it Cancelled or Done."
            )
        }
    }
}
