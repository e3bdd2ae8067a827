import Foundation

extension String {
    /// The string followed by spaces up to `width` characters (Foundation's `%-20@` does not pad on Linux).
    func padded(_ width: Int) -> String { padding(toLength: max(width, count), withPad: " ", startingAt: 0) }
}
