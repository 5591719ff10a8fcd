import Foundation

/// The command line of `synth-bench`.
struct BenchOptions {
    var runs = 20
    var tenantCounts = [10, 100, 1000, 5000]
    /// The `synth` binary measured as a process; by default the one beside `synth-bench`.
    var synthPath: String
    /// This binary, for the one-shot children that measure peak memory.
    var benchPath: String
    /// `--child-tenants T`: synthesize T tenants once and exit (run by the parent for peak memory).
    var childTenants: Int?

    static let usage = """
    USAGE: synth-bench [--runs N] [--tenants 10,100,1000,5000] [--synth PATH]

    Times synth as a process (and counts its instructions with callgrind when valgrind is on
    PATH), in memory and in process, lint-policy over 2,000 generated policies in one call, and
    the stack scaled to T tenants; prints min/median/max, peak memory, and PASS/MISS against the
    targets of issue 16. Build with -c release --static-swift-stdlib first (make bench).
    """

    init(_ arguments: [String]) throws {
        benchPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        synthPath = URL(fileURLWithPath: benchPath).deletingLastPathComponent().appendingPathComponent("synth").path
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value\n\(Self.usage)") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--runs":
                guard let runs = Int(try value()), runs > 0 else { throw BenchError("--runs needs a positive number") }
                self.runs = runs
            case "--tenants":
                tenantCounts = try value().split(separator: ",").map {
                    guard let count = Int($0), count >= 0 else { throw BenchError("--tenants needs numbers such as 10,100") }
                    return count
                }
            case "--synth": synthPath = try value()
            case "--child-tenants":
                guard let count = Int(try value()) else { throw BenchError("--child-tenants needs a number") }
                childTenants = count
            case "-h", "--help": throw BenchError(Self.usage)
            default: throw BenchError("unknown option \(arguments[index])\n\(Self.usage)")
            }
            index += 1
        }
    }
}
