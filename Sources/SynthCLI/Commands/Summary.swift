import PolicyLint
import Stack

/// The lines printed after a synth: one for the shared modules (with resources per module), one
/// per environment (files written, unchanged and removed), then findings and time.
enum Summary {
    static func lines(synthesis: Synthesis, plan: OutputPlan, elapsed: Duration) -> String {
        var out = ""
        let modules = synthesis.resourceCounts.filter { $0.key.hasPrefix("modules-out/") }.sorted { $0.key < $1.key }
        out += counts("modules-out", plan: plan)
            + "; resources: " + modules.map { "\($0.key.dropFirst("modules-out/".count)) \($0.value)" }.joined(separator: ", ") + "\n"
        // Each environment asked for, then other roots rendered on every run (bootstrap).
        let roots = synthesis.environments.map { "environments/\($0)" }
        for folder in roots + synthesis.ownedFolders.filter({ $0.hasPrefix("environments/") && !roots.contains($0) }) {
            out += counts(folder, plan: plan) + "\n"
        }
        // Typed in steps: as one expression this took the compiler a second to type-check.
        let wholeSeconds: Double = Double(elapsed.components.seconds) * 1000
        let fraction: Double = Double(elapsed.components.attoseconds) / 1e15
        let milliseconds = Int((wholeSeconds + fraction).rounded())
        out += "findings: \(FindingSummary(synthesis.findings).description); \(milliseconds) ms\n"
        return out
    }

    static func counts(_ folder: String, plan: OutputPlan) -> String {
        let inFolder = { (path: String) in path.hasPrefix(folder + "/") }
        let written = plan.changed.filter { inFolder($0.path) }.count
        return "\(folder): \(written) written, \(plan.unchanged.filter(inFolder).count) unchanged, \(plan.stale.filter(inFolder).count) removed"
    }
}
