import IAM

/// `empty-statement`: `"Statement": []`, or a statement that is `{}`.
///
/// IAM rejects a policy without statements, and an empty statement has no Effect, Action or
/// Resource; either way the author meant something that is not there.
public struct EmptyStatementRule: LintRule {
    public static let id = "empty-statement"
    public static let summary = "The policy has no statements, or an empty one."
    public static let help = """
        "Statement": [] grants nothing and IAM rejects it; a statement written {} has no Effect, Action or Resource. \
        Add the statement that was meant, or remove the empty one (or the whole policy).
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        if case .array(let elements)? = policy.document["Statement"], elements.isEmpty {
            return [Finding(Self.id, .error, "policy has no statements (\"Statement\": []); IAM rejects it; add the statement that was meant or delete the policy",
                            statement: nil)]
        }
        return policy.statements.filter(\.isEmpty).map {
            Finding(Self.id, .error, "statement \($0.index) is empty ({}); remove it or write the statement that was meant", statement: $0)
        }
    }
}
