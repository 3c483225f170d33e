/// Where one sandbox service listens.
package struct SandboxEndpoint: Codable, Sendable, Equatable {
    /// `admin`, `slack`, ….
    package var service: String
    package var port: UInt16
    /// The base URL a client of that platform is pointed at, such as `http://127.0.0.1:1/api/`.
    package var url: String
}
