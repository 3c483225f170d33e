import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The few POSIX file operations the state backend needs, with errors that name the file.
///
/// `replace` never leaves a partial file at its path: it writes a temporary file in the same
/// directory, fsyncs it, renames it over the target and fsyncs the directory, so a reader sees
/// either the old contents or the new, whatever happens in between.
enum FileSystem {
    /// The contents of a file; nil when there is no such file.
    static func read(_ path: String) throws(StateError) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: reason(errno))
        }
        defer { close(descriptor) }

        var contents = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count == 0 { return contents }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .unreadable(path: path, reason: reason(errno)) }
            contents.append(contentsOf: buffer[..<count])
        }
    }

    /// Replaces a file's contents atomically, creating its directory if missing.
    static func replace(_ path: String, with data: Data) throws(StateError) {
        try replace(path) { descriptor throws(StateError) in
            try writeAll(data, to: descriptor, path: path)
        }
    }

    /// Replaces a file atomically with what `fill` writes to the temporary file's descriptor.
    ///
    /// When `fill` or any later step fails, the temporary file is removed and the file at
    /// `path` is as it was.
    static func replace(
        _ path: String, fill: (Int32) throws(StateError) -> Void
    ) throws(StateError) {
        let directory = directory(of: path)
        try makeDirectory(directory)
        let temporary = temporaryPath(for: path)
        do throws(StateError) {
            try writeTemporary(temporary, for: path, fill: fill)
            guard rename(temporary, path) == 0 else {
                throw StateError.unwritable(path: path, reason: reason(errno))
            }
        } catch {
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Creates a file with its whole contents at once, unless one is already there.
    ///
    /// The contents go to a temporary file that is then hard-linked into place; link(2) fails
    /// when the name is taken, so no reader ever sees the file partly written.
    ///
    /// - Returns: False when a file was already at `path`; it is left as it was.
    static func create(_ path: String, with data: Data) throws(StateError) -> Bool {
        let directory = directory(of: path)
        try makeDirectory(directory)
        let temporary = temporaryPath(for: path)
        defer { unlink(temporary) }
        try writeTemporary(temporary, for: path) { descriptor throws(StateError) in
            try writeAll(data, to: descriptor, path: path)
        }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw .unwritable(path: path, reason: reason(errno))
        }
        syncDirectory(directory)
        return true
    }

    /// Removes a file, if there is one.
    static func remove(_ path: String) throws(StateError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .unwritable(path: path, reason: reason(errno))
        }
        syncDirectory(directory(of: path))
    }

    /// Creates a directory and its parents; existing ones are fine.
    static func makeDirectory(_ path: String) throws(StateError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            guard mkdir(prefix, 0o755) == 0 || errno == EEXIST else {
                throw .unwritable(path: path, reason: reason(errno))
            }
            prefix += "/"
        }
    }

    /// Makes a directory's entries (a rename, a new or removed file) durable.
    ///
    /// It is best effort: it runs after the change itself has happened, so failing here would
    /// report as failed a change that took place.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Writes all of `data`, however many write(2) calls it takes.
    static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(StateError) {
        var failure: Int32 = 0
        data.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, start + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    failure = count < 0 ? errno : EIO
                    return
                }
                offset += count
            }
        }
        guard failure == 0 else { throw .unwritable(path: path, reason: reason(failure)) }
    }

    /// The directory a path lies in: `.` for a bare file name.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The system's explanation of an errno value, lowercased to read inside a message.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private static func writeTemporary(
        _ temporary: String, for path: String, fill: (Int32) throws(StateError) -> Void
    ) throws(StateError) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        try fill(descriptor)
        guard fsync(descriptor) == 0 else { throw .unwritable(path: path, reason: reason(errno)) }
    }

    /// A hidden, unique name beside the target, so the rename stays within one file system.
    private static func temporaryPath(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let unique = UUID().uuidString.prefix(8).lowercased()
        return directory(of: path) + "/." + name + "." + unique + ".tmp"
    }
}
