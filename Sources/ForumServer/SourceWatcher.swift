import Logging
import ServiceLifecycle

/// Watches input files (a plan and its schedule) and calls `republish` when one of them changes,
/// so `forumplan serve PLAN SCHEDULE` picks up edits without a restart.
///
/// It polls each file's identity (inode, size, modification time) every `interval`: editors that
/// save by rename and those that write in place are both seen. A failed republish is logged and the
/// previous feeds stay served; the next change tries again.
public struct SourceWatcher: Service {
    let paths: [String]
    let interval: Duration
    /// Set by ``FeedServer`` to the server's log.
    var logger = Logger(label: "forumplan.watch")
    let republish: @Sendable () throws -> String

    /// Watches `paths`; `republish` exports anew and returns a one-line summary for the log.
    public init(paths: [String], interval: Duration = .seconds(1), republish: @escaping @Sendable () throws -> String) {
        self.paths = paths
        self.interval = interval
        self.republish = republish
    }

    public func run() async {
        var seen = paths.map { FileIdentity(path: $0) }
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = paths.map { FileIdentity(path: $0) }
            guard now != seen else { continue }
            seen = now
            do {
                let summary = try republish()
                logger.notice("republished", metadata: ["summary": "\(summary)"])
            } catch {
                logger.error("republish failed; serving the previous feeds", metadata: ["error": "\(error)"])
            }
        }
    }
}
