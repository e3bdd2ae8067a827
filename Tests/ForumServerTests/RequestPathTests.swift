import Testing
@testable import ForumServer

struct RequestPathTests {
    static let token = "0123456789abcdef0123456789abcdef"

    @Test(arguments: [
        ("/", "index.html"), ("/forum.ics", "forum.ics"), ("/groups/directors.ics?x=1", "groups/directors.ics"),
        ("/report/", "report/index.html"), ("/rooms/a%20b.ics", "rooms/a b.ics"),
        ("/trainers/\(token)/abisheva.ics", "trainers/\(token)/abisheva.ics")
    ])
    func servablePaths(target: String, file: String) {
        #expect(RequestPath.resolve(target) == file)
    }

    @Test(arguments: [
        "", "forum.ics", "/../etc/passwd", "/groups/../../x", "/%2e%2e/x", "/groups%2F..%2F..%2Fx", "/a%2Fb.ics",
        "/a%5Cb.ics", "/a%00.ics", "/%zz.ics", "/%ff.ics", "//etc/passwd", "/groups//d.ics", "/./forum.ics",
        "/.forumplan/tokens.json", "/groups/.d.ics.123.tmp", "/trainers/", "/trainers/\(token)/", "/trainers/\(token)",
        "/trainers/0123/abisheva.ics", "/trainers/\(token.uppercased())/abisheva.ics", "/trainers/\(token)/notes.txt",
        "/trainers/\(token)/sub/abisheva.ics"
    ])
    func refusedPaths(target: String) {
        #expect(RequestPath.resolve(target) == nil)
    }

    @Test func trainerTokensAreShortenedInTheLog() {
        let logged = FeedResponder.loggedPath("/trainers/\(Self.token)/abisheva.ics", relative: "trainers/\(Self.token)/abisheva.ics")
        #expect(logged == "/trainers/0123…/abisheva.ics")
        #expect(FeedResponder.loggedPath("/forum.ics", relative: "forum.ics") == "/forum.ics")
    }
}

struct HTTPDateTests {
    @Test func formatsAndParsesIMFFixdate() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse(HTTPDate.format(1_772_323_200)) == 1_772_323_200)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nox 1994 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 28:49:37 GMT") == nil)
    }

    @Test(arguments: [
        ("gzip", true), ("gzip, deflate, br", true), ("deflate, gzip;q=0.5", true), ("x-gzip", true), ("*", true),
        ("br", false), ("gzip;q=0", false), ("gzip; q=0.0, br", false), ("*;q=0", false), ("identity", false)
    ])
    func acceptEncoding(header: String, gzip: Bool) {
        #expect(ContentNegotiation.acceptsGzip(header) == gzip)
    }
}
