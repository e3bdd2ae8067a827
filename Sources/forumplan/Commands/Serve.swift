import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumServer

extension AccessLogDestination: ExpressibleByArgument {}

extension ForumPlan {
    /// `forumplan serve DIR` or `forumplan serve PLAN SCHEDULE`: the feed server.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve published feeds over HTTP, so calendar apps can subscribe and stay current.",
            discussion: """
                With DIR, serves what 'forumplan export' wrote there; a new export into DIR is picked up \
                at once (files are replaced whole, and each answer is one version of one file). With PLAN \
                SCHEDULE, exports into --out first (the publication state, with the trainer tokens, beside it \
                in <out>.forumplan/ or in --state), then serves that folder and exports again whenever the \
                plan or the schedule file changes (checked every second; a failed export is logged and the \
                previous feeds stay served).

                Serves GET and HEAD only: feeds as text/calendar with ETag (from the content, so an \
                unchanged feed keeps its tag) and Last-Modified, 304 for If-None-Match and \
                If-Modified-Since, gzip when the client accepts it, and 'Cache-Control: public, \
                max-age=600' (private for trainer feeds). Trainer feeds answer only at their exact \
                trainers/<token>/ path; no folder is ever listed, hidden files are never served, and no path leads out of the folder, symbolic links included. Other methods get \
                405, unknown paths 404.

                One log line per request on stderr ('--access-log off' for none; trainer tokens are \
                shortened in it). Ctrl-C or SIGTERM stops after the requests under way. For a \
                region-wide audience, copy the folder to any static web server or CDN instead: see \
                docs/publishing.md.

                Exit status: 0 stopped by Ctrl-C or SIGTERM, 2 bad folder, plan, schedule or usage, or \
                the address is taken (pick another --port), 3 internal error.

                Examples:
                  forumplan serve public/feeds
                  forumplan serve public/feeds --host 0.0.0.0 --port 8080 --access-log off
                  forumplan serve plan.yaml schedule.yaml --out public/feeds
                  forumplan serve plan.yaml schedule.yaml --port 0   # any free port, printed
                """)

        @Argument(
            help: ArgumentHelp(
                "DIR, a folder 'forumplan export' wrote; or PLAN SCHEDULE to export and serve.",
                valueName: "DIR | PLAN SCHEDULE"))
        var inputs: [String]

        @Option(help: "Address to listen on (0.0.0.0 for every interface).")
        var host = "127.0.0.1"

        @Option(help: "Port to listen on (0 for any free port).")
        var port = 8080

        @Option(help: "With PLAN SCHEDULE: the folder to export into (default: next to SCHEDULE, named <schedule>.feeds).")
        var out: String?

        @Option(help: "With PLAN SCHEDULE: the private folder for the publication state (default: beside the output folder, <out>.forumplan).")
        var state: String?

        @Option(help: "Request log: stderr (one key=value line per request) or off.")
        var accessLog: AccessLogDestination = .stderr

        func validate() throws {
            guard (1...2).contains(inputs.count) else {
                throw ValidationError("Please give either DIR (a folder 'forumplan export' wrote) or PLAN SCHEDULE.")
            }
            guard (0...65_535).contains(port) else { throw ValidationError("Please give '--port' between 0 and 65535.") }
            if inputs.count == 1, out != nil {
                throw ValidationError("'--out' is for PLAN SCHEDULE; with DIR, the folder is served as it is.")
            }
            if inputs.count == 1, state != nil {
                throw ValidationError("'--state' is for PLAN SCHEDULE; with DIR, nothing is exported.")
            }
        }

        func run() throws {
            var watcher: SourceWatcher?
            let dir: String
            if inputs.count == 2 {
                let plan = inputs[0], schedule = inputs[1]
                dir = out ?? Self.defaultFolder(for: schedule)
                let stateFolder = state.map { URL(fileURLWithPath: $0) }
                let publish: @Sendable () throws -> String = {
                    try ForumPlan.Export.publishFeeds(plan: plan, schedule: schedule, to: URL(fileURLWithPath: dir), state: stateFolder)
                }
                do {
                    FileHandle.standardOutput.write(Data((try publish() + "\n").utf8))
                } catch let error as ExportError {
                    printError(error.description)
                    throw ExitStatus.badInput
                }
                watcher = SourceWatcher(paths: [plan, schedule], republish: publish)
            } else {
                dir = inputs[0]
            }
            let options = FeedServerOptions(host: host, port: port, accessLog: accessLog)
            do {
                let folder = try ServedFolder(path: dir)
                let server = FeedServer(folder: folder, options: options, watcher: watcher) { [host] port in
                    // Unbuffered, so a script reading our stdout through a pipe sees the address at once.
                    FileHandle.standardOutput.write(Data("Serving \(dir) at http://\(host):\(port)/ (Ctrl-C to stop)\n".utf8))
                }
                try runBlocking { try await runFeedServer(server, options: options) }
            } catch let error as ServeError {
                printError(error.description)
                throw ExitStatus.badInput
            }
        }

        /// `out/taraz.schedule.yaml` → `out/taraz.schedule.feeds`.
        static func defaultFolder(for schedule: String) -> String {
            let url = URL(fileURLWithPath: schedule)
            let name =
                ["yaml", "yml", "csv", "ics"].contains(url.pathExtension.lowercased())
                ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
            return (schedule as NSString).deletingLastPathComponent.isEmpty
                ? name + ".feeds"
                : ((schedule as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name + ".feeds")
        }
    }
}
