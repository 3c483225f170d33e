import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves and loads the sandbox state as one JSON file, atomically.
///
/// A save writes a temporary file beside the target, syncs it, renames it over the target and
/// syncs the directory, so after a crash the file holds either the old state or the new one,
/// never a mix.
struct StateFile: Sendable {
    let directory: String

    var path: String { directory + "/sandbox-state.json" }

    /// The saved world, or nil when none has been saved yet.
    func load() throws(SandboxError) -> SandboxWorld? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .stateUnreadable(path: path, reason: "cannot read")
        }
        do {
            return try JSONDecoder().decode(SandboxWorld.self, from: data)
        } catch {
            throw .stateUnreadable(path: path, reason: "\(error)")
        }
    }

    /// Replaces the saved world.
    func save(_ world: SandboxWorld) throws(SandboxError) {
        let bytes = (try? JSONCoding.encoder.encode(world)) ?? Data()
        try createDirectory()
        let temporary = path + ".tmp"
        try writeFile(bytes, to: temporary)
        guard rename(temporary, path) == 0 else {
            throw .stateWriteFailed(path: path, errno: errno)
        }
        try syncDirectory()
    }

    private func createDirectory() throws(SandboxError) {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .stateWriteFailed(path: directory, errno: EIO)
        }
    }

    private func writeFile(_ bytes: Data, to file: String) throws(SandboxError) {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .stateWriteFailed(path: file, errno: errno) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            var offset = 0
            while offset < raw.count {
                let count = write(descriptor, base + offset, raw.count - offset)
                guard count > 0 else { return -1 }
                offset += count
            }
            return offset
        }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw .stateWriteFailed(path: file, errno: errno)
        }
    }

    private func syncDirectory() throws(SandboxError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .stateWriteFailed(path: directory, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .stateWriteFailed(path: directory, errno: errno) }
    }
}
