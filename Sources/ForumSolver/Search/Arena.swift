/// Owns the raw buffers of one search state and frees them together.
///
/// Buffers are plain `UnsafeMutablePointer`s so the hot loop has no bounds checks, no
/// copy-on-write checks and no reference counting.
final class Arena {
    private var blocks: [UnsafeMutableRawPointer] = []

    /// A zero-filled (or `value`-filled) buffer of `count` elements.
    func make<T>(_ count: Int, _ value: T) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
        p.initialize(repeating: value, count: max(1, count))
        blocks.append(UnsafeMutableRawPointer(p))
        return p
    }

    /// A buffer holding a copy of `array`.
    func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { if let base = $0.baseAddress { p.initialize(from: base, count: array.count) } }
        blocks.append(UnsafeMutableRawPointer(p))
        return p
    }

    deinit {
        for block in blocks { block.deallocate() }
    }
}
