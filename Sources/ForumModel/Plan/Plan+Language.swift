extension Plan {
    /// The plan as read in `language`: every text's default (what `title`, `name` … return) is its text
    /// in that language, translations kept, so writers that read the default texts write that language.
    public func inLanguage(_ language: Language) -> Plan {
        var plan = self
        plan.forum.localizedTitle = forum.localizedTitle.defaulting(to: language)
        plan.forum.localizedDescription = forum.localizedDescription?.defaulting(to: language)
        plan.venues = venues.map { venue in
            var venue = venue
            venue.localizedName = venue.localizedName.defaulting(to: language)
            venue.localizedTown = venue.localizedTown?.defaulting(to: language)
            venue.localizedAddress = venue.localizedAddress?.defaulting(to: language)
            venue.rooms = venue.rooms.map { room in
                var room = room
                room.localizedName = room.localizedName.defaulting(to: language)
                return room
            }
            return venue
        }
        plan.trainers = trainers.map { trainer in
            var trainer = trainer
            trainer.localizedName = trainer.localizedName.defaulting(to: language)
            return trainer
        }
        plan.groups = groups.map { group in
            var group = group
            group.localizedName = group.localizedName.defaulting(to: language)
            return group
        }
        plan.sessions = sessions.map { session in
            var session = session
            session.localizedTitle = session.localizedTitle.defaulting(to: language)
            session.localizedDescription = session.localizedDescription?.defaulting(to: language)
            session.localizedNotes = session.localizedNotes?.defaulting(to: language)
            return session
        }
        return plan
    }
}
