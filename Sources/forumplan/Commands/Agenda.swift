import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumReports

extension ForumPlan {
    /// `forumplan agenda PLAN SCHEDULE --trainer ID`: one trainer's, group's or room's timetable.
    struct Agenda: ParsableCommand {
        /// Output formats of the agenda.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv, ics
        }

        static let configuration = CommandConfiguration(
            abstract: "Show the timetable of one trainer, group or room.",
            discussion: """
                Prints, day by day, the time, session, room, venue, (co-)trainers, groups and expected size \
                of every occurrence that concerns the trainer, group or room. Times are wall-clock times in \
                the forum's time zone. --format ics prints an iCalendar file with the same UIDs as the \
                published feeds (SEQUENCE 0, DTSTAMP now). Text and .ics labels are in the language of --lang; \
                json and csv keep plan texts and ISO dates.

                Exit status: 0 shown, 2 bad plan, schedule, id or usage, 3 internal error.

                Examples:
                  forumplan agenda plan.yaml schedule.yaml --trainer abisheva
                  forumplan agenda plan.yaml schedule.yaml --group directors --format csv > directors.csv
                  forumplan agenda plan.yaml schedule.yaml --room assembly-hall --format ics > hall.ics
                  forumplan agenda plan.yaml schedule.yaml --trainer abisheva --lang kk

                JSON output (stdout): {"subject": {"kind", "id", "name"}, "forum", "time_zone", "rows": \
                [{"occurrence", "session", "title", "kind", "date", "start", "end", "room", "room_name", \
                "venue", "trainers", "groups", "size"}]}; for a trainer, "trainers" lists the co-trainers.
                CSV columns: date,start,end,occurrence,session,title,kind,room,room_name,venue,trainers,groups,size.
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Argument(help: "The schedule file written by 'forumplan solve'.")
        var schedule: String

        @Option(help: "Show this trainer's agenda.")
        var trainer: String?

        @Option(help: "Show this participant group's agenda.")
        var group: String?

        @Option(help: "Show this room's agenda.")
        var room: String?

        @Option(help: "Output format: text, json, csv or ics.")
        var format: Format = .text

        @OptionGroup var lang: LanguageOption

        func validate() throws {
            guard [trainer, group, room].compactMap({ $0 }).count == 1 else {
                throw ValidationError("Please give exactly one of '--trainer ID', '--group ID' or '--room ID'.")
            }
        }

        func run() throws {
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            let schedule = try ScheduleFile.read(contentsOf: URL(fileURLWithPath: self.schedule))
            let language = lang.resolved(for: document.plan)
            let subject: AgendaSubject = trainer.map(AgendaSubject.trainer) ?? group.map(AgendaSubject.group) ?? .room(room ?? "")
            let agenda: ForumReports.Agenda
            do {
                agenda = try ForumReports.Agenda(plan: document.plan.inLanguage(language), schedule: schedule, subject: subject)
            } catch {
                printError(error.description)
                throw ExitStatus.badInput
            }
            switch format {
            case .text: print(agenda.text(language: language), terminator: "")
            case .json: print(agenda.json(), terminator: "")
            case .csv: print(agenda.csv(), terminator: "")
            case .ics:
                do {
                    let text = try FeedExporter.calendar(
                        plan: document.plan, schedule: schedule, occurrences: agenda.occurrences,
                        title: "\(document.plan.forum.localizedTitle.text(in: language)): \(agenda.name)", language: language, now: Date())
                    print(text, terminator: "")
                } catch let error as ExportError {
                    printError(error.description)
                    if case .calendar = error { throw ExitStatus.internalError }
                    throw ExitStatus.badInput
                }
            }
        }
    }
}
