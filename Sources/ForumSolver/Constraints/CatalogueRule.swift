import ForumModel

/// One entry of the constraint catalogue as the full scorer sees it: a rule checked on any schedule.
///
/// Each conforming type lives in its own file with the rule in one sentence, the meaning of its
/// penalty units and its explanation wording. The incremental search state must agree with it
/// exactly (checked by `SearchState.checkInvariants`).
protocol CatalogueRule {
    /// The catalogue id.
    static var id: ConstraintID { get }
    /// Every violation in `view`, in penalty units before weighting.
    static func findings(in view: ScheduleView) -> [Finding]
}

/// The catalogue in report order.
var catalogue: [any CatalogueRule.Type] {
    [
        RoomDoubleBooked.self, RoomCapacity.self, RoomFeatures.self, TrainerDoubleBooked.self,
        TrainerUnavailable.self, GroupOverlap.self, OutsideHours.self, TrainerLanguage.self, TrainerSkill.self,
        TrainerCount.self, Precedence.self, Pinned.self, TrainerDailyLoad.self, GroupDailyLoad.self, GroupCompactness.self,
        GroupGaps.self, SpreadOverDays.self, RoomStability.self, TrainerContinuity.self, TimeRegularity.self, VenueChanges.self,
        TrainerPreferences.self,
        LoadBalance.self, LateFinish.self, PopularInLargeRooms.self, Disruption.self
    ]
}
