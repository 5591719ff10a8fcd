import IAM

/// `resource-mismatch`: an action matches none of its statement's resources by the catalog's ARN formats.
///
/// `s3:GetObject` on a bucket ARN, `s3:ListBucket` on `bucket/*` and `kms:Decrypt` on an alias
/// ARN all grant nothing, which usually means the intended grant is missing. A statement with
/// `[s3:ListBucket, s3:GetObject]` on `[bucket, bucket/*]` is fine: each action matches one
/// resource. An action that supports no resource type needs `"*"`, or the service-wide wildcard
/// ARN AWS's own examples use (`s3:ListAllMyBuckets` on `arn:aws:s3:::*`, `iam:ListUsers` on
/// `arn:aws:iam::*:*`: an ARN of the action's service whose resource part is only wildcards).
/// Unknown parts of an ARN (unresolved interpolations, policy variables) match anything, so
/// they never cause a finding; wildcard action patterns are not checked.
public struct ResourceMismatchRule: LintRule {
    public static let id = "resource-mismatch"
    public static let summary = "An action matches none of its statement's resources."
    public static let help = """
        None of the statement's Resource values has the ARN shape of a resource type the action supports, \
        so the statement grants (or denies) nothing for that action: for example s3:GetObject on a bucket ARN \
        instead of "bucket/*", or kms:Decrypt on an alias ARN. Actions with no resource types need "*" \
        (or an ARN of their service whose resource part is "*", such as arn:aws:s3:::*).
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard policy.kind != .trust else { return [] }
        var findings: [Finding] = []
        for (statement, actions) in policy.statementsWithActions where !statement.usesNotResource {
            guard let resources = statement.resources, !resources.isEmpty else { continue }
            let arns = statement.resourceARNs
            let single = resources.count == 1 ? resources[0] : nil
            let target = single.map { "does not apply to \(quoted($0))" } ?? "applies to none of the statement's \(resources.count) resources"
            for action in actions {
                guard case .exact(let catalogAction) = action.kind else { continue }
                if catalogAction.supportsResourceLevelPermissions {
                    let formats = catalogAction.formats
                    guard !arns.contains(where: { arn in formats.contains { policy.arnMatches.matches(arn, $0) } }) else { continue }
                    findings.append(Finding(
                        Self.id, .error,
                        "action \(quoted(action.text)) \(target); it applies to \(describe(catalogAction.resourceTypes))",
                        statement: statement, action: action.text, resource: single))
                } else if arns.allSatisfy({ !$0.isStar && !$0.hasUnknownPart && !$0.isServiceWide(catalogAction.service) }) {
                    findings.append(Finding(
                        Self.id, .error,
                        "action \(quoted(action.text)) supports no resource-level permissions, so its Resource must be \"*\"",
                        statement: statement, action: action.text, resource: single))
                }
            }
        }
        return findings
    }

    /// `object (arn:${Partition}:s3:::${BucketName}/${ObjectName})`, comma separated.
    private func describe(_ types: [CatalogResourceType]) -> String {
        types.map { "\($0.type) (\($0.format?.text ?? "?"))" }.joined(separator: ", ")
    }
}
