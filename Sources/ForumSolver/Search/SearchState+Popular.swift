extension SearchState {
    /// Minutes of inverted size/capacity pairs between `o` (at `t` in room `r`) and everyone else in its slots.
    /// - Complexity: O(len × log capacities × log sizes), by four prefix counts of each slot's `popTree`.
    func popularUnits(_ o: Int, _ t: Int, _ len: Int, _ r: Int) -> Int {
        let c = Int(popCapRank[r])
        guard c > 0 else { return 0 }
        let a = Int(popSizeRank[o])
        let stride = (popCaps + 1) * (popSizes + 1)
        var pairs = 0
        for k in 0..<len {
            let base = (t + k) * stride
            // Smaller groups in larger rooms, plus larger groups in smaller rooms (equal sizes never invert).
            pairs += popularCount(base, popCaps, a - 1) - popularCount(base, c, a - 1)
            pairs += popularCount(base, c - 1, popSizes) - popularCount(base, c - 1, a)
        }
        return pairs * grid
    }

    /// Seated occurrences in the slot whose table starts at `base` with capacity rank ≤ `c` and size rank ≤ `s`.
    @inline(__always) func popularCount(_ base: Int, _ c: Int, _ s: Int) -> Int {
        var sum = 0
        var i = c
        while i > 0 {
            let row = base + i * (popSizes + 1)
            var j = s
            while j > 0 {
                sum += Int(popTree[row + j])
                j &= j - 1
            }
            i &= i - 1
        }
        return sum
    }

    /// Adds `delta` for `o` (in its current room) to the tables of the `len` slots from `t`.
    @inline(__always) func popularAdd(_ o: Int, _ t: Int, _ len: Int, _ delta: Int32) {
        let c = Int(popCapRank[Int(room[o])])
        guard c > 0 else { return }
        let a = Int(popSizeRank[o])
        let stride = (popCaps + 1) * (popSizes + 1)
        for k in 0..<len {
            let base = (t + k) * stride
            var i = c
            while i <= popCaps {
                let row = base + i * (popSizes + 1)
                var j = a
                while j <= popSizes {
                    popTree[row + j] += delta
                    j += j & -j
                }
                i += i & -i
            }
        }
    }
}
