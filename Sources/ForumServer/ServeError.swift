/// Why the feed server could not start; each message says what to do.
public enum ServeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The folder to serve does not exist or is not a folder.
    case folderMissing(String)
    /// Another program listens on the address already.
    case addressInUse(host: String, port: Int)
    /// The system refused the address (a port below 1024 without privileges, or a host not on this machine).
    case addressRefused(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .folderMissing(let path):
            "\(path): error: no such folder. Give the folder 'forumplan export --out' wrote, or PLAN SCHEDULE to export and serve."
        case .addressInUse(let host, let port):
            "error: \(host):\(port) is already in use by another program. Pick another port with --port, or stop that program."
        case .addressRefused(let host, let port, let reason):
            "error: cannot listen on \(host):\(port) (\(reason)). Use a port above 1024 and an address of this machine (--host 127.0.0.1, or 0.0.0.0 for all)."
        }
    }
}
