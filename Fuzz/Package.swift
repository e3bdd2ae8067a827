// swift-tools-version:6.0
import Foundation
import PackageDescription

/// libFuzzer targets for ForumPlanner's readers; built and run by `make fuzz` with
/// `--sanitize=fuzzer --sanitize=address`. Kept apart from the main package so ordinary builds never need libFuzzer.
///
/// A local package's identity is its folder's name, so it is read from this file's location.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func target(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: products.map { .product(name: $0, package: root) })
}

let package = Package(
    name: "ForumPlannerFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        target("fuzz-plan", ["ForumModel", "ForumSolver"]),
        target("fuzz-calendar", ["ForumModel", "ForumCalendar"]),
        target("fuzz-ctt", ["ForumModel", "ForumCTT"]),
        target("fuzz-schedule", ["ForumModel", "ForumCalendar", "ForumReports"])
    ],
    swiftLanguageModes: [.v6]
)
