import Foundation

/// Instructions a whole process executes, counted by callgrind (valgrind). Unlike wall time the
/// count hardly moves with the machine's load, so the instruction target is judged on it; a run
/// under callgrind is about 50 times slower than a native one.
enum InstructionCount {
    /// `valgrind` on `PATH`, or `nil` (the instruction target is then skipped).
    static func valgrind() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/valgrind"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The instructions `executable arguments...` executes, from its start to its exit.
    static func measure(valgrind: String, executable: String, arguments: [String], scratch: String) throws -> Int {
        let report = scratch + "/callgrind.out"
        defer { try? FileManager.default.removeItem(atPath: report) }
        let result = try ChildProcess(executable: valgrind,
                                      arguments: ["--tool=callgrind", "--callgrind-out-file=" + report, executable] + arguments,
                                      errorPath: "/dev/null").run()
        guard result.status == 0 else { throw BenchError("callgrind: \(executable) \(arguments.joined(separator: " ")) exited \(result.status)") }
        // The profile's `summary:` (or, in older versions, `totals:`) line is the whole count.
        let text = try String(contentsOfFile: report, encoding: .utf8)
        for line in text.split(separator: "\n").reversed() where line.hasPrefix("summary:") || line.hasPrefix("totals:") {
            if let count = line.split(separator: " ").last.flatMap({ Int($0) }) { return count }
        }
        throw BenchError("callgrind wrote no summary line to \(report)")
    }
}
