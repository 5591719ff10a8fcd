/// Renders findings for a terminal, grouped by file (lint-policy) or by module and address (lint).
///
/// Quiet by default: errors come first, then warnings and infos; suppressed findings (reviewed
/// exceptions) are not listed one by one but summarized in one line per rule. With
/// `showSuppressed` they are listed too, after the others, each with its reason.
///
///     policies/reader.json
///       4:5 error wildcard-action statement 0 (s3:*): action "s3:*" uses a wildcard; list the exact actions needed
///
///     modules-out/policies/main.tf.json (module policies, aws_iam_role_policy.chat.policy)
///       error resource-mismatch statement ReadVectors (s3:GetObject) at Sources/Stack/Modules/PoliciesModule.swift:42: ...
///
///     wildcard-resource: 169 suppressed (160 in KMS key policies, 9 in inline role policies); --show-suppressed lists them
///
///     2 errors, 169 suppressed
///
/// Groups keep the order of their first finding. Colour is off unless asked for; the CLI decides
/// (a terminal, and `NO_COLOR` unset).
public struct TextFormatter: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool
    /// Whether to list suppressed findings (`--show-suppressed`) instead of one summary line per rule.
    public var showSuppressed: Bool
    /// Resolves the Swift source of stack findings to package paths.
    public var sourcePaths: SourcePaths

    public init(color: Bool = false, showSuppressed: Bool = false, sourcePaths: SourcePaths = SourcePaths()) {
        self.color = color
        self.showSuppressed = showSuppressed
        self.sourcePaths = sourcePaths
    }

    public func format(_ findings: [Finding]) -> String {
        let active = findings.enumerated().filter { !$0.element.isSuppressed }
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        let suppressed = findings.filter(\.isSuppressed)
        var out = render(groups(active))
        if showSuppressed {
            out += render(groups(suppressed))
        } else if !suppressed.isEmpty {
            for rule in SuppressedSummary(suppressed).rules {
                out += rule.line + "; --show-suppressed lists them\n"
            }
            out += "\n"
        }
        out += FindingSummary(findings).description + "\n"
        return out
    }

    private func groups(_ findings: [Finding]) -> [(title: String, findings: [Finding])] {
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
        return groups
    }

    private func render(_ groups: [(title: String, findings: [Finding])]) -> String {
        var out = ""
        for group in groups {
            out += paint(group.title, "1") + "\n"
            for line in lines(group.findings) { out += "  " + line + "\n" }
            out += "\n"
        }
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
                var text = position(first) + paint(first.severity.rawValue, "2") + " \(first.rule)"
                if let statement = first.statement { text += " statement \(statement)" }
                text += " (\(actions.count) actions: \(actions.joined(separator: ", ")))"
                text += origin(first)
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
        var text = position(finding)
        text += finding.isSuppressed ? paint(finding.severity.rawValue, "2") : paint(finding.severity.rawValue, Self.colorCode(finding.severity))
        text += " \(finding.rule)"
        if let statement = finding.statement { text += " statement \(statement)" }
        if let action = finding.action { text += " (\(action))" }
        text += origin(finding)
        if let suppression = finding.suppressed { text += " [suppressed: \(suppression.reason)]" }
        return text + ": " + finding.message
    }

    /// `4:5 ` before a finding of a policy file.
    private func position(_ finding: Finding) -> String {
        guard let line = finding.line else { return "" }
        return "\(line):\(finding.column ?? 1) "
    }

    /// ` at Sources/Stack/Modules/PoliciesModule.swift:42` for a stack finding.
    private func origin(_ finding: Finding) -> String {
        guard let source = finding.source else { return "" }
        return " at \(sourcePaths.path(of: source)):\(source.line)"
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
