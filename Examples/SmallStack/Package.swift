// swift-tools-version:6.0
// Another team's stack, built with synth's SynthDSL library product. The dependency is by path
// here; a team outside this repository would use `.package(url: ..., from: ...)` instead.
import PackageDescription

let package = Package(
    name: "SmallStack",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "synth", path: "../..")],
    targets: [
        // The stack itself; synth's own tests compile this folder too (its SmallStackTests).
        .target(name: "SmallStack", dependencies: [.product(name: "SynthDSL", package: "synth")]),
        .executableTarget(name: "small-stack", dependencies: ["SmallStack", .product(name: "SynthDSL", package: "synth")]),
    ],
    swiftLanguageModes: [.v6]
)
