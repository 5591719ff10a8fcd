import TerraformCore
import Foundation

/// Times of one benchmark: every measured run after the warm-up, in seconds.
struct Samples {
    var seconds: [Double]

    var min: Double { seconds.min() ?? 0 }
    var max: Double { seconds.max() ?? 0 }
    /// The middle run (the mean of the two middle runs for an even count).
    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `min 12.1 ms  median 12.4 ms  max 13.0 ms  (20 runs)`.
    var summary: String {
        "min \(Format.duration(min))  median \(Format.duration(median))  max \(Format.duration(max))  (\(seconds.count) runs)"
    }
}

/// Our own timing loop: `warmUp` runs that are thrown away (caches, lazy statics, page faults),
/// then `runs` timed runs on the monotonic clock.
///
///     let samples = Stopwatch.measure(warmUp: 2, runs: 20) { try Synthesizer.synthesize(Environments.all) }
///     print(samples.summary)   // min 11.9 ms  median 12.3 ms  max 14.0 ms  (20 runs)
enum Stopwatch {
    static func measure<T>(warmUp: Int, runs: Int, _ body: () throws -> T) rethrows -> Samples {
        for _ in 0..<warmUp { Sink.consume(try body()) }
        // Each run starts with the cores idle: the last run's teardown (released on another
        // thread, as synth does) is waited for outside the timed part.
        waitForBackgroundReleases()
        let clock = ContinuousClock()
        var seconds: [Double] = []
        seconds.reserveCapacity(runs)
        for _ in 0..<runs {
            let started = clock.now
            let result = try body()
            let elapsed = clock.now - started
            Sink.consume(result)
            seconds.append(elapsed.seconds)
            waitForBackgroundReleases()
        }
        return Samples(seconds: seconds)
    }
}

/// Keeps results alive so the optimizer cannot drop the work that made them.
enum Sink {
    nonisolated(unsafe) static var last: Any?
    @inline(never)
    static func consume<T>(_ value: T) { last = value }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Figures as the report prints them.
enum Format {
    static func duration(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }

    /// Decimal megabytes (10^6 bytes) from the kernel's kilobytes, which are KiB (1,024 bytes).
    static func megabytes(kilobytes: Int) -> String { String(format: "%.1f MB", bytes(kilobytes: kilobytes) / 1e6) }

    static func bytes(kilobytes: Int) -> Double { Double(kilobytes) * 1024 }

    /// An instruction count in millions: `48.2 M`.
    static func millions(_ count: Int) -> String { String(format: "%.1f M", Double(count) / 1e6) }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

/// Peak resident memory of this process (`VmHWM` in `/proc/self/status`), in kilobytes.
enum PeakMemory {
    static func ofThisProcess() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}
