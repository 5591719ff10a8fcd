import TerraformCore

/// `cross-environment`: a policy of environment E names a resource of another environment.
///
/// Resources are named `rag-genai-<env>-...`; a dev role that can read `rag-genai-prod-vectors`
/// breaks the isolation between environments. Resource, NotResource, Principal and Condition
/// values of Allow statements are scanned (a Deny naming another environment only takes access
/// away). The rule runs only when the context names an environment.
public struct CrossEnvironmentRule: LintRule {
    public static let id = "cross-environment"
    public static let summary = "A policy names a resource of another environment."
    public static let help = """
        A policy of one environment allows access to a resource named for another (rag-genai-<env>-...), \
        which breaks the isolation between environments. Use the resource of the policy's own environment.
        """

    static let namePrefix = "rag-genai-"

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard let environment = policy.context.environment?.lowercased() else { return [] }
        let others = policy.context.knownEnvironments.map { $0.lowercased() }.filter { $0 != environment }
        var findings: [Finding] = []
        for statement in policy.statements where statement.isAllow {
            var values = statement.resources ?? []
            if let principal = statement.principal { values += Self.allStrings(principal) }
            values += Self.allStrings(.object(statement.condition))
            for value in values {
                guard let other = Self.environment(namedIn: value, among: others) else { continue }
                findings.append(Finding(
                    Self.id, .error,
                    "\(quoted(value)) names a resource of environment \(quoted(other)), but this policy belongs to \(quoted(environment))",
                    statement: statement, resource: value))
            }
        }
        return findings
    }

    /// The first of `environments` that appears as `rag-genai-<env>` followed by a non-alphanumeric character or the end.
    static func environment(namedIn text: String, among environments: [String]) -> String? {
        let lowered = text.lowercased()
        var searchStart = lowered.startIndex
        while let range = lowered.range(of: namePrefix, range: searchStart..<lowered.endIndex) {
            let rest = lowered[range.upperBound...]
            for environment in environments where rest.hasPrefix(environment) {
                let after = rest.dropFirst(environment.count).first
                if after == nil || !(after!.isLetter || after!.isNumber) { return environment }
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// Every string inside `value`, depth first, keys of objects sorted.
    static func allStrings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .array(let elements): return elements.flatMap(allStrings)
        case .object(let members): return members.keys.sorted().flatMap { allStrings(members[$0]!) }
        default: return []
        }
    }
}
