import NIOCore

/// Runs the jobs of a task on one event loop: a connection's task that prefers it reads the request,
/// answers it and writes the response on the loop's own thread, with no hop to Swift's global pool.
@available(macOS 15.0, *)
final class EventLoopTaskExecutor: TaskExecutor {
    private let eventLoop: any EventLoop

    /// Runs jobs on `eventLoop`.
    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
