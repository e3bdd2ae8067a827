/// A dense read-only table compiled once and read by every search state through `base`, so a
/// table of sessions × rooms or sessions × slots is held once however many threads search.
final class SharedTable<Element>: @unchecked Sendable {
    /// The elements; never written after `init`, which is what makes sharing across threads safe.
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ array: [Element]) {
        count = array.count
        base = UnsafeMutablePointer<Element>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { if let b = $0.baseAddress { base.initialize(from: b, count: array.count) } }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(i: Int) -> Element { base[i] }
}
