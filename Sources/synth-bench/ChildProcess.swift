import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and measures it as a user would see it: wall time from
/// spawn to exit, and the child's peak resident memory (`ru_maxrss` from `wait4`).
///
/// Foundation's `Process` reaps its children itself and hides their resource usage, and
/// `RUSAGE_CHILDREN` keeps the maximum over every child ever waited for; `posix_spawn` and
/// `wait4` give each child's own figure.
struct ChildProcess {
    struct Result {
        var status: Int32
        var seconds: Double
        /// Peak resident set of the child, in kilobytes.
        var maxRSSKilobytes: Int
        /// What the child printed on standard output.
        var output: String
    }

    var executable: String
    var arguments: [String]
    /// Where standard error goes; `nil` keeps this process's (valgrind's report is sent to /dev/null).
    var errorPath: String? = nil

    func run() throws -> Result {
        let outputPath = NSTemporaryDirectory() + "synth-bench-child-\(getpid()).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let errorPath { posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let elapsed = (clock.now - started).seconds
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS are macros; spelled out for Glibc.
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, seconds: elapsed, maxRSSKilobytes: Int(usage.ru_maxrss), output: output)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
