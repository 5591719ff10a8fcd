/// Where in the Swift sources a statement or policy was declared: the `#fileID` and `#line` of
/// the DSL call, so a lint finding can point at the grant that wrote it.
///
///     SourceLocation(fileID: "Stack/PoliciesModule.swift", line: 42).description   // "Stack/PoliciesModule.swift:42"
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// `Module/File.swift`, as `#fileID` gives it.
    public var fileID: String
    public var line: Int

    public init(fileID: String, line: Int) {
        self.fileID = fileID
        self.line = line
    }

    /// The target, `Stack` in `Stack/PoliciesModule.swift`.
    public var module: String { fileID.split(separator: "/", maxSplits: 1).first.map(String.init) ?? "" }
    /// The file name, `PoliciesModule.swift`.
    public var fileName: String { fileID.split(separator: "/").last.map(String.init) ?? fileID }

    public var description: String { "\(fileID):\(line)" }
}
