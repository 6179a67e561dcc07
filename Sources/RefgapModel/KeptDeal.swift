/// One of the deals a bucket keeps to explain its demand (run.json lists their ids): the largest,
/// earliest line first among equals. Only the id is kept with the order's two numbers, in the value
/// itself (`DealID`): a million-row export keeps hundreds of thousands of them, and their names and
/// accounts are shown nowhere.
///
/// 40 bytes: the id's 25, then the line in 32 bits where the id's padding would be, then the amount
/// (with the line as an `Int` after the amount it was 48).
package struct KeptDeal: Sendable, Equatable {
    package var id: DealID
    private var storedLine: UInt32
    package var amount: Double
    /// The line in the export. (Kept in 32 bits: a line past four billion, in a file of tens of
    /// gigabytes, is kept as the last such line; lines only order deals of equal amounts.)
    package var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
    package init(id: DealID, amount: Double, line: Int) {
        self.id = id
        self.storedLine = UInt32(clamping: line)
        self.amount = amount
    }
}
