import Hummingbird
import HTTPTypes
import NIOCore

/// Answers every request from a ``ServedFolder``: `GET` and `HEAD` of files, `304` for fresh copies,
/// gzip when accepted, `404` for anything else inside or outside the folder, `405` for other methods.
/// `/` of a folder with `index.<code>.html` pages serves the one `Accept-Language` asks for first
/// (`index.html` when it names none of them), with `Vary: Accept-Language`.
public struct FeedResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    let folder: ServedFolder
    /// Where the request lines go, when they are logged.
    let accessLog: LogSink?

    /// Serves `folder`, writing one line per request into `accessLog` when given.
    init(folder: ServedFolder, accessLog: LogSink?) {
        self.folder = folder
        self.accessLog = accessLog
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard let accessLog else { return answer(request).response }
        let start = ContinuousClock.now
        let (response, relative) = answer(request)
        let elapsed = ContinuousClock.now - start
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        accessLog.appendRequest(
            method: request.method.rawValue, path: Self.loggedPath(request.head.path ?? "", relative: relative),
            status: response.status.code, bytes: response.headers[.contentLength] ?? "0",
            encoding: response.headers[.contentEncoding] ?? "identity", micros: micros)
        return response
    }

    /// The response, and the file path it was about (nil when none).
    func answer(_ request: Request) -> (response: Response, relative: String?) {
        let isHead = request.method == .head
        guard request.method == .get || isHead else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return (Self.text(.methodNotAllowed, "Only GET and HEAD are served here.\n", headers: headers), nil)
        }
        guard var relative = RequestPath.resolve(request.head.path ?? ""), var file = folder.file(at: relative) else {
            let notFound = Self.text(.notFound, "Not found.\n")
            return (isHead ? notFound.createHeadResponse() : notFound, nil)
        }
        // `/` of a forum published in several languages: the index page in the language the client wants.
        let negotiated = relative == "index.html" && !(request.head.path ?? "").prefix { $0 != "?" }.hasSuffix("index.html")
        if negotiated {
            for code in ContentNegotiation.languages(request.headers[.acceptLanguage]) {
                if let page = folder.file(at: "index.\(code).html") {
                    (relative, file) = ("index.\(code).html", page)
                    break
                }
            }
        }
        let form = ContentNegotiation.acceptsGzip(request.headers[.acceptEncoding]) ? file.gzipped ?? file.plain : file.plain
        if isFresh(file, request.headers) {
            return (Response(status: .notModified, headers: vary(form.notModified, negotiated), body: ResponseBody()), relative)
        }
        let body = isHead ? ResponseBody() : ResponseBody(byteBuffer: form.body)
        return (Response(status: .ok, headers: vary(form.headers, negotiated), body: body), relative)
    }

    /// The headers with `Accept-Language` added to `Vary` when the page was chosen by it.
    private func vary(_ headers: HTTPFields, _ negotiated: Bool) -> HTTPFields {
        guard negotiated else { return headers }
        var headers = headers
        headers[.vary] = (headers[.vary].map { $0 + ", " } ?? "") + "Accept-Language"
        return headers
    }

    /// `If-None-Match` decides when present; otherwise `If-Modified-Since` (RFC 9110 §13.2.2).
    private func isFresh(_ file: CachedFile, _ headers: HTTPFields) -> Bool {
        if let tags = headers[.ifNoneMatch] { return file.matches(ifNoneMatch: tags) }
        if let since = headers[.ifModifiedSince], let seconds = HTTPDate.parse(since) {
            return file.identity.modifiedSeconds <= seconds
        }
        return false
    }

    private static func text(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }

    /// The request path for the log, with a trainer's token shortened so the log does not leak it.
    static func loggedPath(_ target: String, relative: String?) -> String {
        guard let relative, relative.hasPrefix(RequestPath.trainerFolder + "/") else { return target }
        let parts = relative.split(separator: "/")
        return "/\(parts[0])/\(parts[1].prefix(4))…/\(parts[2])"
    }
}
