// swift-tools-version:6.0
import PackageDescription

/// One settings list for every target: Swift 6 mode plus the upcoming features we rely on.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "ForumPlanner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "forumplan", targets: ["forumplan"]),
        .library(name: "ForumModel", targets: ["ForumModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .target(
            name: "ForumModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "forumplan",
            dependencies: [
                "ForumModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "ForumReports",
            dependencies: ["ForumModel", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumReportsTests",
            dependencies: ["ForumReports"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ForumModelTests",
            dependencies: ["ForumModel"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
