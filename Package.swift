// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Muster",
    platforms: [.macOS(.v14)],
    targets: [
        // C libraries, each wrapped by exactly one Swift module.
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "CCurlShim",
            dependencies: ["CCurl"],
            path: "Sources/CCurlShim"
        ),

        .target(name: "MusterModel"),

        // --- sandbox block: merge from here ---
        .systemLibrary(
            name: "CMicroHTTPD",
            path: "Sources/CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .target(
            name: "CMicroHTTPDShim",
            dependencies: ["CMicroHTTPD"],
            path: "Sources/CMicroHTTPDShim"
        ),
        .target(name: "MusterHTTPServer", dependencies: ["CMicroHTTPD", "CMicroHTTPDShim"]),
        .target(name: "MusterSandbox", dependencies: ["MusterHTTPServer", "MusterModel"]),
        .executableTarget(name: "muster-sandbox-dev", dependencies: ["MusterSandbox"]),
        .testTarget(
            name: "MusterSandboxTests",
            dependencies: ["MusterSandbox", "MusterHTTPServer", "MusterModel"]
        ),
        // --- sandbox block: merge to here ---
    ],
    swiftLanguageModes: [.v6]
)
