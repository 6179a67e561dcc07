import CSVReader
import RefgapModel

/// What is derived from each distinct value of a column, kept by the value's id.
struct IDMemo<T> {
    private var values: [T?] = []

    @inline(__always)
    func known(_ id: Int) -> T? { id < values.count ? values[id] : nil }

    mutating func set(_ id: Int, _ v: T) {
        if id >= values.count { values.append(contentsOf: repeatElement(nil, count: id - values.count + 1)) }
        values[id] = v
    }
}

/// One column of an export read through an interner: its trimmed text, and what is derived from each
/// distinct value memoized by the value's id (a column past the interner's limit is derived per cell).
struct InternedColumn<T> {
    let column: Int?
    var interner: CellInterner
    var derived = IDMemo<T>()

    init(_ column: Int?, limit: Int) {
        self.column = column
        interner = CellInterner(limit: limit, transform: Text.trim)
    }

    /// A cell looked up: its id, or (a missing column, a full interner) its trimmed text.
    struct Cell {
        let id: Int?
        let text: String
    }

    /// The cell's id, without touching its string; the text only when there is no id.
    @inline(__always)
    mutating func lookUp(_ row: borrowing CSVRow) -> Cell {
        guard let c = column, c < row.count else { return Cell(id: nil, text: "") }
        if let id = interner.id(row, c) { return Cell(id: id, text: "") }
        return Cell(id: nil, text: Text.trim(row.string(c)))
    }

    /// The trimmed text of a cell looked up.
    func text(of cell: Cell) -> String {
        guard let id = cell.id else { return cell.text }
        return interner.strings[id]
    }

    /// The cell's trimmed text.
    mutating func text(_ row: borrowing CSVRow) -> String {
        // Looked up first: the lookup may add the value, and the text is read after it.
        let cell = lookUp(row)
        return text(of: cell)
    }

    /// The cell's id only (no string touched): nil for a missing column or a full interner.
    @inline(__always)
    mutating func id(_ row: borrowing CSVRow) -> Int? {
        guard let c = column, c < row.count else { return nil }
        return interner.id(row, c)
    }

    /// What `make` derives from a cell already looked up: by id, the text read only the first time.
    mutating func derive(_ cell: Cell, _ make: (String) -> T) -> T {
        guard let id = cell.id else { return make(cell.text) }
        if let known = derived.known(id) { return known }
        let v = make(interner.strings[id])
        derived.set(id, v)
        return v
    }
}

/// A cell read as its trimmed text, for columns with a value per row (ids, names, amounts).
@inline(__always)
func plainText(_ row: borrowing CSVRow, _ column: Int?) -> String {
    guard let c = column, c < row.count else { return "" }
    // Nothing to trim (as `Text.trim` decides from the two ends): the string as it is.
    let bytes = row.bytes(c)
    if let first = bytes.first, let last = bytes.last, !Text.mayTrim(first: first, last: last) { return row.string(c) }
    return Text.trim(row.string(c))
}
