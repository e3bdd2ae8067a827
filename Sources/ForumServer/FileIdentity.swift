#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if canImport(CNIOLinux)
    import CNIOLinux // swift-nio's module map owns `struct stat` once NIO is linked (MemberImportVisibility)
#endif

/// Which version of a file is on disk: the exporter replaces files by rename, so a new version is a
/// new inode, and an inode's bytes never change once published.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    /// `S_IFMT`, `S_IFREG` and `S_IFDIR` (the same on Linux and macOS; the C names are ambiguous here).
    private static let typeMask: mode_t = 0o170000, regularFile: mode_t = 0o100000, folder: mode_t = 0o040000

    /// The identity `stat` reports; nil when the file is missing or not a regular file.
    init?(_ info: stat) {
        guard info.st_mode & Self.typeMask == Self.regularFile else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        #if canImport(Darwin)
            modifiedSeconds = Int(info.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
            modifiedSeconds = Int(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
    }

    /// The identity of the file at `path` (following symbolic links).
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of the file open as `descriptor`.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Whether `path` is a folder (following symbolic links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & Self.typeMask == Self.folder
    }
}
