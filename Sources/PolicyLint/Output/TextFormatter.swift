/// Renders findings for a terminal, grouped by file (lint-policy) or by module and address (lint).
///
///     policies/reader.json
///       error wildcard-action statement 0 (s3:*): action "s3:*" uses a wildcard; list the exact actions needed
///
///     module storage, aws_iam_role_policy.reader
///       error resource-mismatch statement Read (s3:GetObject): ...
///       error wildcard-resource statement 1 (xray:PutTraceSegments) [suppressed: X-Ray has no resource-level permissions]: ...
///       error wildcard-resource statement Key (3 actions: kms:Decrypt, kms:Encrypt, kms:GenerateDataKey) [suppressed: ...]
///
///     2 errors, 1 suppressed
///
/// Groups keep the order of their first finding. Colour is off unless asked for; the CLI decides
/// (a terminal, and `NO_COLOR` unset).
public struct TextFormatter: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func format(_ findings: [Finding]) -> String {
        var groups: [(title: String, findings: [Finding])] = []
        var positions: [String: Int] = [:]
        for finding in findings {
            let title = Self.groupTitle(finding)
            if let position = positions[title] {
                groups[position].findings.append(finding)
            } else {
                positions[title] = groups.count
                groups.append((title, [finding]))
            }
        }
        var out = ""
        for group in groups {
            out += paint(group.title, "1") + "\n"
            for line in lines(group.findings) { out += "  " + line + "\n" }
            out += "\n"
        }
        out += FindingSummary(findings).description + "\n"
        return out
    }

    /// `policies/x.json`, `module storage, aws_iam_role_policy.reader`, the file followed by the
    /// module and address in parentheses when all are known, or `policy`.
    static func groupTitle(_ finding: Finding) -> String {
        let parts = [finding.module.map { "module \($0)" }, finding.address].compactMap { $0 }
        if let file = finding.file { return parts.isEmpty ? file : "\(file) (\(parts.joined(separator: ", ")))" }
        return parts.isEmpty ? "policy" : parts.joined(separator: ", ")
    }

    /// One line per finding, except that suppressed findings of one rule on one statement share
    /// a line listing their actions: a reviewed exception reads once, not once per action.
    private func lines(_ findings: [Finding]) -> [String] {
        var lines: [String] = []
        var index = 0
        while index < findings.count {
            let first = findings[index]
            var actions = [first.action].compactMap { $0 }
            var next = index + 1
            while first.isSuppressed, next < findings.count, findings[next].isSuppressed, findings[next].rule == first.rule,
                  findings[next].statement == first.statement, findings[next].suppressed == first.suppressed,
                  let action = findings[next].action {
                actions.append(action)
                next += 1
            }
            if next - index > 1 {
                var text = paint(first.severity.rawValue, "2") + " \(first.rule)"
                if let statement = first.statement { text += " statement \(statement)" }
                text += " (\(actions.count) actions: \(actions.joined(separator: ", ")))"
                text += " [suppressed: \(first.suppressed!.reason)]"
                lines.append(text)
            } else {
                lines.append(line(first))
            }
            index = next
        }
        return lines
    }

    private func line(_ finding: Finding) -> String {
        var text = finding.isSuppressed ? paint(finding.severity.rawValue, "2") : paint(finding.severity.rawValue, Self.colorCode(finding.severity))
        text += " \(finding.rule)"
        if let statement = finding.statement { text += " statement \(statement)" }
        if let action = finding.action { text += " (\(action))" }
        if let suppression = finding.suppressed { text += " [suppressed: \(suppression.reason)]" }
        return text + ": " + finding.message
    }

    private static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "34"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
