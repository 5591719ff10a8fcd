/// One file a generator writes: a path relative to the package root and its full contents.
///
/// Generators return these instead of writing, so the same code serves `synth-codegen` (which
/// writes them) and the tests that prove the committed files are current (which compare them).
public struct GeneratedFile: Sendable, Hashable {
    /// Path relative to the package root, for example `Sources/AWSResources/Generated/S3Bucket.swift`.
    public var path: String
    /// The complete file contents, ending with a newline.
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
