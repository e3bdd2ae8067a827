import ForumModel
import Foundation

extension FeedRenderer {
    /// The iCalendar bytes of every feed, in `feeds` order, rendered on several threads.
    ///
    /// libical objects are not shared: each thread has its own zone and renderer over a contiguous
    /// slice of the feeds, so the output does not depend on the number of threads.
    /// - Throws: ``ExportError/calendar(feed:_:)`` for the first feed (in order) libical failed on.
    static func renderAll(
        _ feeds: [Feed], events: [String: [FeedEvent]], zone zoneName: String, zoneStart: Int, policy: PublicationPolicy
    ) throws(ExportError) -> [Data] {
        let results = RenderResults(count: feeds.count)
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4, feeds.count / 16))
        let chunk = (feeds.count + threads - 1) / threads
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let range = (worker * chunk)..<min(feeds.count, (worker + 1) * chunk)
            guard !range.isEmpty else { return }
            guard let zone = ICalTimeZone(named: zoneName) else {
                results.fail(range.lowerBound, .unknownTimeZone(zoneName))
                return
            }
            let renderer = FeedRenderer(zone: zone, zoneStart: zoneStart, policy: policy)
            for i in range {
                do throws(ICalError) {
                    results.set(i, Data(try renderer.render(feeds[i], events: events[feeds[i].key] ?? []).utf8))
                } catch {
                    results.fail(i, .calendar(feed: feeds[i].path, error))
                    return
                }
            }
        }
        return try results.all()
    }
}

/// Slots for the feeds rendered by ``FeedRenderer/renderAll(_:events:zone:zoneStart:policy:)``'s threads.
private final class RenderResults: @unchecked Sendable {
    private var data: [Data]
    private var failure: (index: Int, error: ExportError)?
    private let lock = NSLock()

    init(count: Int) { data = Array(repeating: Data(), count: count) }

    func set(_ i: Int, _ bytes: Data) { lock.withLock { data[i] = bytes } }

    /// Keeps the failure of the earliest feed, so the error does not depend on thread timing.
    func fail(_ i: Int, _ error: ExportError) {
        lock.withLock { if failure.map({ i < $0.index }) ?? true { failure = (i, error) } }
    }

    func all() throws(ExportError) -> [Data] {
        if let failure { throw failure.error }
        return data
    }
}
