/// Counts of findings for summary lines and exit codes.
public struct FindingSummary: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var suppressed = 0

    /// Counts unsuppressed findings by severity, and suppressed ones apart.
    public init(_ findings: [Finding]) {
        for finding in findings {
            if finding.isSuppressed { suppressed += 1; continue }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// Whether the run should fail (exit 1): an unsuppressed error.
    public var hasBlockingFindings: Bool { errors > 0 }

    /// `2 errors, 1 warning, 1 suppressed`, or `no findings`.
    public var description: String {
        var parts: [String] = []
        if errors > 0 { parts.append(Self.count(errors, "error")) }
        if warnings > 0 { parts.append(Self.count(warnings, "warning")) }
        if infos > 0 { parts.append("\(infos) info") }
        if suppressed > 0 { parts.append("\(suppressed) suppressed") }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
