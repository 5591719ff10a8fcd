import Stack

/// Everything a command works with, passed to every command: where it prints, the disk, how
/// the stack is synthesized, the environment registry, and the common options.
///
/// Tests build one with a recording console, a file system that fails on purpose, a synthesis
/// that adds a bad policy, or an environment registry holding an invalid configuration.
public struct CommandContext: Sendable {
    /// Models, lints and renders environments.
    public typealias Synthesize = @Sendable ([EnvironmentConfig]) throws -> Synthesis

    public var console: Console
    public var fileSystem: FileSystem
    public var synthesize: Synthesize
    /// Every environment synth knows, sorted by name (``Environments/all`` outside tests).
    public var environments: [EnvironmentConfig]
    /// Names temporary files, so two processes never share one.
    public var processID: Int32
    /// How long a writer waits for another run's lock on the output folder.
    public var lockTimeout: Duration
    /// `-q`: standard output stays empty (lint still prints error findings).
    public var quiet = false
    /// `--no-color`.
    public var noColor = false

    public init(console: Console, fileSystem: FileSystem = LocalFileSystem(),
                synthesize: @escaping Synthesize = { try Synthesizer.synthesize($0) },
                environments: [EnvironmentConfig] = Environments.all, processID: Int32 = 0,
                lockTimeout: Duration = .seconds(60)) {
        self.console = console
        self.fileSystem = fileSystem
        self.synthesize = synthesize
        self.environments = environments
        self.processID = processID
        self.lockTimeout = lockTimeout
    }

    /// Colour only on a terminal, never with NO_COLOR or `--no-color`.
    public var useColor: Bool { console.useColor && !noColor }

    /// Prints a command's report or summary on standard output, unless `-q`; with `-q` the text
    /// is not even made (a synth summary prices every resource).
    public func out(_ text: @autoclosure () -> String) {
        if !quiet { console.out(text()) }
    }

    /// Prints on standard error, `-q` or not.
    public func err(_ text: String) { console.err(text) }

    /// `path` as an absolute path: relative ones are read from the working directory.
    public func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "." || path.isEmpty { return console.workingDirectory }
        return console.workingDirectory + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }
}
