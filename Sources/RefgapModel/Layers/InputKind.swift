/// The four inputs.
package enum InputKind: String, Sendable, CaseIterable {
    case opportunities, calendar, roster, accounts

    package var fileName: String { rawValue + ".csv" }
}
