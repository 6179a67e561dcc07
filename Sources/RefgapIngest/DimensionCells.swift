/// A row's dimension cells as text: logical field (`industry`, `region`, ...) → the cell, trimmed,
/// blank ones absent. The fields are one array shared by every row a file's columns type (a
/// retain, not a copy), the cells an array beside it, nil where absent; a field is found by comparing
/// names (a row has a handful). It behaves as the `[String: String]` it replaced: a cell set to ""
/// is kept as "", nil removes one. A dictionary per row was 330 bytes of a 20,000-contact roster's
/// 1.5 KB per contact, and building and reading it a tenth of typing and normalizing the roster.
package struct DimensionCells: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private var fields: [String]
    private var cells: [String?]

    /// `cells[i]` is `fields[i]`'s cell, nil when absent (the file's columns pass nil for a blank
    /// cell); `fields` without repeats (a repeated name would read its first cell only).
    package init(fields: [String], cells: [String?]) {
        precondition(fields.count == cells.count, "one cell per field")
        assert(Set(fields).count == fields.count, "a field named twice")
        self.fields = fields
        self.cells = cells
    }

    /// The cells of a dictionary, in the order of their fields' names.
    package init(_ dictionary: [String: String]) {
        guard !dictionary.isEmpty else {
            (fields, cells) = ([], [])
            return
        }
        let sorted = dictionary.sorted { $0.key < $1.key }
        fields = sorted.map(\.key)
        cells = sorted.map(\.value)
    }

    /// No cells (an opportunity row's when they are ids instead): made for every such row, so without
    /// a dictionary or an array allocated.
    package init() {
        fields = []
        cells = []
    }

    package init(dictionaryLiteral elements: (String, String)...) {
        if elements.isEmpty {
            self.init()
        } else {
            self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
        }
    }

    /// The cell of `field`, nil when absent. Setting nil removes it.
    package subscript(_ field: String) -> String? {
        get {
            for i in fields.indices where fields[i] == field { return cells[i] }
            return nil
        }
        set {
            if let i = fields.firstIndex(of: field) {
                cells[i] = newValue
            } else if let newValue {
                fields.append(field)
                cells.append(newValue)
            }
        }
    }

    /// The cells there (not nil).
    package var count: Int { cells.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    package var isEmpty: Bool { !cells.contains { $0 != nil } }

    /// The cells there, as a dictionary.
    package var dictionary: [String: String] {
        var out: [String: String] = [:]
        for (key, value) in self { out[key] = value }
        return out
    }

    package struct Iterator: IteratorProtocol {
        fileprivate let fields: [String]
        fileprivate let cells: [String?]
        fileprivate var at = 0
        package mutating func next() -> (key: String, value: String)? {
            while at < cells.count {
                defer { at += 1 }
                if let cell = cells[at] { return (fields[at], cell) }
            }
            return nil
        }
    }

    /// The cells there, in the order of their fields.
    package func makeIterator() -> Iterator { Iterator(fields: fields, cells: cells) }
}

extension DimensionCells: Equatable {
    /// The same cell for every field, whatever the fields' order.
    package static func == (a: DimensionCells, b: DimensionCells) -> Bool {
        guard a.count == b.count else { return false }
        for (key, value) in a where b[key] != value { return false }
        return true
    }
}
