import IAM
import TerraformCore

/// `policy-variable-version`: a policy uses policy variables (`${aws:username}`) but its
/// `Version` is `2008-10-17`, or missing (which IAM reads as `2008-10-17`).
///
/// Under that version IAM takes `${aws:username}` as literal text, so
/// `arn:aws:s3:::home/${aws:username}/*` matches only a folder really named `${aws:username}`.
/// Resource, NotResource and Condition values are checked; one finding per statement.
public struct PolicyVariableVersionRule: LintRule {
    public static let id = "policy-variable-version"
    public static let summary = "Policy variables under a Version that does not support them."
    public static let help = """
        Policy variables such as ${aws:username} or ${aws:PrincipalTag/team} work only with "Version": "2012-10-17". \
        Under "2008-10-17", or with no Version (IAM then assumes 2008-10-17), they are plain text and the statement \
        matches nothing it was meant to. Set "Version": "2012-10-17".
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        let version = policy.document["Version"]
        guard version == nil || version == .string("2008-10-17") else { return [] }
        let under = version == nil ? "without a Version (IAM then assumes \"2008-10-17\")" : "under Version \"2008-10-17\""
        var findings: [Finding] = []
        for statement in policy.statements {
            let values = (statement.resources ?? []) + CrossEnvironmentRule.allStrings(.object(statement.condition))
            guard let variable = values.lazy.compactMap(PolicyVariable.first(in:)).first else { continue }
            findings.append(Finding(Self.id, .error,
                                    "policy variable \(quoted(variable)) is plain text \(under); set \"Version\": \"2012-10-17\"",
                                    statement: statement))
        }
        return findings
    }
}
