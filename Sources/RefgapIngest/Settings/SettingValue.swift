import RefgapModel

/// A setting's value as data, so that each place that shows settings formats it its own way from one
/// description: run.json writes it as JSON, `refgap init` as YAML, the gap report as words.
package enum SettingValue: Sendable, Equatable {
    /// No value: the setting's `unset` words say what happens instead.
    case unset
    case int(Int)
    case number(Double)
    case text(String)
    case list([SettingValue])
    /// Named values, in the order written.
    case map([Entry])
    /// A fraction shown as a percentage (80%); report words only.
    case percent(Double)
    /// Parts shown one after another ("open, probability 80%"); report words only.
    case phrase([SettingValue])

    package struct Entry: Sendable, Equatable {
        package var key: String
        package var value: SettingValue
        package init(_ key: String, _ value: SettingValue) {
            self.key = key
            self.value = value
        }
    }

    /// A dictionary's entries, sorted by key, so the same config always prints the same way.
    package static func sorted<V>(_ d: [String: V], _ value: (V) -> SettingValue) -> SettingValue {
        .map(d.sorted { $0.key < $1.key }.map { Entry($0.key, value($0.value)) })
    }

    /// True for no value, an empty list and an empty map: nothing set.
    package var isEmpty: Bool {
        switch self {
        case .unset: return true
        case .list(let items): return items.isEmpty
        case .map(let entries): return entries.isEmpty
        default: return false
        }
    }
}

/// One line of the gap report's assumptions table, for settings shown as several lines (one per
/// scenario, per growth goal, per stage).
package struct SettingRow: Sendable, Equatable {
    package var label: String
    package var value: SettingValue
    /// What the line would read without the setting; the report says "changed" when they differ.
    package var defaultValue: SettingValue
    package init(_ label: String, _ value: SettingValue, default defaultValue: SettingValue) {
        self.label = label
        self.value = value
        self.defaultValue = defaultValue
    }
}
