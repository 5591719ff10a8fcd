import Foundation
import PolicyLint
import Stack
import SynthCLI

/// The benchmarks `make bench` runs, each printed as one line with min/median/max, and the
/// targets of issue "[6/8] Performance" printed with PASS or MISS. Targets are judged on the
/// median (and on the largest peak memory seen).
struct Benchmarks {
    var options: BenchOptions
    let scratch: String
    var verdicts: [(String, Bool)] = []

    init(options: BenchOptions) {
        self.options = options
        scratch = NSTemporaryDirectory() + "synth-bench-\(getpid())"
        corpusDirectory = scratch + "/policies"
    }

    /// Child-process figures, measured before anything else: on Linux a child's `ru_maxrss` is at
    /// least the parent's resident size when it was spawned (`posix_spawn` shares the parent's
    /// memory until `exec`, whose high-water mark the kernel keeps), so children are spawned while
    /// this process is still small, and that floor is printed.
    var synthProcess: (samples: Samples, maxRSS: Int)?
    var lintProcess: (samples: Samples, maxRSS: Int)?
    var corpus: PolicyCorpus.Summary?
    var lintArguments: [String] { ["lint-policy", "--env", "prod", "--format", "json"] + (corpus?.files ?? []) }
    var spawnFloorKilobytes = 0
    let corpusDirectory: String

    mutating func run() throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        print(header())
        spawnFloorKilobytes = PeakMemory.ofThisProcess() ?? 0
        if FileManager.default.isExecutableFile(atPath: options.synthPath) {
            var maxRSS = 0
            var processCounter = 0
            let samples = try Stopwatch.measure(warmUp: 3, runs: options.runs) {
                processCounter += 1
                let result = try ChildProcess(executable: options.synthPath,
                                              arguments: ["--all", "-q", "--out", "\(scratch)/process-\(processCounter)"]).run()
                guard result.status == 0 else { throw BenchError("\(options.synthPath) --all exited \(result.status)") }
                maxRSS = max(maxRSS, result.maxRSSKilobytes)
                return result
            }
            synthProcess = (samples, maxRSS)
            corpus = try PolicyCorpus(count: options.policies).write(into: corpusDirectory)
            var lintRSS = 0
            let lint = try Stopwatch.measure(warmUp: 1, runs: max(3, options.runs / 2)) {
                let result = try ChildProcess(executable: options.synthPath, arguments: lintArguments).run()
                guard result.status == 1 else { throw BenchError("synth lint-policy exited \(result.status)") }
                lintRSS = max(lintRSS, result.maxRSSKilobytes)
                return result
            }
            lintProcess = (lint, lintRSS)
        }
        try fiveEnvironments()
        try lintPolicy()
        try scaledStack()
        print("\ntargets: \(verdicts.filter(\.1).count) of \(verdicts.count) met")
        for (text, met) in verdicts where !met { print("  MISS \(text)") }
    }

    func header() -> String {
        var load = ""
        if let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            load = ", load average \(text.split(separator: " ").prefix(3).joined(separator: " "))"
        }
        return "synth-bench: release build, \(ProcessInfo.processInfo.activeProcessorCount) CPUs\(load)"
    }

    func line(_ label: String, _ figures: String, _ extra: String = "") {
        print("  " + Format.padded(label, 52) + figures + (extra.isEmpty ? "" : "  " + extra))
    }

    mutating func target(_ met: Bool, _ text: String) -> String {
        verdicts.append((text, met))
        return Format.verdict(met, text)
    }

    // MARK: 1. The five environments

    mutating func fiveEnvironments() throws {
        print("\n1. all five environments (\(Environments.names.joined(separator: ", "))) and the shared modules")
        let runs = options.runs
        var synthesis: Synthesis?
        let inMemory = try Stopwatch.measure(warmUp: 3, runs: runs) {
            let result = try Synthesizer.synthesize(Environments.all)
            synthesis = result
            return result.files.count
        }
        let files = synthesis?.files ?? [:]
        let bytes = files.values.reduce(0) { $0 + $1.utf8.count }
        let resources = synthesis?.resourceCounts.values.reduce(0, +) ?? 0
        let policies = synthesis?.findings.count ?? 0
        line("in memory: model + lint + render", inMemory.summary,
             "\(files.count) files, \(bytes / 1024) KiB, \(resources) resources, \(policies) findings")

        let console = Console(out: { _ in }, err: { FileHandle.standardError.write(Data($0.utf8)) }, isTerminal: false,
                              environment: [:], workingDirectory: scratch)
        var counter = 0
        let written = try Stopwatch.measure(warmUp: 3, runs: runs) {
            counter += 1
            let out = "\(scratch)/inproc-\(counter)"
            let status = SynthCommandLine.run(["--all", "--out", out, "-q"], console: console, processID: getpid())
            guard status == 0 else { throw BenchError("synth --all --out \(out) exited \(status)") }
            return status
        }
        line("in process: synth --all -q --out TMP (empty folder)", written.summary)
        let current = "\(scratch)/inproc-1"
        let unchanged = try Stopwatch.measure(warmUp: 1, runs: runs) {
            let status = SynthCommandLine.run(["--all", "--out", current, "-q"], console: console, processID: getpid())
            guard status == 0 else { throw BenchError("synth --all --out \(current) exited \(status)") }
            return status
        }
        line("in process: synth --all -q --out TMP (files current)", unchanged.summary)

        guard FileManager.default.isExecutableFile(atPath: options.synthPath) else {
            print("  process: \(options.synthPath) not found; build it with: swift build -c release --product synth")
            verdicts.append(("synth --all as a process: binary not built", false))
            return
        }
        guard let (process, maxRSS) = synthProcess else { return }
        let timeTarget = target(process.median < 0.050, "< 50 ms")
        let memoryTarget = target(maxRSS < 30 * 1024, "peak < 30 MB")
        line("process: synth --all -q --out TMP", process.summary,
             "\(timeTarget); peak RSS \(Format.megabytes(kilobytes: maxRSS)) \(memoryTarget)")
        print("  (peak RSS of a child is ru_maxrss from wait4; it cannot be below this process's "
              + "\(Format.megabytes(kilobytes: spawnFloorKilobytes)) at spawn)")
    }

    // MARK: 2. lint-policy

    mutating func lintPolicy() throws {
        if corpus == nil { corpus = try PolicyCorpus(count: options.policies).write(into: corpusDirectory) }
        guard let corpus else { return }
        print("\n2. lint-policy over \(corpus.files.count) generated policies (\(corpus.bytes / 1024) KiB, \(corpus.invalidJSON) not valid JSON)")
        let collected = OutputSize()
        let console = Console(out: { collected.add($0) }, err: { _ in }, isTerminal: false, environment: [:], workingDirectory: scratch)
        let arguments = lintArguments
        let inProcess = try Stopwatch.measure(warmUp: 2, runs: options.runs) {
            let status = SynthCommandLine.run(arguments, console: console)
            guard status == 1 else { throw BenchError("lint-policy exited \(status); the corpus has error findings, expected 1") }
            return status
        }
        let findings = PolicyFileLinter(environment: "prod").lint(paths: corpus.files)
        let count = (try? findings.get().count) ?? 0
        line("in process: synth lint-policy --format json", inProcess.summary,
             "\(count) findings, \(Format.duration(inProcess.median / Double(corpus.files.count))) per policy")
        if let (process, maxRSS) = lintProcess {
            line("process: synth lint-policy --format json FILE×\(corpus.files.count)", process.summary, "peak RSS \(Format.megabytes(kilobytes: maxRSS))")
        }
    }

    // MARK: 3. Scaled stack

    mutating func scaledStack() throws {
        print("\n3. scaled stack: the prod platform + T tenants (table, function, log group, role + policy, bucket prefix grant each)")
        print("  " + Format.padded("tenants", 9) + Format.padded("resources", 11) + Format.padded("policies", 10)
              + Format.padded("time (min / median / max)", 34) + Format.padded("per resource", 14) + "peak RSS")
        var perResource: [Int: Double] = [:]
        for tenants in options.tenantCounts {
            let runs = tenants >= 1000 ? max(3, options.runs / 4) : max(5, options.runs / 2)
            var result: TenantStack.Result?
            let samples = try Stopwatch.measure(warmUp: 1, runs: runs) {
                let value = try TenantStack(tenants: tenants).synthesize()
                result = value
                return value.bytes
            }
            guard let result else { continue }
            let child = try ChildProcess(executable: options.benchPath, arguments: ["--child-tenants", String(tenants)]).run()
            guard child.status == 0 else { throw BenchError("synth-bench --child-tenants \(tenants) exited \(child.status): \(child.output)") }
            // The child reports its own VmHWM (exact: a fresh address space after exec); ru_maxrss
            // would include this process's size at spawn.
            let childPeak = child.output.split(separator: " ").last.flatMap { Int($0.dropFirst("vmhwm_kb=".count).prefix { $0.isNumber }) }
                ?? child.maxRSSKilobytes
            let each = samples.median / Double(result.resources)
            perResource[tenants] = each
            var notes: [String] = []
            if tenants == 1000 {
                notes.append("time " + target(samples.median < 0.5, "1,000 tenants < 0.5 s"))
                notes.append("memory " + target(childPeak < 100 * 1024, "1,000 tenants < 100 MB"))
            }
            if tenants == 5000 { notes.append("time " + target(samples.median < 2.5, "5,000 tenants < 2.5 s")) }
            let times = "\(Format.duration(samples.min)) / \(Format.duration(samples.median)) / \(Format.duration(samples.max))"
            print("  " + Format.padded(String(tenants), 9) + Format.padded(String(result.resources), 11)
                  + Format.padded(String(result.policies), 10) + Format.padded(times, 34)
                  + Format.padded(Format.duration(each), 14) + Format.padded(Format.megabytes(kilobytes: childPeak), 10)
                  + notes.joined(separator: "; "))
        }
        if let small = perResource[100], let large = perResource[5000] {
            let ratio = large / small
            print("  time per resource, 5,000 vs 100 tenants: \(String(format: "%.2f", ratio))× "
                  + target(ratio <= 2, "within 2× from 100 to 5,000 tenants"))
        }
    }
}

/// What a console printed, counted (the findings text itself is not needed).
final class OutputSize: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = 0
    func add(_ text: String) { lock.withLock { bytes += text.utf8.count } }
}

/// The command line of `synth-bench`.
struct BenchOptions {
    var runs = 20
    var tenantCounts = [10, 100, 1000, 5000]
    /// The `synth` binary measured as a process; by default the one beside `synth-bench`.
    var synthPath: String
    /// This binary, for the one-shot children that measure peak memory.
    var benchPath: String
    /// `--policies N`: how many generated policies the lint-policy benchmark lints.
    var policies = 1000
    /// `--child-tenants T`: synthesize T tenants once and exit (run by the parent for peak memory).
    var childTenants: Int?

    static let usage = """
    USAGE: synth-bench [--runs N] [--tenants 10,100,1000,5000] [--policies N] [--synth PATH]

    Times synth in memory, in process and as a process, lint-policy over N generated policies (1,000 by default),
    and the stack scaled to T tenants; prints min/median/max and PASS/MISS against the targets.
    Build with -c release first (make bench).
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
            case "--policies":
                guard let count = Int(try value()), count > 0 else { throw BenchError("--policies needs a positive number") }
                policies = count
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
