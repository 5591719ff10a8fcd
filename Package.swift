// swift-tools-version:6.0
// synth: a Swift DSL for a serverless RAG platform on AWS, rendered to Terraform JSON.
// Layers (each depends only on the ones above it) follow ../shared/DESIGN.md.
import PackageDescription

let package = Package(
    name: "synth",
    platforms: [.macOS(.v13)],
    products: [
        // The reusable layers, for another team's stack (see Examples/SmallStack): the core,
        // the typed AWS resources, IAM documents, the policy linter and the L2 constructs.
        .library(name: "SynthDSL", targets: ["TerraformCore", "AWSResources", "IAM", "PolicyLint", "Constructs"]),
        .executable(name: "synth", targets: ["synth"]),
        .executable(name: "synth-codegen", targets: ["synth-codegen"]),
    ],
    targets: [
        // 1. JSON model, canonical writer, expressions, blocks, modules.
        .target(name: "TerraformCore", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        // 2. Typed AWS resources generated from the provider schema subset.
        .target(
            name: "AWSResources",
            dependencies: ["TerraformCore"],
            exclude: ["Schema"]
        ),
        // 3. IAM policy documents as values, typed actions generated from the IAM catalog.
        .target(name: "IAM", dependencies: ["TerraformCore"]),
        // 4. The least-privilege policy linter and its catalog.
        .target(
            name: "PolicyLint",
            dependencies: ["TerraformCore", "IAM"],
            exclude: ["Catalog/iam-catalog.json", "Catalog/README.md", "Catalog/refresh-catalog.py"]
        ),
        // 5. L2 constructs with secure defaults and least-privilege grants.
        .target(name: "Constructs", dependencies: ["TerraformCore", "AWSResources", "IAM", "PolicyLint"]),
        // 6. The RAG platform: modules and the five environments.
        .target(name: "Stack", dependencies: ["TerraformCore", "AWSResources", "IAM", "PolicyLint", "Constructs"]),
        // 7. What reviewers and operators read: the semantic diff, the resource graph, the settings
        //    matrix, the cost report and the pipeline workflow, rendered from the stack.
        .target(name: "Review", dependencies: ["TerraformCore", "Stack"]),
        // Deterministic zip archives for Lambda packages (`synth package`); Foundation only.
        .target(name: "Packaging"),
        // 8. The command line, as a library so tests can run it in-process: parses, dispatches, prints.
        .target(name: "SynthCLI", dependencies: ["TerraformCore", "IAM", "PolicyLint", "Stack", "Review", "Packaging"]),
        .executableTarget(name: "synth", dependencies: ["SynthCLI", "TerraformCore"]),

        // Code generation: provider schema -> Swift (AWSResources), IAM catalog -> Swift (IAM).
        .target(name: "SchemaCodegen", dependencies: ["TerraformCore"]),
        .executableTarget(name: "synth-codegen", dependencies: ["SchemaCodegen"]),
        .executableTarget(name: "synth-bench", dependencies: ["Stack", "SynthCLI", "PolicyLint", "Constructs", "AWSResources", "IAM", "TerraformCore", "SynthTestSupport"]),

        // The example package's stack, compiled here too so a test checks the example's output
        // (a package cannot depend on its own example, which depends on it).
        .target(name: "SmallStackExample", dependencies: ["TerraformCore", "AWSResources", "IAM", "PolicyLint", "Constructs"],
                path: "Examples/SmallStack/Sources/SmallStack"),
        // Golden-file helpers and the seeded generator shared by the tests and the benchmark corpus.
        .target(name: "SynthTestSupport", dependencies: ["TerraformCore"], path: "Tests/SynthTestSupport"),
        .testTarget(name: "TerraformCoreTests", dependencies: ["TerraformCore", "SynthTestSupport"]),
        .testTarget(name: "AWSResourcesTests", dependencies: ["AWSResources", "SchemaCodegen", "SynthTestSupport"]),
        .testTarget(name: "IAMTests", dependencies: ["IAM", "SynthTestSupport"]),
        .testTarget(name: "PolicyLintTests", dependencies: ["PolicyLint", "IAM", "SchemaCodegen", "SynthTestSupport"]),
        .testTarget(name: "ConstructsTests", dependencies: ["Constructs", "PolicyLint", "IAM", "AWSResources", "TerraformCore"]),
        .testTarget(name: "SmallStackTests", dependencies: ["SmallStackExample", "PolicyLint", "SynthTestSupport"]),
        .testTarget(name: "StackTests", dependencies: ["Stack", "Constructs", "SynthTestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Stack", "TerraformCore", "SynthTestSupport"]),
        .testTarget(name: "PackagingTests", dependencies: ["Packaging"]),
        .testTarget(name: "CLITests", dependencies: ["SynthCLI", "Review", "Packaging", "Stack", "Constructs", "PolicyLint", "TerraformCore", "SynthTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds reach type metadata through accessor functions rather than mangled type names:
// resolving a mangled name at run time scans every protocol conformance in the binary (several
// thousand with the static Swift runtime and Foundation) for each generic type first used, which
// was a quarter of `synth --all`'s instructions. Debug builds keep the default (smaller objects).
for target in package.targets where target.type != .test {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
    ]
}
