import Foundation
import Stack
import SynthCLI

/// The benchmarks `make bench` runs, each printed as one line with min/median/max, and the
/// targets of issue 16 (``Targets``) printed with PASS, MISS or SKIP. Times are judged on the
/// median, memory on the largest peak seen, instructions on the median of three counts.
struct Benchmarks {
    var options: BenchOptions
    let scratch: String
    let corpusDirectory: String
    var verdicts: [Verdict] = []

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
    var lintProcess: (samples: Samples, maxRSS: Int, findings: Int)?
    var corpus: PolicyCorpus.Summary?
    var lintArguments: [String] { ["lint-policy", "--env", "prod", "--format", "json"] + (corpus?.files ?? []) }
    var spawnFloorKilobytes = 0
    var synthBuilt: Bool { FileManager.default.isExecutableFile(atPath: options.synthPath) }

    mutating func run() throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        print(header())
        spawnFloorKilobytes = PeakMemory.ofThisProcess() ?? 0
        corpus = try PolicyCorpus(count: Targets.lintPolicies).write(into: corpusDirectory)
        if synthBuilt {
            synthProcess = try measureSynthProcess()
            lintProcess = try measureLintProcess()
        }
        try wholeProcess()
        try inMemory()
        try lintPolicy()
        try scaledStack()
        recordedRuns()
        print("\ntargets (issue 16): \(verdicts.filter { $0.met == true }.count) of \(verdicts.count) met")
        for verdict in verdicts { print(verdict.line) }
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

    // MARK: 1. synth --all as a process

    func measureSynthProcess() throws -> (samples: Samples, maxRSS: Int) {
        var maxRSS = 0
        var counter = 0
        let samples = try Stopwatch.measure(warmUp: 3, runs: options.runs) {
            counter += 1
            let result = try ChildProcess(executable: options.synthPath,
                                          arguments: ["--all", "-q", "--out", "\(scratch)/process-\(counter)"]).run()
            guard result.status == 0 else { throw BenchError("\(options.synthPath) --all exited \(result.status)") }
            maxRSS = max(maxRSS, result.maxRSSKilobytes)
            return result
        }
        return (samples, maxRSS)
    }

    mutating func wholeProcess() throws {
        print("\n1. synth --all as a process (every environment, the bootstrap root and every shared module; model, lint, render, atomic write)")
        guard synthBuilt, let (samples, maxRSS) = synthProcess else {
            print("  \(options.synthPath) not found; build it with: swift build -c release --static-swift-stdlib --product synth")
            verdicts.append(Verdict(met: nil, text: "synth --all as a process: \(options.synthPath) not built"))
            return
        }
        line("wall time", samples.summary)
        line("peak memory", Format.megabytes(kilobytes: maxRSS),
             "(ru_maxrss; a child cannot be below this process's \(Format.megabytes(kilobytes: spawnFloorKilobytes)) at spawn)")
        verdicts.append(Verdict(met: samples.median < Targets.synthSeconds,
                                text: "synth --all: \(Format.duration(samples.median)) median wall (< \(Format.duration(Targets.synthSeconds)))"))

        guard let valgrind = InstructionCount.valgrind() else {
            line("instructions", "valgrind not found; install it to count instructions")
            verdicts.append(Verdict(met: nil, text: "synth --all instructions: valgrind not found (≤ \(Format.millions(Targets.synthInstructions)))"))
            return
        }
        var counts: [Int] = []
        for run in 0..<3 {
            counts.append(try InstructionCount.measure(valgrind: valgrind, executable: options.synthPath,
                                                       arguments: ["--all", "-q", "--out", "\(scratch)/callgrind-\(run)"], scratch: scratch))
        }
        counts.sort()
        line("instructions (callgrind)", "min \(Format.millions(counts[0]))  median \(Format.millions(counts[1]))  max \(Format.millions(counts[2]))  (3 runs)")
        verdicts.append(Verdict(met: counts[1] <= Targets.synthInstructions,
                                text: "synth --all: \(Format.millions(counts[1])) instructions (≤ \(Format.millions(Targets.synthInstructions)))"))
    }

    // MARK: 2. In memory and in process (for comparison; no targets)

    mutating func inMemory() throws {
        print("\n2. the same in memory (\(Environments.names.joined(separator: ", ")) and the shared modules)")
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
        let findings = synthesis?.findings.count ?? 0
        line("model + lint + render", inMemory.summary,
             "\(files.count) files, \(bytes / 1024) KiB, \(resources) resources, \(findings) findings")

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
        line("in process: synth --all (empty folder)", written.summary)
        let current = "\(scratch)/inproc-1"
        let unchanged = try Stopwatch.measure(warmUp: 1, runs: runs) {
            let status = SynthCommandLine.run(["--all", "--out", current, "-q"], console: console, processID: getpid())
            guard status == 0 else { throw BenchError("synth --all --out \(current) exited \(status)") }
            return status
        }
        line("in process: synth --all (files current)", unchanged.summary)
    }

    // MARK: 3. lint-policy

    func measureLintProcess() throws -> (samples: Samples, maxRSS: Int, findings: Int)? {
        var maxRSS = 0
        var findings = 0
        let samples = try Stopwatch.measure(warmUp: 1, runs: max(3, options.runs / 2)) {
            let result = try ChildProcess(executable: options.synthPath, arguments: lintArguments).run()
            guard result.status == 1 else { throw BenchError("synth lint-policy exited \(result.status); the corpus has error findings, expected 1") }
            maxRSS = max(maxRSS, result.maxRSSKilobytes)
            findings = result.output.components(separatedBy: "\"rule\"").count - 1
            return result
        }
        return (samples, maxRSS, findings)
    }

    mutating func lintPolicy() throws {
        guard let corpus else { return }
        print("\n3. lint-policy over \(corpus.files.count) generated policies in one call (\(corpus.bytes / 1024) KiB, \(corpus.invalidJSON) not valid JSON)")
        if let (samples, maxRSS, findings) = lintProcess {
            line("process: synth lint-policy --format json FILE...", samples.summary,
                 "\(findings) findings, peak \(Format.megabytes(kilobytes: maxRSS))")
            verdicts.append(Verdict(met: samples.median < Targets.lintSeconds,
                                    text: "lint-policy on \(corpus.files.count) policies: \(Format.duration(samples.median)) median wall (< \(Format.duration(Targets.lintSeconds)))"))
        } else {
            verdicts.append(Verdict(met: nil, text: "lint-policy on \(corpus.files.count) policies: \(options.synthPath) not built"))
        }
        let console = Console(out: { _ in }, err: { _ in }, isTerminal: false, environment: [:], workingDirectory: scratch)
        let arguments = lintArguments
        let inProcess = try Stopwatch.measure(warmUp: 1, runs: max(3, options.runs / 2)) {
            let status = SynthCommandLine.run(arguments, console: console)
            guard status == 1 else { throw BenchError("lint-policy exited \(status); the corpus has error findings, expected 1") }
            return status
        }
        line("in process", inProcess.summary, "\(Format.duration(inProcess.median / Double(corpus.files.count))) per policy")
    }

    // MARK: 4. Scaled stack

    mutating func scaledStack() throws {
        print("\n4. scaled stack: the prod platform + T tenants (table, function, log group, role + policy, bucket prefix grant each)")
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
            let times = "\(Format.duration(samples.min)) / \(Format.duration(samples.median)) / \(Format.duration(samples.max))"
            print("  " + Format.padded(String(tenants), 9) + Format.padded(String(result.resources), 11)
                  + Format.padded(String(result.policies), 10) + Format.padded(times, 34)
                  + Format.padded(Format.duration(each), 14) + Format.megabytes(kilobytes: childPeak))
            if tenants == Targets.scaledTenants {
                verdicts.append(Verdict(met: samples.median <= Targets.scaledSeconds,
                                        text: "prod + \(tenants) tenants: \(Format.duration(samples.median)) median (≤ \(Format.duration(Targets.scaledSeconds)))"))
                verdicts.append(Verdict(met: Format.bytes(kilobytes: childPeak) <= Double(Targets.scaledMegabytes) * 1e6,
                                        text: "prod + \(tenants) tenants: \(Format.megabytes(kilobytes: childPeak)) peak (≤ \(Targets.scaledMegabytes) MB)"))
            }
        }
        let small = Targets.baselineTenants, large = Targets.scaledTenants
        if let low = perResource[small], let high = perResource[large] {
            let ratio = high / low
            print("  time per resource, \(large) vs \(small) tenants: \(String(format: "%.2f", ratio))×")
            verdicts.append(Verdict(met: ratio <= Targets.perResourceRatio,
                                    text: "time per resource, \(small) → \(large) tenants: \(String(format: "%.2f", ratio))× (≤ \(Targets.perResourceRatio)×)"))
        }
        if perResource[large] == nil {
            verdicts.append(Verdict(met: nil, text: "prod + \(large) tenants: not measured (add it to --tenants)"))
        }
    }

    // MARK: 5. Recorded: cold builds and CI

    /// Cold builds and `.ci/run` take minutes each: their latest recorded runs are judged here
    /// (see ``Records``); `make bench-builds` and `make ci` record new ones.
    mutating func recordedRuns() {
        print("\n5. recorded in \(Records.folder): cold first builds (make bench-builds) and the last passing .ci/run (make ci)")
        if let builds = Records.ColdBuilds.latest() {
            print("  cold builds on \(builds.date), baseline \(builds.baseline) vs head \(builds.head), load average \(builds.load)")
            for (label, then, now) in [("swift build --product synth", builds.baselineSynth, builds.headSynth),
                                       ("swift build --build-tests", builds.baselineTests, builds.headTests)] {
                let faster = 1 - now / then
                let percent = Int((abs(faster) * 100).rounded())
                line(label, "\(Self.seconds(then)) -> \(Self.seconds(now))", "(\(percent)% \(faster >= 0 ? "faster" : "slower"))")
                verdicts.append(Verdict(met: now <= then * Targets.coldBuildFraction,
                                        text: "cold \(label): \(Self.seconds(now)) vs \(Self.seconds(then)) at \(builds.baseline) (≥ \(Int(((1 - Targets.coldBuildFraction) * 100).rounded()))% faster)"))
            }
        } else {
            print("  no cold builds recorded: run make bench-builds (about 10 minutes)")
            verdicts.append(Verdict(met: nil, text: "cold builds: not recorded (make bench-builds)"))
        }
        if let run = Records.CIRun.latest() {
            print("  .ci/run on \(run.date) at \(run.commit): \(run.seconds) s, virtual environments \(run.venvsCached ? "cached" : "created")")
            for stage in run.stages { line("  " + stage.name, "\(stage.seconds) s") }
            verdicts.append(Verdict(met: run.venvsCached ? run.seconds <= Int(Targets.ciSeconds) : nil,
                                    text: ".ci/run: \(run.seconds) s\(run.venvsCached ? "" : " (a first run: venvs created)") (≤ \(Int(Targets.ciSeconds)) s, 60% of 12.6 min)"))
        } else {
            print("  no .ci/run recorded: run make ci")
            verdicts.append(Verdict(met: nil, text: ".ci/run: not recorded (make ci)"))
        }
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}
