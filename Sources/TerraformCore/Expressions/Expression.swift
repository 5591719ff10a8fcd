/// A Terraform expression as a value: what an argument, a local or an output holds.
///
/// Expressions render in two ways: as JSON (``json``) where they stand for a whole argument, and as
/// HCL expression text (``hcl``) where they sit inside `${...}` or a function call. Literal text is
/// escaped (`${` becomes `$${`, `%{` becomes `%%{`) so user text can never turn into an
/// interpolation; only ``reference(_:)``, ``call(_:_:)`` and ``raw(_:)`` produce live HCL.
public indirect enum Expression: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case decimal(Double)
    /// A string: literal text mixed with interpolated expressions.
    case template([TemplatePart])
    /// A reference to a resource, data source, variable, local or module output.
    case reference(Reference)
    /// A call of a Terraform built-in function, for example `jsonencode(...)`.
    case call(String, [Expression])
    case list([Expression])
    case object([String: Expression])
    /// `condition ? whenTrue : whenFalse`.
    case conditional(Expression, Expression, Expression)
    /// `lhs operator rhs` for one of ``BinaryOperator``'s operators.
    case binary(BinaryOperator, Expression, Expression)
    /// HCL expression text used as it is, for the rare expression the DSL does not model
    /// (for-expressions). Prefer the typed cases: raw text is invisible to reference resolution
    /// and to the policy gate.
    case raw(String)
}

/// One piece of a string template.
public enum TemplatePart: Sendable, Hashable {
    case literal(String)
    case interpolation(Expression)
}

extension Expression {
    /// A plain string without interpolations.
    public static func string(_ text: String) -> Expression { .template([.literal(text)]) }

    /// The literal text when this is a string without interpolations.
    public var literalString: String? {
        guard case .template(let parts) = self else { return nil }
        var text = ""
        for part in parts {
            guard case .literal(let piece) = part else { return nil }
            text += piece
        }
        return text
    }

    /// Every reference this expression mentions, in order of appearance.
    public var references: [Reference] {
        var found: [Reference] = []
        collectReferences(into: &found)
        return found
    }

    func collectReferences(into found: inout [Reference]) {
        switch self {
        case .reference(let reference): found.append(reference)
        case .template(let parts):
            for case .interpolation(let inner) in parts { inner.collectReferences(into: &found) }
        case .call(_, let arguments): arguments.forEach { $0.collectReferences(into: &found) }
        case .list(let elements): elements.forEach { $0.collectReferences(into: &found) }
        case .object(let members):
            for key in members.keys.sorted() { members[key]!.collectReferences(into: &found) }
        case .conditional(let condition, let whenTrue, let whenFalse):
            condition.collectReferences(into: &found)
            whenTrue.collectReferences(into: &found)
            whenFalse.collectReferences(into: &found)
        case .binary(_, let lhs, let rhs):
            lhs.collectReferences(into: &found)
            rhs.collectReferences(into: &found)
        case .null, .bool, .integer, .decimal, .raw: break
        }
    }
}
