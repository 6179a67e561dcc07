extension Array {
    /// Puts the elements in `order` (the new first element is the old `self[order[0]]`, and so on; `order`
    /// a permutation of the indices) by swaps, cycle by cycle: a swap moves two elements and copies
    /// neither, where mapping `order` to a new array copied every element (all its strings retained,
    /// then released with the old array) and held both arrays at once.
    ///
    /// Public and inlinable so that each caller's copy is specialized for its element: called as
    /// generic code from another module, each swap copied the elements through their value witnesses
    /// (a bucket's strings retained and released) instead of moving their bytes.
    @inlinable public mutating func rearrange(to order: [Int]) {
        precondition(order.count == count, "an order of every element")
        var placed = order
        withUnsafeMutableBufferPointer { all in
            for start in placed.indices where placed[start] != start {
                var at = start
                while placed[at] != start {
                    let from = placed[at]
                    all.swapAt(at, from)
                    placed[at] = at
                    at = from
                }
                placed[at] = at
            }
        }
    }
}
