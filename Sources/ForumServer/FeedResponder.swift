import NIOCore
import NIOHTTP1

/// One answer: its rendered head, the body to send (nil for `HEAD` and `304`), and the file path it
/// was about (nil when none), for the access log.
struct FeedAnswer {
    var head: ResponseHead
    var body: ByteBuffer?
    var relative: String?
}

/// Answers every request from a ``ServedFolder``: `GET` and `HEAD` of files, `304` for fresh copies,
/// gzip when accepted, `404` for anything else inside or outside the folder, `405` for other methods.
/// `/` of a folder with `index.<code>.html` pages serves the one `Accept-Language` asks for first
/// (`index.html` when it names none of them), with `Vary: Accept-Language`.
struct FeedResponder: Sendable {
    let folder: ServedFolder

    func answer(method: HTTPMethod, target: String, headers: HTTPHeaders) -> FeedAnswer {
        let isHead = method == .HEAD
        guard method == .GET || isHead else { return FeedAnswer(head: Self.methodNotAllowed, body: Self.methodNotAllowedBody) }
        guard var relative = RequestPath.resolve(target), var file = folder.file(at: relative) else {
            return FeedAnswer(head: Self.notFound, body: isHead ? nil : Self.notFoundBody)
        }
        // `/` of a forum published in several languages: the index page in the language the client wants.
        let negotiated = relative == "index.html" && !target.prefix { $0 != "?" }.hasSuffix("index.html")
        if negotiated {
            for code in ContentNegotiation.languages(headers.first(name: "accept-language")) {
                if let page = folder.file(at: "index.\(code).html") {
                    (relative, file) = ("index.\(code).html", page)
                    break
                }
            }
        }
        let form = ContentNegotiation.acceptsGzip(headers.first(name: "accept-encoding")) ? file.gzipped ?? file.plain : file.plain
        if isFresh(file, headers) {
            return FeedAnswer(head: negotiated ? form.notModified.varying("Accept-Language") : form.notModified, relative: relative)
        }
        return FeedAnswer(
            head: negotiated ? form.ok.varying("Accept-Language") : form.ok, body: isHead ? nil : form.body, relative: relative)
    }

    /// `If-None-Match` decides when present; otherwise `If-Modified-Since` (RFC 9110 §13.2.2).
    private func isFresh(_ file: CachedFile, _ headers: HTTPHeaders) -> Bool {
        if let tags = headers.first(name: "if-none-match") { return file.matches(ifNoneMatch: tags) }
        if let since = headers.first(name: "if-modified-since"), let seconds = HTTPDate.parse(since) {
            return file.identity.modifiedSeconds <= seconds
        }
        return false
    }

    /// A short plain-text answer that no cache keeps.
    static func text(_ status: HTTPResponseStatus, _ message: String, _ extra: [ResponseHead.Field] = []) -> (ResponseHead, ByteBuffer) {
        let body = ByteBuffer(string: message)
        let head = ResponseHead(
            status,
            extra + [
                ResponseHead.Field(name: "Content-Type", value: "text/plain; charset=utf-8"),
                ResponseHead.Field(name: "Cache-Control", value: "no-store"),
                ResponseHead.Field(name: "Content-Length", value: String(body.readableBytes))
            ])
        return (head, body)
    }

    static let (notFound, notFoundBody) = text(.notFound, "Not found.\n")
    static let (methodNotAllowed, methodNotAllowedBody) = text(
        .methodNotAllowed, "Only GET and HEAD are served here.\n", [ResponseHead.Field(name: "Allow", value: "GET, HEAD")])
    static let (badRequest, badRequestBody) = text(.badRequest, "Bad request.\n")

    /// The request path for the log, with a trainer's token shortened so the log does not leak it.
    static func loggedPath(_ target: String, relative: String?) -> String {
        guard let relative, relative.hasPrefix(RequestPath.trainerFolder + "/") else { return target }
        let parts = relative.split(separator: "/")
        return "/\(parts[0])/\(parts[1].prefix(4))…/\(parts[2])"
    }
}
