import ForumModel
import ForumText
import Foundation

/// Options of one feed export.
public struct ExportOptions: Hashable, Sendable {
    /// Cancellation grace and refresh interval.
    public var policy: PublicationPolicy
    /// Public address of the output folder, for absolute `webcal://` links in `index.html`.
    public var baseURL: String?
    /// Trainers whose private-feed token is replaced (their old folder is removed).
    public var revokeTokens: [String]
    /// Path of an HTML timetable in the folder (e.g. `report/index.html`) that `index.html` links to; nil for none.
    public var reportLink: String?
    /// The folder that keeps the publication state; nil for the default beside the output folder
    /// (see ``PublicationState/defaultFolder(for:)``).
    public var stateFolder: URL?
    /// The language of the event texts and of `index.html`.
    public var language: Language

    /// Creates options; the defaults publish in English with relative links, revoke nothing, link no
    /// timetable and keep the state beside the output folder.
    public init(
        policy: PublicationPolicy = PublicationPolicy(), baseURL: String? = nil, revokeTokens: [String] = [],
        reportLink: String? = nil, stateFolder: URL? = nil, language: Language = .en
    ) {
        self.language = language
        self.policy = policy
        self.baseURL = baseURL
        self.revokeTokens = revokeTokens
        self.reportLink = reportLink
        self.stateFolder = stateFolder
    }
}

/// What an export did.
public struct ExportReport: Hashable, Sendable {
    /// Every feed of the plan (public and private).
    public var feeds: [Feed]
    /// Files whose content changed (relative paths, sorted), including `index.html` and state files.
    public var written: [String]
    /// Files already up to date and left untouched.
    public var unchanged: Int
    /// Stale files removed (feeds the plan no longer has, revoked trainer folders).
    public var removed: [String]
    /// The folder that keeps the publication state.
    public var stateFolder: URL
    /// Set when an old `DIR/.forumplan/` was moved out of the published folder: what happened, for the user.
    public var movedStateNote: String?
    /// Events first published now.
    public var added: Int
    /// Events whose time, room or trainers changed (SEQUENCE raised), including reinstated ones.
    public var rescheduled: Int
    /// Events with other visible changes (title, notes).
    public var edited: Int
    /// Events newly published as cancelled.
    public var cancelled: Int
}

/// Publishes a schedule as a folder of iCalendar feeds: see ``export(plan:schedule:to:options:now:)``.
public enum FeedExporter {
    /// Builds every feed of `schedule` in memory, then writes the changed files atomically into `dir`.
    ///
    /// Feeds: `forum.ics`, `groups/<id>.ics`, `sections/<session>-<n>.ics` (split sessions, all runs
    /// of section n), `rooms/<id>.ics`, `venues/<id>.ics`, private `trainers/<token>/<id>.ics`, plus
    /// `index.html`. The publication state (`manifest.json`, `tokens.json`) lives outside `dir`, in
    /// ``ExportOptions/stateFolder`` (see ``PublicationState``, which also moves an old `dir/.forumplan/`
    /// out); see ``PublicationPolicy`` for SEQUENCE, DTSTAMP and cancellation rules. An export with no
    /// change rewrites nothing. `now` is the clock, used only for events that changed.
    /// - Parameter shouldStop: asked between batches of files; when it answers true the export stops with
    ///   ``ExportError/interrupted``: no feed replaced, no temporary file left, the manifest unchanged.
    public static func export(
        plan: Plan, schedule: Schedule, to dir: URL, options: ExportOptions = ExportOptions(), now: Date,
        shouldStop: () -> Bool = { false }
    ) throws -> ExportReport {
        let state = try PublicationState(published: dir, folder: options.stateFolder)
        let note = try state.prepare()
        let built = try build(plan: plan, schedule: schedule, state: state, options: options, now: now)
        var report = try write(built, to: dir, state: state, shouldStop: shouldStop)
        report.movedStateNote = note
        return report
    }

    /// Everything an export will write, computed without touching the folder.
    struct Built {
        var files: [(path: String, data: Data)]
        /// Tokens, then the manifest, in the state folder.
        var state: [(url: URL, data: Data)]
        var removeFolders: [String]
        var oldFiles: [String]
        var feeds: [Feed]
        var changes: PublicationHistory.Changes
    }

    static func build(plan: Plan, schedule: Schedule, state: PublicationState, options: ExportOptions, now: Date) throws -> Built {
        guard schedule.forumID == plan.forum.id else {
            throw ExportError.scheduleMismatch(planForum: plan.forum.id, scheduleForum: schedule.forumID)
        }
        guard LibICal.warmUp(zones: [plan.forum.timeZone]).isEmpty, let zone = ICalTimeZone(named: plan.forum.timeZone) else {
            throw ExportError.unknownTimeZone(plan.forum.timeZone)
        }
        let nowSeconds = Int(now.timeIntervalSince1970.rounded(.down))
        let oldManifest = try PublicationManifest.load(from: state, forum: plan.forum.id)
        var tokens = try TrainerTokens.load(from: state)
        var removeFolders: [String] = []
        for id in options.revokeTokens {
            guard plan.trainers.contains(where: { $0.id == id }) else { throw ExportError.unknownTrainer(id) }
            if let old = tokens.revoke(id), TrainerTokens.isWellFormed(old) { removeFolders.append("trainers/\(old)") }
        }
        tokens.issue(for: plan.trainers.map(\.id))

        let catalog = FeedCatalog(plan: plan, tokens: tokens.tokens, primary: options.language)
        // One event, one UID and one publication record, whatever the language: the snapshot holds
        // the primary language's texts and the others' as translations.
        let content = EventContent(plan: plan, language: options.language)
        let others = catalog.textLanguages.dropFirst().map { EventContent(plan: plan, language: $0) }
        var live: [PublicationHistory.Live] = []
        for a in schedule.assignments {
            guard let session = content.session(a.id), var snapshot = content.snapshot(of: a) else { continue }
            if !others.isEmpty {
                var translations: [String: EventText] = [:]
                for other in others {
                    guard let s = other.snapshot(of: a) else { continue }
                    translations[other.language.rawValue] = EventText(
                        summary: s.summary, description: s.description,
                        location: s.location, people: s.people)
                }
                snapshot.translations = translations
            }
            live.append(
                .init(uid: EventUID.make(forum: plan.forum.id, occurrence: a.id), snapshot: snapshot, feeds: catalog.keys(for: a, session: session)))
        }
        let (manifestWithoutFiles, events, changes) = PublicationHistory.update(
            oldManifest, live: live, now: nowSeconds, policy: options.policy,
            endSeconds: { zone.utcSeconds($0.localDate, minutes: $0.end) })

        var byFeed: [String: [FeedEvent]] = [:]
        for (event, keys) in events {
            for key in keys { byFeed[key, default: []].append(event) }
        }
        let dates = plan.forum.days + events.map(\.event.snapshot.localDate)
        let texts = try FeedRenderer.renderAll(
            catalog.feeds, events: byFeed, zone: plan.forum.timeZone, zoneStart: zoneStart(dates), policy: options.policy)
        var files = zip(catalog.feeds, texts).map { (path: $0.path, data: $1) }
        // One language: `index.html`. Several: `index.<code>.html` each, and `index.html` the default's copy
        // (what `/` serves to a client whose Accept-Language names none of them).
        let multilingual = catalog.languages.count > 1
        for language in catalog.languages {
            let index = FeedIndexPage(
                forumTitle: plan.forum.localizedTitle.text(in: language), days: plan.forum.days,
                feeds: catalog.feeds.filter { $0.language == language }, baseURL: options.baseURL,
                reportLink: options.reportLink, words: Catalogue.of(language),
                switches: multilingual ? catalog.languages.map { ($0, "index.\($0.rawValue).html") } : [])
            let page = Data(index.html().utf8)
            if language == options.language { files.append(("index.html", page)) }
            if multilingual { files.append(("index.\(language.rawValue).html", page)) }
        }
        var manifest = manifestWithoutFiles
        manifest.files = files.map(\.path).sorted()
        let stateFiles = [(state.tokensURL, tokens.encoded()), (state.manifestURL, manifest.encoded())]
        return Built(
            files: files, state: stateFiles, removeFolders: removeFolders, oldFiles: oldManifest.files, feeds: catalog.feeds, changes: changes)
    }

    /// Where VTIMEZONEs start: 31 December 00:00 UTC before the earliest year among `dates` (so local
    /// 1 January is covered in every zone), stable while a forum is re-planned.
    static func zoneStart(_ dates: [LocalDate]) -> Int {
        let first = LocalDate(year: dates.map(\.year).min() ?? 2000, month: 1, day: 1) ?? LocalDate(daysSinceEpoch: 0)
        return (first.daysSinceEpoch - 1) * 86_400
    }

    /// Writes tokens first (so a trainer folder never outlives its token), then feeds and the
    /// index (all flushed before any replaces its old version), then removes stale files, and
    /// writes the manifest last. State files are made owner-only; `written` and `unchanged` count
    /// the published files only.
    private static func write(_ built: Built, to dir: URL, state: PublicationState, shouldStop: () -> Bool) throws -> ExportReport {
        let fm = FileManager.default
        let items =
            [(url: built.state[0].url, data: built.state[0].data)]
            + built.files.map { (url: dir.appendingPathComponent($0.path), data: $0.data) }
        var folders: [String] = []
        for item in items {
            let folder = item.url.deletingLastPathComponent().path
            guard !folders.contains(folder) else { continue }
            folders.append(folder)
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let changed: [Bool]
        do {
            changed = try AtomicFile.writeAll(items, shouldStop: shouldStop)
        } catch is WriteStopped {
            throw ExportError.interrupted
        }
        state.restrict()
        let published = zip(built.files.map(\.path), changed.dropFirst())
        let written = published.filter(\.1).map(\.0)
        let unchanged = built.files.count - written.count

        var removed: [String] = []
        let current = Set(built.files.map(\.path))
        for path in built.oldFiles.sorted() where !current.contains(path) && isSafeRelativePath(path) {
            let url = dir.appendingPathComponent(path)
            if (try? fm.removeItem(at: url)) != nil { removed.append(path) }
            let parent = url.deletingLastPathComponent()
            if parent.path != dir.path, (try? fm.contentsOfDirectory(atPath: parent.path))?.isEmpty == true {
                try? fm.removeItem(at: parent)
            }
        }
        for folder in built.removeFolders where fm.fileExists(atPath: dir.appendingPathComponent(folder).path) {
            try? fm.removeItem(at: dir.appendingPathComponent(folder))
            removed.append(folder + "/")
        }
        try AtomicFile.write(built.state[1].data, to: built.state[1].url)
        state.restrict()
        return ExportReport(
            feeds: built.feeds, written: written.sorted(), unchanged: unchanged, removed: removed,
            stateFolder: state.folder, movedStateNote: nil,
            added: built.changes.added, rescheduled: built.changes.rescheduled, edited: built.changes.edited,
            cancelled: built.changes.cancelled)
    }

    /// A path we wrote ourselves: relative, no `..`, no empty components.
    private static func isSafeRelativePath(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == ".." || $0 == "." }
    }
}
