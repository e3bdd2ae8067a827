import ForumModel
import ForumText

/// The score of the schedule and its violated constraints, as the solver's `evaluate` found them.
///
/// The report only shows them: the caller scores the schedule (ForumReports does not depend on the solver).
public struct ReportEvaluation: Hashable, Sendable {
    /// The schedule's score.
    public var score: Score
    /// Every violated constraint, in the order to list them (hard first).
    public var violations: [Violation]

    public init(score: Score, violations: [Violation]) {
        self.score = score
        self.violations = violations
    }
}
