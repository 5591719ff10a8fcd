import TerraformCore

/// Everything the rules look at for one policy document, computed once.
public struct PolicyAnalysis: Sendable {
    /// The document as given.
    public let document: JSONValue
    /// The statements that are JSON objects, in order.
    public let statements: [PolicyStatement]
    /// The kind given in the context, or inferred from the statements.
    public let kind: PolicyKind
    public let context: PolicyContext
    let catalog: IAMCatalog
    /// `resolvedActions[i]` are statement `i`'s actions looked up in the catalog.
    let resolvedActions: [[ResolvedAction]]

    init(document: JSONValue, context: PolicyContext, catalog: IAMCatalog) {
        self.document = document
        self.context = context
        self.catalog = catalog
        let statements = Self.readStatements(document)
        self.statements = statements
        self.kind = context.kind ?? Self.inferKind(statements)
        self.resolvedActions = statements.map { statement in statement.actions.map { ResolvedAction($0, catalog: catalog) } }
    }

    /// Each statement with its actions looked up in the catalog.
    var statementsWithActions: Zip2Sequence<[PolicyStatement], [[ResolvedAction]]> { zip(statements, resolvedActions) }

    /// `Statement` as an array of objects or one object; anything else gives no statements.
    static func readStatements(_ document: JSONValue) -> [PolicyStatement] {
        switch document["Statement"] {
        case .object(let members): return [PolicyStatement(index: 0, raw: members)]
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                element.objectValue.map { PolicyStatement(index: index, raw: $0) }
            }
        default: return []
        }
    }

    /// A `Principal` anywhere makes a resource policy, or a trust policy when every action is
    /// one a trust policy grants (`sts:AssumeRole*`, `sts:TagSession`, ...).
    static func inferKind(_ statements: [PolicyStatement]) -> PolicyKind {
        guard statements.contains(where: { $0.principal != nil }) else { return .identity }
        let actions = statements.flatMap(\.actions).map { $0.lowercased() }
        let trustActions: Set<String> = ["sts:tagsession", "sts:setsourceidentity", "sts:setcontext"]
        let isTrust = !actions.isEmpty
            && actions.allSatisfy { $0.hasPrefix("sts:assumerole") || trustActions.contains($0) }
            && actions.contains { $0.hasPrefix("sts:assumerole") }
        return isTrust ? .trust : .resource
    }
}
