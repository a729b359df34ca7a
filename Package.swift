// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .executable(name: "gazette-bench", targets: ["gazette-bench"]),
        .library(name: "GazetteCore", targets: ["GazetteCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // A C hint the Swift standard library lacks: software prefetch, for the index build.
        .systemLibrary(name: "CPrefetch"),
        .target(name: "GazetteCore", dependencies: ["CPrefetch"]),
        .target(name: "GazetteUI", dependencies: ["GazetteCore"]),
        .systemLibrary(
            name: "CNCursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "GazetteTerminal", dependencies: ["GazetteUI", "CNCursesw"]),
        .target(
            name: "GazetteConfig",
            dependencies: ["GazetteUI", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteCore", "GazetteUI", "GazetteTerminal", "GazetteConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gazette-bench",
            dependencies: [
                "GazetteCore", "GazetteUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GazetteCoreTests", dependencies: ["GazetteCore"]),
        .testTarget(name: "GazetteUITests", dependencies: ["GazetteUI", "GazetteCore"], exclude: ["Snapshots"]),
        .testTarget(name: "GazetteConfigTests", dependencies: ["GazetteConfig", "GazetteUI"]),
        .testTarget(
            name: "GazetteEndToEndTests",
            dependencies: ["gazette", "gazette-bench", "GazetteCore"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
