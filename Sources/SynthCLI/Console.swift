/// Where a command prints, and what it knows of its terminal; tests pass one that records.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Whether standard output is a terminal (colour is used only then, and never with NO_COLOR).
    public var isTerminal: Bool
    public var environment: [String: String]
    /// The folder relative paths are read from and `--out` defaults to.
    public var workingDirectory: String

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                isTerminal: Bool, environment: [String: String], workingDirectory: String) {
        self.out = out
        self.err = err
        self.isTerminal = isTerminal
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// Colour only on a terminal and never when NO_COLOR is set.
    public var useColor: Bool { isTerminal && environment["NO_COLOR"] == nil }
}
