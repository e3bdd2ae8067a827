import Foundation

/// The simulated-annealing temperature and its acceptance test.
///
/// The temperature falls geometrically from `initial` to `final` as progress goes from 0 to 1.
/// Acceptance of a worsening by `delta` is `exp(-delta / T)`, read from a table for small deltas.
struct Annealing {
    let initial: Double
    let final: Double
    private(set) var temperature: Double
    private var table: [Double] = [Double](repeating: 0, count: 64)

    init(initial: Double, final: Double) {
        self.initial = max(initial, 1e-9)
        self.final = min(max(final, 1e-9), self.initial)
        temperature = self.initial
        fillTable()
    }

    /// Sets the temperature for `progress` in 0 ... 1 of the cooling.
    mutating func set(progress: Double) {
        let p = min(1, max(0, progress))
        temperature = initial * pow(final / initial, p)
        fillTable()
    }

    private mutating func fillTable() {
        for d in 0..<table.count { table[d] = exp(-Double(d) / temperature) }
    }

    /// Whether to accept a change of `delta` (negative is better).
    @inline(__always) func accepts(_ delta: Int, _ rng: inout Xoshiro) -> Bool {
        if delta <= 0 { return true }
        let p = delta < 64 ? table[delta] : exp(-Double(delta) / temperature)
        return rng.unit() < p
    }
}
