import TerraformCore

/// An IAM policy document: identity, resource, trust or key policy.
///
///     let policy = PolicyDocument([.allow([.dynamodb.getItem], on: [table.arn])])
///     policy.rendered   // a TFString for a `policy` argument:
///     // "{\"Statement\":[{\"Action\":[\"dynamodb:GetItem\"],...}],\"Version\":\"2012-10-17\"}"
public struct PolicyDocument: Sendable, Hashable {
    public var version: String
    public var statements: [Statement]

    public init(version: String = "2012-10-17", _ statements: [Statement]) {
        self.version = version
        self.statements = statements
    }

    /// The canonical JSON policy string (sorted keys, no spaces) with `${...}` references inside,
    /// ready for a `policy` or `assume_role_policy` argument. IAM policy variables written as text,
    /// such as `${aws:username}`, are escaped so Terraform passes them through.
    public var rendered: TFString {
        var parts: [TemplatePart] = []
        tree.render(into: &parts)
        return TFString(expression: .template(parts))
    }

    /// The document as the policy JSON AWS receives, for the linter: `resolve` gives the value a
    /// reference is known to have (for example a sample ARN of the referenced resource type).
    /// `resolveList` does the same for list expressions (``Statement/resourceLists``): one
    /// entry per element, `nil` for an element it cannot know.
    public func resolvedJSON(_ resolve: (Expression) -> String?, lists resolveList: (Expression) -> [String?]? = { _ in nil }) -> JSONValue {
        tree.resolved(resolve, resolveList)
    }

    /// Where each statement was declared, by statement index.
    public var statementSources: [SourceLocation?] { statements.map(\.source) }

    /// The suppressions of each statement, by statement index.
    public var suppressions: [Int: [Suppression]] {
        var byIndex: [Int: [Suppression]] = [:]
        for (index, statement) in statements.enumerated() where !statement.suppressions.isEmpty {
            byIndex[index] = statement.suppressions
        }
        return byIndex
    }

    var tree: PolicyTree {
        .object(["Version": .text(version), "Statement": .list(statements.map { $0.tree() })])
    }
}
