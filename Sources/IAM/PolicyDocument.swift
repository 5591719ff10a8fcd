import Foundation  // NSLock (Foundation also has an `Expression`: TerraformCore's is meant below)
import TerraformCore

/// An IAM policy document: identity, resource, trust or key policy.
///
///     let policy = PolicyDocument([.allow([.dynamodb.getItem], on: [table.arn])])
///     policy.rendered   // a TFString for a `policy` argument:
///     // "{\"Statement\":[{\"Action\":[\"dynamodb:GetItem\"],...}],\"Version\":\"2012-10-17\"}"
public struct PolicyDocument: Sendable, Hashable {
    public var version: String { didSet { cache = TemplateCache() } }
    public var statements: [Statement] { didSet { cache = TemplateCache() } }
    /// The template of this version and these statements, rendered on first use.
    private var cache = TemplateCache()

    public init(version: String = "2012-10-17", _ statements: [Statement]) {
        self.version = version
        self.statements = statements
    }

    public static func == (lhs: PolicyDocument, rhs: PolicyDocument) -> Bool {
        lhs.version == rhs.version && lhs.statements == rhs.statements
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(version)
        hasher.combine(statements)
    }

    /// The canonical JSON policy string (sorted keys, no spaces) with `${...}` references inside,
    /// ready for a `policy` or `assume_role_policy` argument. IAM policy variables written as text,
    /// such as `${aws:username}`, are escaped so Terraform passes them through.
    public var rendered: TFString {
        cache.rendered {
            var parts: [TemplatePart] = []
            tree.render(into: &parts)
            return TFString(expression: .template(parts))
        }
    }

    /// The document as the policy JSON AWS receives, for the linter: `resolve` gives the value a
    /// reference is known to have (for example a sample ARN of the referenced resource type).
    /// `resolveList` does the same for list expressions (``Statement/resourceLists``): one
    /// entry per element, `nil` for an element it cannot know.
    public func resolvedJSON(_ resolve: (TerraformCore.Expression) -> String?, lists resolveList: (TerraformCore.Expression) -> [String?]? = { _ in nil }) -> JSONValue {
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

    /// Built anew for each use: a tree takes several times the memory of its rendered template,
    /// and a stack of thousands of policies kept every one (the template is kept: the resource's
    /// argument holds the same string).
    var tree: PolicyTree {
        .object([.init("Version", .text(version)), .init("Statement", .list(statements.map { $0.tree() }))])
    }
}

/// Holds a document's rendered template once built (a resource's argument and its policy record
/// render the same document). A copy of the document shares it; a changed copy gets a new, empty
/// cache (``PolicyDocument``'s `didSet`s), so a template never outlives its statements.
private final class TemplateCache: @unchecked Sendable {
    private let lock = NSLock()
    private var builtTemplate: TFString?

    func rendered(_ build: () -> TFString) -> TFString {
        if let built = locked({ builtTemplate }) { return built }
        let template = build()
        locked { builtTemplate = template }
        return template
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
