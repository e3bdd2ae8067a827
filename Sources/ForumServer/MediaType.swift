/// Content types by file extension, for the files `forumplan export` and `forumplan report` write.
enum MediaType {
    private static let byExtension: [String: String] = [
        "ics": "text/calendar; charset=utf-8",
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png"
    ]

    /// The content type of `path`; `application/octet-stream` for unknown extensions.
    static func of(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        return byExtension[path[path.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// Whether gzip is worth trying (text formats; images are compressed already).
    static func compresses(_ type: String) -> Bool {
        type.hasPrefix("text/") || type == "application/json" || type == "image/svg+xml"
    }
}
