import IAM
import TerraformCore

/// Everything the rules look at for one policy document, computed once.
public struct PolicyAnalysis: Sendable {
    /// The document as given.
    public let document: JSONValue
    /// The statements that are JSON objects, in order.
    public let statements: [PolicyStatement]
    /// The kind given in the context, or inferred from the statements.
    public let kind: PolicyKind
    /// Whether the context named the kind (rather than the linter inferring it).
    public let kindIsExplicit: Bool
    public let context: PolicyContext
    /// The document's length as IAM counts it: characters, whitespace outside strings excluded.
    public let size: Int
    let catalog: IAMCatalog
    /// `resolvedActions[i]` are statement `i`'s actions looked up in the catalog.
    let resolvedActions: [[ResolvedAction]]
    /// Whether a resource and a catalog format can name the same ARN, each pair searched once.
    let arnMatches = ARNMatchCache()

    /// - Parameter size: the size of the text the document was read from, when it was; otherwise
    ///   it is measured on the document's compact JSON, as AWS receives it from Terraform.
    init(document: JSONValue, context: PolicyContext, catalog: IAMCatalog, size: Int? = nil) {
        self.document = document
        self.context = context
        self.catalog = catalog
        let statements = Self.readStatements(document)
        self.statements = statements
        self.kindIsExplicit = context.kind != nil
        self.kind = context.kind ?? Self.inferKind(statements)
        self.size = size ?? PolicySize.characters(of: document)
        self.resolvedActions = statements.map { statement in statement.actions.map(catalog.resolve) }
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

    /// No `Principal` makes an identity policy. A `Principal` makes a trust policy when every
    /// action is one a trust policy grants (`sts:AssumeRole*`, `sts:TagSession`, ...), otherwise a
    /// resource policy: of the one service all its actions belong to when that service's
    /// policies have a kind of their own (`ecr:*` actions make an ECR repository policy).
    static func inferKind(_ statements: [PolicyStatement]) -> PolicyKind {
        guard statements.contains(where: { $0.principal != nil }) else { return .identity }
        let actions = statements.flatMap(\.actions).map { $0.lowercased() }
        let trustActions: Set<String> = ["sts:tagsession", "sts:setsourceidentity", "sts:setcontext"]
        let isTrust = !actions.isEmpty
            && actions.allSatisfy { $0.hasPrefix("sts:assumerole") || trustActions.contains($0) }
            && actions.contains { $0.hasPrefix("sts:assumerole") }
        if isTrust { return .trust }
        let services = Set(actions.map { $0.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "" })
        if services.count == 1, let service = services.first, let kind = PolicyKind.resourcePolicy(ofService: service) {
            return kind
        }
        return .resource
    }
}
