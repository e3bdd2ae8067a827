import ForumModel
import ForumText

/// The score of the schedule and its violated constraints, as the solver's `evaluate` found them.
///
/// The report only shows them: the caller scores the schedule (ForumReports does not depend on the solver).
public struct ReportEvaluation: Hashable, Sendable {
    /// The schedule's score.
    public var score: Score
    /// Every violated constraint, in the order to list them (hard first).
    public var violations: [ReportViolation]

    public init(score: Score, violations: [ReportViolation]) {
        self.score = score
        self.violations = violations
    }
}

/// One violated constraint with its explanation.
public struct ReportViolation: Hashable, Sendable {
    /// The catalogue constraint broken.
    public var constraint: ConstraintID
    /// Its level in this plan.
    public var level: ConstraintLevel
    /// Weighted penalty.
    public var penalty: Int
    /// What is wrong, in words.
    public var message: String
    /// The day it happens, when it is about one day.
    public var date: LocalDate?

    public init(constraint: ConstraintID, level: ConstraintLevel, penalty: Int, message: String, date: LocalDate? = nil) {
        self.constraint = constraint
        self.level = level
        self.penalty = penalty
        self.message = message
        self.date = date
    }
}
