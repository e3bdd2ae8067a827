import Foundation

/// A time bound that tells a hang from slow work: `seconds`, stretched by the `TEST_TIME_SCALE`
/// environment variable (e.g. 4 under sanitizers, which slow everything down several times).
public func hangBound(seconds: Int) -> Duration {
    let scale = ProcessInfo.processInfo.environment["TEST_TIME_SCALE"].flatMap(Int.init) ?? 1
    return .seconds(seconds * max(1, scale))
}
