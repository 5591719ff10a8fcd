/// One file of a package: its path inside the archive (`/`-separated, relative), its bytes and
/// whether it is executable. Nothing else about the file reaches the archive.
public struct ZipEntry: Sendable, Hashable {
    public var path: String
    public var contents: [UInt8]
    public var isExecutable: Bool

    public init(path: String, contents: [UInt8], isExecutable: Bool = false) {
        self.path = path
        self.contents = contents
        self.isExecutable = isExecutable
    }

    /// The Unix mode stored for it: a regular file, `0644`, or `0755` when executable.
    public var mode: UInt32 { 0o100000 | (isExecutable ? 0o755 : 0o644) }
}
