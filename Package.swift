// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Muster",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "muster", targets: ["muster"])
    ],
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

        // Layers, innermost first.
        .target(name: "MusterDiagnostics"),
        .target(name: "MusterYAML", dependencies: ["CYAML", "MusterDiagnostics"]),
        .target(name: "MusterModel", dependencies: ["MusterDiagnostics"]),
        .target(name: "MusterPlan", dependencies: ["MusterModel", "MusterDiagnostics"]),
        .target(name: "MusterState", dependencies: ["MusterPlan", "MusterDiagnostics"]),
        .target(
            name: "MusterConfig",
            dependencies: ["MusterYAML", "MusterModel", "MusterDiagnostics"]
        ),
        .target(
            name: "MusterCLI",
            dependencies: [
                "MusterConfig", "MusterModel", "MusterDiagnostics", "MusterSandbox", "MusterEngine",
                "MusterPlan",
            ]
        ),
        .target(name: "MusterHTTP", dependencies: ["CCurl", "CCurlShim"]),
        .target(name: "MusterLive", dependencies: ["MusterHTTP", "MusterModel"]),
        .target(
            name: "MusterEngine",
            dependencies: [
                "MusterPlan", "MusterState", "MusterLive", "MusterConfig", "MusterModel",
                "MusterSandbox", "MusterHTTP",
            ]
        ),
        .target(name: "MusterHTTPServer", dependencies: ["CMicroHTTPD", "CMicroHTTPDShim"]),
        .target(name: "MusterSandbox", dependencies: ["MusterHTTPServer", "MusterModel"]),
        .executableTarget(name: "muster", dependencies: ["MusterCLI"]),

        // Benchmarks: `swift run -c release muster-bench`.
        .executableTarget(
            name: "muster-bench",
            dependencies: ["MusterConfig", "MusterYAML"],
            path: "Benchmarks/muster-bench"
        ),
        // `swift run -c release sandbox-seed-bench [MEMBERS]`.
        .executableTarget(
            name: "sandbox-seed-bench",
            dependencies: ["MusterSandbox"],
            path: "Benchmarks/sandbox-seed-bench"
        ),
        // `swift run -c release live-read-bench [MEMBERS]`.
        .executableTarget(
            name: "live-read-bench",
            dependencies: ["MusterLive", "MusterSandbox", "MusterHTTP"],
            path: "Benchmarks/live-read-bench"
        ),
        // `swift run -c release plan-bench [MEMBERS] [GRANTS] [RUNS]`.
        .executableTarget(
            name: "plan-bench",
            dependencies: [
                "MusterEngine", "MusterPlan", "MusterConfig", "MusterModel", "MusterDiagnostics",
                "MusterSandbox", "MusterLive",
            ],
            path: "Benchmarks/plan-bench"
        ),
        // `swift run -c release bindings-bench [MEMBERS] [RUNS]`.
        .executableTarget(
            name: "bindings-bench",
            dependencies: [
                "MusterEngine", "MusterPlan", "MusterConfig", "MusterModel", "MusterDiagnostics",
                "MusterSandbox",
            ],
            path: "Benchmarks/bindings-bench"
        ),
        // `swift run -c release reconcile-bench [INCIDENTS] [RUNS]`.
        .executableTarget(
            name: "reconcile-bench",
            dependencies: [
                "MusterEngine", "MusterPlan", "MusterConfig", "MusterModel", "MusterDiagnostics",
                "MusterSandbox", "MusterLive",
            ],
            path: "Benchmarks/reconcile-bench"
        ),

        // Golden files and fixture paths, shared by the test targets.
        .target(name: "MusterTestSupport", path: "Tests/MusterTestSupport"),
        .testTarget(name: "MusterYAMLTests", dependencies: ["MusterYAML"]),
        .testTarget(name: "MusterModelTests", dependencies: ["MusterModel"]),
        .testTarget(name: "MusterStateTests", dependencies: ["MusterState", "MusterPlan"]),
        .testTarget(
            name: "MusterPlanTests",
            dependencies: [
                "MusterPlan", "MusterConfig", "MusterModel", "MusterDiagnostics",
                "MusterTestSupport",
            ]
        ),
        .testTarget(
            name: "MusterConfigTests",
            dependencies: ["MusterConfig", "MusterModel", "MusterDiagnostics", "MusterTestSupport"]
        ),
        .testTarget(name: "MusterHTTPTests", dependencies: ["MusterHTTP", "MusterHTTPServer"]),
        .testTarget(
            name: "MusterLiveTests",
            dependencies: ["MusterLive", "MusterHTTP", "MusterSandbox"]
        ),
        .testTarget(
            name: "MusterSandboxTests",
            dependencies: ["MusterSandbox", "MusterHTTPServer", "MusterModel"]
        ),
        .testTarget(
            name: "MusterEngineTests",
            dependencies: [
                "MusterEngine", "MusterPlan", "MusterModel", "MusterConfig", "MusterSandbox",
                "MusterLive", "MusterHTTP",
            ]
        ),
        .testTarget(
            name: "MusterCLITests",
            dependencies: [
                "MusterCLI", "MusterTestSupport", "MusterSandbox", "MusterHTTP", "MusterState",
                "MusterPlan",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
