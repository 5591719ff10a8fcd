/// A typed view of an ``Expression``: what generated resource arguments and references use, so a
/// number argument takes `512` or a number reference, never a string.
///
/// The marker types mirror Terraform's type system: ``TFString``, ``TFNumber``, ``TFBool``,
/// ``TFList``, ``TFMap`` and ``TFAny`` (objects and `dynamic` values).
public protocol TerraformValue: Sendable, Hashable {
    var expression: Expression { get }
    init(expression: Expression)
}

extension TerraformValue {
    /// A value read from `reference`.
    public init(_ reference: Reference) { self.init(expression: .reference(reference)) }

    /// The value of `expression`, retyped (for function results and raw expressions).
    public static func expression(_ expression: Expression) -> Self { Self(expression: expression) }

    /// HCL expression text used as it is; see ``Expression/raw(_:)``.
    public static func raw(_ hcl: String) -> Self { Self(expression: .raw(hcl)) }

    /// The reference this value is, when it is exactly one.
    public var reference: Reference? {
        if case .reference(let reference) = expression { return reference }
        if case .template(let parts) = expression, parts.count == 1,
            case .interpolation(.reference(let reference)) = parts[0]
        {
            return reference
        }
        return nil
    }
}

/// A Terraform string; literal text, or a template with interpolations:
///
///     let objects: TFString = "\(bucket.arn)/*"   // "${aws_s3_bucket.vectors.arn}/*"
public struct TFString: TerraformValue, ExpressibleByStringInterpolation {
    public let expression: Expression
    public init(expression: Expression) { self.expression = expression }
    public init(_ text: String) { self.expression = .string(text) }
    public init(stringLiteral value: String) { self.init(value) }
    public init(stringInterpolation: TemplateBuilder) { self.expression = .template(stringInterpolation.parts) }

    /// The literal text, when the string has no interpolations.
    public var literal: String? { expression.literalString }
}

/// Builds a template from a Swift string interpolation: literal text stays literal (and escaped
/// on output), interpolated Terraform values become `${...}`.
public struct TemplateBuilder: StringInterpolationProtocol, Sendable {
    public var parts: [TemplatePart] = []
    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) { appendText(literal) }

    public mutating func appendInterpolation(_ value: some TerraformValue) {
        if case .template(let inner) = value.expression {
            for part in inner {
                switch part {
                case .literal(let text): appendText(text)
                case .interpolation: parts.append(part)
                }
            }
        } else {
            parts.append(.interpolation(value.expression))
        }
    }

    /// Plain Swift text is literal: `${` inside it is escaped on output, never evaluated.
    public mutating func appendInterpolation(_ text: String) { appendText(text) }
    public mutating func appendInterpolation(_ number: Int) { appendText(String(number)) }
    public mutating func appendInterpolation(_ reference: Reference) { parts.append(.interpolation(.reference(reference))) }

    private mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        if case .literal(let previous)? = parts.last {
            parts[parts.count - 1] = .literal(previous + text)
        } else {
            parts.append(.literal(text))
        }
    }
}

/// A Terraform number.
public struct TFNumber: TerraformValue, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public let expression: Expression
    public init(expression: Expression) { self.expression = expression }
    public init(_ value: Int) { self.expression = .integer(value) }
    public init(_ value: Double) { self.expression = .decimal(value) }
    public init(integerLiteral value: Int) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }
}

/// A Terraform bool.
public struct TFBool: TerraformValue, ExpressibleByBooleanLiteral {
    public let expression: Expression
    public init(expression: Expression) { self.expression = expression }
    public init(_ value: Bool) { self.expression = .bool(value) }
    public init(booleanLiteral value: Bool) { self.init(value) }
}

/// A Terraform list or set of `Element`s (JSON has no sets; the provider treats both alike).
public struct TFList<Element: TerraformValue>: TerraformValue, ExpressibleByArrayLiteral {
    public let expression: Expression
    public init(expression: Expression) { self.expression = expression }
    // Closures rather than key paths (`map(\.expression)`) here and in other generic code: a key
    // path over a generic type is instantiated at run time, by demangling and looking up
    // conformances, which cost more than the whole map.
    public init(_ elements: [Element]) { self.expression = .list(elements.map { $0.expression }) }
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

/// A Terraform map from strings to `Element`s.
public struct TFMap<Element: TerraformValue>: TerraformValue, ExpressibleByDictionaryLiteral {
    public let expression: Expression
    public init(expression: Expression) { self.expression = expression }
    public init(_ members: [String: Element]) { self.expression = .object(members.mapValues { $0.expression }) }
    public init(dictionaryLiteral elements: (String, Element)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// Any Terraform value: objects, `dynamic` attributes (the escape hatch for recursive schemas
/// such as WAFv2 rule statements) and values built from JSON.
public struct TFAny: TerraformValue, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral
{
    public let expression: Expression
    public init(expression: Expression) { self.expression = expression }
    public init(_ value: some TerraformValue) { self.expression = value.expression }
    public init(dictionaryLiteral elements: (String, TFAny)...) {
        self.expression = .object(Dictionary(elements.map { ($0.0, $0.1.expression) }, uniquingKeysWith: { _, last in last }))
    }
    public init(arrayLiteral elements: TFAny...) { self.expression = .list(elements.map { $0.expression }) }
    public init(stringLiteral value: String) { self.expression = .string(value) }
    public init(integerLiteral value: Int) { self.expression = .integer(value) }
    public init(booleanLiteral value: Bool) { self.expression = .bool(value) }

    /// A literal JSON value; strings in it are literal text.
    public init(json: JSONValue) { self.expression = Expression(json: json) }
}

extension Expression {
    /// A literal expression from JSON: strings are literal text, never interpolations.
    public init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .decimal(let number): self = .decimal(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .list(elements.map(Expression.init(json:)))
        case .object(let members): self = .object(members.mapValues(Expression.init(json:)))
        }
    }
}
