import Foundation

/// Figures other commands measured and recorded, read back for their targets: a cold build or a
/// whole `.ci/run` takes minutes, so `make bench` reports the latest recorded run rather than
/// repeating it. Both records live in the CI cache folder, outside any clone.
enum Records {
    /// `${XDG_CACHE_HOME:-~/.cache}/synth-ci`, where `.ci/run` and `.ci/cold-builds` append.
    static var folder: String {
        let base = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? NSHomeDirectory() + "/.cache"
        return base + "/synth-ci"
    }

    /// The last line of `name` in ``folder``, split at tabs; `nil` when there is none.
    static func lastLine(of name: String) -> [String]? {
        guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").last.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// One `.ci/run` that passed, as `.ci/run` appends it to `ci-runs.tsv`.
    struct CIRun {
        var date: String
        var commit: String
        var seconds: Int
        /// Whether the Python tools' virtual environments were already cached (a second run).
        var venvsCached: Bool
        /// `name=seconds` per stage, in order.
        var stages: [(name: String, seconds: Int)]

        static func latest() -> CIRun? {
            guard let fields = lastLine(of: "ci-runs.tsv"), fields.count >= 5, let seconds = Int(fields[2]) else { return nil }
            let stages = fields[4].split(separator: ";").compactMap { entry -> (String, Int)? in
                guard let equals = entry.lastIndex(of: "="), let seconds = Int(entry[entry.index(after: equals)...]) else { return nil }
                return (String(entry[..<equals]), seconds)
            }
            return CIRun(date: fields[0], commit: fields[1], seconds: seconds, venvsCached: fields[3] == "cached", stages: stages)
        }
    }

    /// One sitting of `.ci/cold-builds`: the baseline commit and head, each built cold twice.
    struct ColdBuilds {
        var date: String
        var baseline: String
        var head: String
        var baselineSynth: Double
        var headSynth: Double
        var baselineTests: Double
        var headTests: Double
        var load: String

        static func latest() -> ColdBuilds? {
            guard let fields = lastLine(of: "cold-builds.tsv"), fields.count >= 8,
                  let baselineSynth = Double(fields[3]), let headSynth = Double(fields[4]),
                  let baselineTests = Double(fields[5]), let headTests = Double(fields[6]) else { return nil }
            return ColdBuilds(date: fields[0], baseline: fields[1], head: fields[2], baselineSynth: baselineSynth, headSynth: headSynth,
                              baselineTests: baselineTests, headTests: headTests, load: fields[7])
        }
    }
}
