extension PlanValidator {
    /// `after` / `before` never form a cycle (which no schedule could satisfy); each cycle is reported once, in order.
    func checkPrecedence() {
        let sessions = plan.sessions
        var index: [String: Int] = [:]
        for (i, session) in sessions.enumerated() where index[session.id] == nil { index[session.id] = i }
        // successors[i]: sessions that must start after session i ends.
        var successors = [[Int]](repeating: [], count: sessions.count)
        for (i, session) in sessions.enumerated() where index[session.id] == i {
            for id in session.after { if let j = index[id] { successors[j].append(i) } }
            for id in session.before { if let j = index[id] { successors[i].append(j) } }
        }
        for cycle in cycles(successors) {
            let first = cycle.min()!
            let start = cycle.firstIndex(of: first)!
            let ordered = Array(cycle[start...] + cycle[..<start])
            let names = (ordered + [first]).map { "'\(sessions[$0].id)'" }.joined(separator: " → ")
            let message =
                ordered.count == 1
                ? "session '\(sessions[first].id)' must come after itself"
                : "precedence cycle: \(names) (each must end before the next starts)"
            error(
                message, at: ["sessions[\(first)].after[0]", "sessions[\(first)].before[0]", "sessions[\(first)]"],
                hint: "Remove one of these `after`/`before` links; no schedule can satisfy a cycle.")
        }
    }

    /// One cycle per back edge found by an iterative depth-first search in plan order, skipping cycles
    /// through sessions already reported. Each cycle lists node indices in edge order.
    private func cycles(_ successors: [[Int]]) -> [[Int]] {
        var colour = [UInt8](repeating: 0, count: successors.count) // 0 new, 1 on the path, 2 done
        var reported = [Bool](repeating: false, count: successors.count)
        var result: [[Int]] = []
        for root in successors.indices where colour[root] == 0 {
            var path: [(node: Int, next: Int)] = [(root, 0)]
            colour[root] = 1
            while let top = path.last {
                if top.next < successors[top.node].count {
                    path[path.count - 1].next += 1
                    let child = successors[top.node][top.next]
                    if colour[child] == 0 {
                        colour[child] = 1
                        path.append((child, 0))
                    } else if colour[child] == 1 {
                        let from = path.lastIndex { $0.node == child }!
                        let cycle = path[from...].map(\.node)
                        if !cycle.contains(where: { reported[$0] }) {
                            cycle.forEach { reported[$0] = true }
                            result.append(cycle)
                        }
                    }
                } else {
                    colour[top.node] = 2
                    path.removeLast()
                }
            }
        }
        return result
    }
}
