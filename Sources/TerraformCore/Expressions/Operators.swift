/// Terraform's binary operators, with their precedence (higher binds tighter), so typed
/// conditions render with exactly the parentheses they need.
public enum BinaryOperator: String, Sendable, Hashable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case plus = "+"
    case minus = "-"
    case times = "*"
    case divided = "/"

    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .plus, .minus: 5
        case .times, .divided: 6
        }
    }
}

// Typed comparisons and conditionals, so routine HCL logic needs no raw text and stays visible to
// reference resolution (`var.alarm_email == "" ? 0 : 1`).
extension TerraformValue {
    /// `self == other`.
    public func equals(_ other: Self) -> TFBool { TFBool(expression: .binary(.equal, expression, other.expression)) }
    /// `self != other`.
    public func notEquals(_ other: Self) -> TFBool { TFBool(expression: .binary(.notEqual, expression, other.expression)) }

    /// `condition ? whenTrue : whenFalse`.
    public static func conditional(_ condition: TFBool, _ whenTrue: Self, _ whenFalse: Self) -> Self {
        Self(expression: .conditional(condition.expression, whenTrue.expression, whenFalse.expression))
    }

    /// `condition ? value : null`: the argument is left unset where `condition` is false.
    public static func when(_ condition: TFBool, _ value: Self) -> Self {
        Self(expression: .conditional(condition.expression, value.expression, .null))
    }
}

extension TFNumber {
    public static func > (lhs: TFNumber, rhs: TFNumber) -> TFBool { TFBool(expression: .binary(.greater, lhs.expression, rhs.expression)) }
    public static func >= (lhs: TFNumber, rhs: TFNumber) -> TFBool { TFBool(expression: .binary(.greaterOrEqual, lhs.expression, rhs.expression)) }
    public static func <= (lhs: TFNumber, rhs: TFNumber) -> TFBool { TFBool(expression: .binary(.lessOrEqual, lhs.expression, rhs.expression)) }

    /// `count.index`, inside a resource declared with `count`.
    public static var countIndex: TFNumber { TFNumber(Reference(.other("count.index"))) }
}

extension TFBool {
    public static func && (lhs: TFBool, rhs: TFBool) -> TFBool { TFBool(expression: .binary(.and, lhs.expression, rhs.expression)) }
}

extension TFString {
    /// `each.key` and `each.value`, inside a block declared with `for_each` over a map or set of strings.
    public static var eachKey: TFString { TFString(Reference(.other("each.key"))) }
    public static var eachValue: TFString { TFString(Reference(.other("each.value"))) }
}

extension DataSource {
    /// `data.TYPE.NAME.attribute[index]`: one element of a list attribute.
    public func attribute<V: TerraformValue>(_ name: String, index: TFNumber) -> V { V(reference(name).indexing(index.expression)) }
}

extension Resource {
    /// `TYPE.NAME[*].attribute`: the attribute of every instance of a resource declared with `count`.
    public func splat<V: TerraformValue>(_ attribute: String) -> V { V(reference(attribute).indexed("*")) }
    /// `TYPE.NAME[count.index].attribute`: the instance with the same index as the one being declared.
    public func sameIndex<V: TerraformValue>(_ attribute: String) -> V { V(reference(attribute).indexed("count.index")) }
    /// `TYPE.NAME.path[0].path...`: an attribute inside nested blocks, numbers indexing lists.
    public func attribute<V: TerraformValue>(path first: String, _ rest: String...) -> V {
        V(rest.reduce(reference(first)) { $0.appending($1) })
    }
}
