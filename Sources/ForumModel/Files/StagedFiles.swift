import Foundation

/// The temporary files of one ``AtomicFile/writeAll(_:skipIfUnchanged:shouldStop:)`` call, written
/// and flushed by several threads at once (flushes overlap, so the disk commits them together).
final class StagedFiles: @unchecked Sendable {
    /// Per item: the flushed temporary file waiting to be renamed, nil when unchanged or already renamed.
    var temps: [URL?]
    /// Per item: whether its content differs from what is on disk.
    private(set) var changed: [Bool]
    private var failure: FileWriteError?
    private let lock = NSLock()
    /// Threads writing at once: flushing is I/O-bound, so more than the cores.
    private static let writers = 8

    init(count: Int) {
        temps = Array(repeating: nil, count: count)
        changed = Array(repeating: false, count: count)
    }

    /// Compares, writes and flushes the items of `range` whose content changed.
    /// - Throws: the first ``FileWriteError`` of the range.
    func stage(_ items: [AtomicFile.Item], range: Range<Int>, skipIfUnchanged: Bool) throws(FileWriteError) {
        let threads = min(Self.writers, range.count)
        if threads == 1 {
            stage(items, indices: stride(from: range.lowerBound, to: range.upperBound, by: 1), skipIfUnchanged: skipIfUnchanged)
            if let failure { throw failure }
            return
        }
        let jobs = (0..<threads).map { worker in
            WriterJob { [self] in
                stage(items, indices: stride(from: range.lowerBound + worker, to: range.upperBound, by: threads), skipIfUnchanged: skipIfUnchanged)
            }
        }
        let running = jobs.compactMap { $0.start() }
        for job in jobs where !running.contains(where: { $0 === job }) { job.work() } // no thread to spare: work here
        for job in running { job.join() }
        if let failure { throw failure }
    }

    /// One writer thread's share of a batch.
    private func stage(_ items: [AtomicFile.Item], indices: StrideTo<Int>, skipIfUnchanged: Bool) {
        for i in indices {
            let item = items[i]
            if skipIfUnchanged, let old = try? Data(contentsOf: item.url), old == item.data { continue }
            let temp = AtomicFile.temporaryURL(for: item.url)
            do {
                try AtomicFile.writeFlushed(item.data, to: temp, for: item.url)
                lock.withLock {
                    temps[i] = temp
                    changed[i] = true
                }
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }

    /// Removes every temporary file not yet renamed.
    func removeTemporaries() {
        for case let temp? in temps { try? FileManager.default.removeItem(at: temp) }
        temps = temps.map { _ in nil }
    }
}

/// One writer thread, joined before the batch ends (so nothing it holds outlives the batch).
private final class WriterJob: @unchecked Sendable {
    let work: @Sendable () -> Void
    private var thread: pthread_t?

    init(_ work: @escaping @Sendable () -> Void) { self.work = work }

    /// Starts the thread; nil when the system has none to give.
    func start() -> WriterJob? {
        let context = Unmanaged.passRetained(self).toOpaque()
        var handle = pthread_t()
        let status = pthread_create(
            &handle, nil,
            { context in
                let job = Unmanaged<WriterJob>.fromOpaque(context!).takeRetainedValue()
                job.work()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<WriterJob>.fromOpaque(context).release()
            return nil
        }
        thread = handle
        return self
    }

    /// Waits for the thread to end.
    func join() {
        if let thread { pthread_join(thread, nil) }
    }
}
