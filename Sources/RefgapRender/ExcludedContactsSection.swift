import RefgapModel

/// The gap report's contacts not counted as supply: each with its reasons and the move that would
/// bring it back (re-verify or onboard), or why there is none.
extension ReportBuilder {
    func excluded() -> ReportModel.Section {
        let contacts = p.allocated.contacts  // read once: `p.allocated.contacts[i]` copies the whole contact
        let horizonEnd = seg.asOf + (config.windows.last ?? 0)
        let reasons = self.reasons.value.joined
        let rows: [ReportModel.Row] = p.allocated.supply.indices.filter { !p.allocated.supply[$0].isEligible }.map {
            i in
            let e = p.allocated.supply[i]
            // Re-verifying helps only a contact that could serve before the horizon ends, at an account
            // the candidates' rule would ask.
            var move = e.exclusions.allSatisfy(\.isRecoverable) ? "Re-verify or onboard" : "—"
            if move != "—", let rest = contacts[e.contact].restUntil, rest > horizonEnd {
                move = "— (resting until \(rest), past the horizon)"
            } else if move != "—", let why = p.prioritized.notAsked.contacts[e.contact] {
                move = "— (\(notAskedReason(why)))"
            }
            return .init(cells: [
                .text(contacts[e.contact].id), .text(contacts[e.contact].name), .text(contacts[e.contact].account),
                .text(contacts[e.contact].statusLabel),
                .message(reasons[i]),
                .text(move),
            ])
        }
        var s = ReportModel.Section(id: "excluded", heading: "Contacts not counted as supply")
        s.intro = [
            .init(
                text:
                    "\(rows.count) of \(p.allocated.contacts.count) roster contacts are not supply. A contact is supply when it is active, verified within \(config.verifyWithinDays) days, not on renewal caution (account renewing within \(config.renewalCautionDays) days) and has capacity left after its recent uses."
            )
        ]
        // Rows rejected never became contacts: said here too, where "every contact is supply" read as
        // the whole roster (trial h4: 3 of 7 rows rejected).
        if let roster = ledger(.roster), roster.rowsRejected > 0 {
            s.intro.append(
                .init(
                    text:
                        "Besides, \(Format.grouped(roster.rowsRejected)) of the roster's \(Format.count(roster.rowsRead, "row")) \(roster.rowsRejected == 1 ? "was" : "were") rejected and \(roster.rowsRejected == 1 ? "is" : "are") not counted here: see rejects/roster.csv and Data quality."
                ))
        }
        if !seg.rosterHasVerifiedColumn {
            s.intro.append(
                .init(
                    text:
                        "No column of the roster was read as its last-verified date (its warnings name one that looks like it), so staleness was not checked."
                ))
        }
        s.tables = [
            .init(
                caption: "Excluded contacts and why",
                columns: [
                    .text("ID"), .text("Contact"), .text("Account"), .text("Status"), .text("Reason"),
                    .text("Cheaper move"),
                ], rows: rows, empty: "Every contact is supply.")
        ]
        return s
    }
}
