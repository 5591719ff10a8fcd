import IAM

/// `wildcard-resource`: an Allow grants an action that supports resource-level permissions on `*`
/// or on an ARN whose partition, service, region, account or whole resource name is a wildcard.
///
/// Actions that support no resource type (`xray:PutTraceSegments`, `logs:DescribeLogGroups`) may
/// use `*`, and unknown actions are left to `unknown-action`. Deny statements are never reported.
/// A resource named by a variable that stands for the caller (`user/${aws:username}`) is the
/// caller's own, so wildcards in its region or account do not widen it.
public struct WildcardResourceRule: LintRule {
    public static let id = "wildcard-resource"
    public static let summary = "An Allow statement grants a scoped action on every resource."
    public static let help = """
        An Allow statement grants an action that supports resource-level permissions on "*", or on an ARN \
        whose partition, service, region, account or whole resource name is a wildcard ("foundation-model/*", \
        "arn:aws:s3:::*/*", "key/*"). A trailing wildcard under a named parent is fine ("bucket/*", \
        "log-group:NAME:*", "table/NAME/index/*"). Name the resources the action needs.
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard policy.kind != .trust else { return [] }
        var findings: [Finding] = []
        for (statement, actions) in policy.statementsWithActions
        where statement.isAllow && !statement.usesNotAction && !statement.usesNotResource {
            for arn in statement.resourceARNs {
                let resource = arn.text
                guard arn.hasWildcard, !PolicyVariable.scopesToCaller(resource) else { continue }
                for action in actions {
                    // `"*"` is every resource of any action that can be scoped: no formats needed.
                    let reach = arn.isStar
                        ? (action.isScoped ? .everyResource : nil)
                        : scopedFormats(action, arn: arn, catalog: policy.catalog).flatMap { ResourceWildcard.classify(arn, formats: $0, matches: policy.arnMatches.matches) }
                    guard let reach else { continue }
                    findings.append(Finding(
                        Self.id, .error,
                        "action \(quoted(action.text)) is allowed on \(quoted(resource)), which \(reach.phrase); name the resources it needs",
                        statement: statement, action: action.text, resource: resource))
                }
            }
        }
        return findings
    }

    /// The ARN formats the action can be scoped to, or `nil` when it cannot be scoped (or is unknown).
    private func scopedFormats(_ action: ResolvedAction, arn: PolicyARN, catalog: IAMCatalog) -> [ARNFormat]? {
        guard case .everything = action.kind else { return action.scopedFormats }
        guard let service = arn.service, let serviceCatalog = catalog.service(service) else { return [] }
        let types = serviceCatalog.resourceTypes
        return types.keys.sorted().map { types[$0]! }
    }
}
