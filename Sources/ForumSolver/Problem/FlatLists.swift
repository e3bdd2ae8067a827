/// Many small `Int32` lists stored back to back: list `i` is `values[offsets[i] ..< offsets[i + 1]]`.
struct FlatLists: Sendable, Equatable {
    /// `count + 1` offsets into `values`.
    private(set) var offsets: [Int32]
    /// All lists' elements.
    private(set) var values: [Int32]

    /// Packs `lists` in order.
    init(_ lists: [[Int32]]) {
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(lists.count + 1)
        var values: [Int32] = []
        values.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            values.append(contentsOf: list)
            offsets.append(Int32(values.count))
        }
        self.offsets = offsets
        self.values = values
    }

    /// Number of lists.
    var count: Int { offsets.count - 1 }

    /// The elements of list `i`.
    subscript(i: Int) -> ArraySlice<Int32> { values[Int(offsets[i])..<Int(offsets[i + 1])] }

    /// The index range of list `i` within `values`.
    func range(_ i: Int) -> Range<Int> { Int(offsets[i])..<Int(offsets[i + 1]) }
}
