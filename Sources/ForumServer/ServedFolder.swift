#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import NIOConcurrencyHelpers
import NIOCore

/// The folder being served, with the files already read held in memory by file version.
///
/// Each request costs one `stat`: when the file's identity (inode, size, mtime) is the cached one,
/// the cached bytes, gzip form and tag are served. Otherwise the real path is resolved (it must stay
/// inside the folder, so symbolic links cannot lead out), the file is opened once and read through
/// that descriptor: a re-export renaming a new version in mid-request is never mixed with the old one.
public final class ServedFolder: Sendable {
    /// The folder's real path (symbolic links resolved).
    public let root: String
    private let budget: Int
    private let state = NIOLockedValueBox(Cache())

    private struct Cache {
        var files: [String: CachedFile] = [:]
        /// Insertion order, oldest first, for eviction when over budget.
        var order: [String] = []
        var memory = 0
    }

    /// Serves `path` (resolved to its real path); `cacheBytes` bounds the memory the cache holds.
    public init(path: String, cacheBytes: Int = 256 << 20) throws(ServeError) {
        guard let real = realpath(path, nil) else { throw .folderMissing(path) }
        defer { free(real) }
        root = String(cString: real)
        guard FileIdentity.isFolder(root) else { throw .folderMissing(path) }
        budget = cacheBytes
    }

    /// The current version of the file at `relative` (a path from ``RequestPath``), or nil when there is
    /// no such regular file inside the folder.
    func file(at relative: String) -> CachedFile? {
        let full = root + "/" + relative
        guard let identity = FileIdentity(path: full) else {
            forget(relative)
            return nil
        }
        if let cached = state.withLockedValue({ $0.files[relative] }), cached.identity == identity {
            return cached
        }
        guard let loaded = load(full, relative: relative) else {
            forget(relative)
            return nil
        }
        remember(loaded, at: relative)
        return loaded
    }

    /// Reads the file through one descriptor, after checking that its real path is inside the folder.
    private func load(_ full: String, relative: String) -> CachedFile? {
        guard let real = realpath(full, nil) else { return nil }
        let resolved = String(cString: real)
        free(real)
        guard resolved.hasPrefix(root == "/" ? "/" : root + "/") else { return nil }
        let fd = open(resolved, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let identity = FileIdentity(descriptor: fd) else { return nil }
        var buffer = ByteBufferAllocator().buffer(capacity: identity.size)
        while true {
            var count = 0
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 64 << 10) { space in
                count = read(fd, space.baseAddress, space.count)
                return max(count, 0)
            }
            if count == 0 { break }
            if count < 0 {
                guard errno == EINTR else { return nil }
            }
        }
        return CachedFile(path: relative, identity: identity, bytes: buffer)
    }

    private func remember(_ file: CachedFile, at relative: String) {
        guard file.memory <= budget else { return }
        state.withLockedValue { cache in
            if let old = cache.files.updateValue(file, forKey: relative) {
                cache.memory -= old.memory
            } else {
                cache.order.append(relative)
            }
            cache.memory += file.memory
            while cache.memory > budget, let oldest = cache.order.first {
                cache.order.removeFirst()
                cache.memory -= cache.files.removeValue(forKey: oldest)?.memory ?? 0
            }
        }
    }

    private func forget(_ relative: String) {
        state.withLockedValue { cache in
            guard let old = cache.files.removeValue(forKey: relative) else { return }
            cache.memory -= old.memory
            cache.order.removeAll { $0 == relative }
        }
    }
}
