// swift-tools-version:6.0
import PackageDescription

/// One settings list for every target: Swift 6 mode plus the upcoming features we rely on.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility")
]

let package = Package(
    name: "ForumPlanner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "forumplan", targets: ["forumplan"]),
        .library(name: "ForumModel", targets: ["ForumModel"]),
        .library(name: "ForumSolver", targets: ["ForumSolver"]),
        .executable(name: "forumplan-bench", targets: ["forumplan-bench"]),
        .library(name: "ForumCalendar", targets: ["ForumCalendar"]),
        .library(name: "ForumReports", targets: ["ForumReports"]),
        .library(name: "ForumText", targets: ["ForumText"]),
        .library(name: "ForumCTT", targets: ["ForumCTT"]),
        .library(name: "ForumServer", targets: ["ForumServer"]),
        .executable(name: "ctt-solve", targets: ["ctt-solve"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.30.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2")
    ],
    targets: [
        .target(
            name: "ForumModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumSolver",
            dependencies: ["ForumModel"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "forumplan-bench",
            dependencies: ["ForumModel", "ForumSolver", "ForumCalendar", "ForumCTT"],
            swiftSettings: swiftSettings),
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]),
        // Generated text in kk, ru and en; plural rules from the ICU that Foundation bundles on Linux.
        .target(
            name: "ForumText",
            dependencies: ["ForumModel"],
            swiftSettings: swiftSettings,
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .testTarget(
            name: "ForumTextTests",
            dependencies: ["ForumText", "ForumModel"],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumCalendar",
            dependencies: ["ForumModel", "ForumText", "CLibical"],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumReports",
            dependencies: ["ForumModel", "ForumText", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumSheets",
            dependencies: [
                "ForumModel",
                "ForumReports",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift")
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumSheetsTests",
            dependencies: [
                "ForumSheets", "ForumModel", "ForumReports", "ForumTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "forumcal-bench",
            dependencies: ["ForumModel", "ForumCalendar"],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumServer",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle")
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumServerTests",
            dependencies: [
                "ForumServer", "ForumCalendar", "ForumModel", "ForumTestSupport",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "forumplan",
            dependencies: [
                "ForumModel",
                "ForumSolver",
                "ForumCalendar",
                "ForumReports",
                "ForumServer",
                "ForumSheets",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumCTT",
            dependencies: ["ForumModel"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "ctt-solve",
            dependencies: [
                "ForumModel",
                "ForumSolver",
                "ForumCTT",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumCTTTests",
            dependencies: ["ForumCTT"],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumTestSupport",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumModelTests",
            dependencies: ["ForumModel", "ForumTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumSolverTests",
            dependencies: ["ForumSolver", "ForumModel", "ForumCTT", "ForumCalendar"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumCalendarTests",
            dependencies: ["ForumCalendar", "ForumModel", "CLibical", "ForumTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumReportsTests",
            dependencies: ["ForumReports", "ForumModel"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumHardeningTests",
            dependencies: ["ForumModel", "ForumSolver", "ForumCalendar", "ForumCTT", "ForumReports", "ForumTestSupport"],
            resources: [.copy("Regressions")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "forumplanTests",
            dependencies: ["forumplan", "ctt-solve", "ForumCTT", "ForumModel", "ForumSolver", "ForumTestSupport"],
            swiftSettings: swiftSettings)
    ],
    swiftLanguageModes: [.v6]
)
