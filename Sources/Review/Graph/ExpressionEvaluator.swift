import TerraformCore

/// Evaluates the small Terraform expressions that switch resources on and off, over known
/// variable values, so the graph can leave out what a root switches off:
///
///     ${var.provisioned_concurrency > 0 ? 1 : 0}     ${var.vpc_id == "" ? 0 : 1}
///     ${length(var.subnet_arns) > 0 ? 1 : 0}         ${var.az_count}
///     ${var.enable_cache ? 1 : 0}                    ${toset(var.interface_services)}
///
/// Literals, `var.NAME`, comparison, `!`, `&&`, `||`, `+ - * /`, `? :`, parentheses and
/// `length`, `toset`, `tolist`, `min`, `max`. Anything else (a reference to a resource or a
/// module output, an unknown function) is ``Value/unknown``, and an unknown count keeps the
/// resource: the graph never hides what might exist.
struct ExpressionEvaluator {
    indirect enum Value: Equatable {
        case number(Double)
        case string(String)
        case bool(Bool)
        case list([Value])
        case object([String: Value])
        case null
        case unknown

        /// A JSON value as an expression value; strings with interpolations are unknown.
        init(_ json: JSONValue) {
            switch json {
            case .integer(let number): self = .number(Double(number))
            case .decimal(let number): self = .number(number)
            case .bool(let flag): self = .bool(flag)
            case .null: self = .null
            case .string(let text):
                self = Interpolation.expressions(in: text).isEmpty ? .string(text.replacingOccurrences(of: "$${", with: "${")) : .unknown
            case .array(let elements): self = .list(elements.map(Value.init))
            case .object(let members): self = .object(members.mapValues(Value.init))
            }
        }

        /// How many instances a `count` or `for_each` of this value makes; `nil` when unknown.
        var instanceCount: Int? {
            switch self {
            case .number(let number): return Int(number)
            case .list(let elements): return elements.contains(.unknown) ? nil : elements.count
            case .object(let members): return members.count
            case .null: return 0
            default: return nil
            }
        }
    }

    /// Known variables by name; a missing one is unknown.
    var variables: [String: Value]

    /// The value of a whole attribute: `"${...}"` evaluated, any other JSON as it is.
    func evaluate(_ json: JSONValue) -> Value {
        guard case .string(let text) = json else { return Value(json) }
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasPrefix("${"), trimmed.hasSuffix("}"), Interpolation.expressions(in: trimmed).count == 1,
              let expression = Interpolation.expressions(in: trimmed).first, "${\(expression)}" == trimmed else { return Value(json) }
        return evaluate(expression: expression)
    }

    /// The value of an expression without `${ }`.
    func evaluate(expression: String) -> Value {
        var parser = Parser(tokens: Self.tokens(expression), variables: variables)
        let value = parser.ternary()
        return parser.atEnd ? value : .unknown
    }

    enum Token: Equatable {
        case number(Double), string(String), identifier(String), symbol(String)
    }

    static func tokens(_ text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        let symbols = ["==", "!=", ">=", "<=", "&&", "||", ">", "<", "!", "?", ":", "(", ")", "[", "]", ",", ".", "+", "-", "*", "/", "%"]
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { index += 1; continue }
            if character.isNumber {
                var end = index
                while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
                tokens.append(.number(Double(String(characters[index..<end])) ?? .nan))
                index = end
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "-" { end += 1 }
                tokens.append(.identifier(String(characters[index..<end])))
                index = end
            } else if character == "\"" {
                var end = index + 1
                var text = ""
                while end < characters.count, characters[end] != "\"" {
                    if characters[end] == "\\", end + 1 < characters.count {
                        end += 1
                        switch characters[end] {
                        case "n": text.append("\n")
                        case "t": text.append("\t")
                        default: text.append(characters[end])
                        }
                    } else {
                        text.append(characters[end])
                    }
                    end += 1
                }
                tokens.append(.string(text))
                index = end + 1
            } else if let symbol = symbols.first(where: { symbol in
                index + symbol.count <= characters.count && String(characters[index..<(index + symbol.count)]) == symbol
            }) {
                tokens.append(.symbol(symbol))
                index += symbol.count
            } else {
                // Something this evaluator does not read: the whole expression is unknown.
                return [.symbol("?unreadable")]
            }
        }
        return tokens
    }

    /// Recursive descent, one function per precedence level, lowest first.
    struct Parser {
        var tokens: [Token]
        var variables: [String: Value]
        var position = 0

        var atEnd: Bool { position == tokens.count }

        mutating func take(_ symbol: String) -> Bool {
            guard position < tokens.count, tokens[position] == .symbol(symbol) else { return false }
            position += 1
            return true
        }

        mutating func ternary() -> Value {
            let condition = or()
            guard take("?") else { return condition }
            let yes = ternary()
            guard take(":") else { return .unknown }
            let no = ternary()
            switch condition {
            case .bool(true): return yes
            case .bool(false): return no
            default: return .unknown
            }
        }

        mutating func or() -> Value {
            var value = and()
            while take("||") {
                let right = and()
                switch (value, right) {
                case (.bool(true), _), (_, .bool(true)): value = .bool(true)
                case (.bool(false), .bool(false)): value = .bool(false)
                default: value = .unknown
                }
            }
            return value
        }

        mutating func and() -> Value {
            var value = comparison()
            while take("&&") {
                let right = comparison()
                switch (value, right) {
                case (.bool(false), _), (_, .bool(false)): value = .bool(false)
                case (.bool(true), .bool(true)): value = .bool(true)
                default: value = .unknown
                }
            }
            return value
        }

        mutating func comparison() -> Value {
            let left = additive()
            for symbol in ["==", "!=", ">=", "<=", ">", "<"] where take(symbol) {
                let right = additive()
                if left == .unknown || right == .unknown { return .unknown }
                switch symbol {
                case "==": return .bool(left == right)
                case "!=": return .bool(left != right)
                default:
                    guard case .number(let a) = left, case .number(let b) = right else { return .unknown }
                    switch symbol {
                    case ">=": return .bool(a >= b)
                    case "<=": return .bool(a <= b)
                    case ">": return .bool(a > b)
                    default: return .bool(a < b)
                    }
                }
            }
            return left
        }

        mutating func additive() -> Value {
            var value = multiplicative()
            while true {
                let symbol = take("+") ? "+" : take("-") ? "-" : nil
                guard let symbol else { return value }
                value = arithmetic(value, multiplicative(), symbol)
            }
        }

        mutating func multiplicative() -> Value {
            var value = unary()
            while true {
                let symbol = take("*") ? "*" : take("/") ? "/" : take("%") ? "%" : nil
                guard let symbol else { return value }
                value = arithmetic(value, unary(), symbol)
            }
        }

        func arithmetic(_ left: Value, _ right: Value, _ symbol: String) -> Value {
            guard case .number(let a) = left, case .number(let b) = right else { return .unknown }
            switch symbol {
            case "+": return .number(a + b)
            case "-": return .number(a - b)
            case "*": return .number(a * b)
            case "/": return b == 0 ? .unknown : .number(a / b)
            default: return b == 0 ? .unknown : .number(a.truncatingRemainder(dividingBy: b))
            }
        }

        mutating func unary() -> Value {
            if take("!") {
                if case .bool(let flag) = unary() { return .bool(!flag) }
                return .unknown
            }
            if take("-") {
                if case .number(let number) = unary() { return .number(-number) }
                return .unknown
            }
            return postfix()
        }

        mutating func postfix() -> Value {
            var value = primary()
            while true {
                if take("[") {
                    let index = ternary()
                    guard take("]") else { return .unknown }
                    switch (value, index) {
                    case (.list(let elements), .number(let number)) where Int(number) >= 0 && Int(number) < elements.count: value = elements[Int(number)]
                    case (.object(let members), .string(let key)): value = members[key] ?? .unknown
                    default: value = .unknown
                    }
                } else if take(".") {
                    guard position < tokens.count, case .identifier(let name) = tokens[position] else { return .unknown }
                    position += 1
                    if case .object(let members) = value { value = members[name] ?? .unknown } else { value = .unknown }
                } else {
                    return value
                }
            }
        }

        mutating func primary() -> Value {
            guard position < tokens.count else { return .unknown }
            let token = tokens[position]
            position += 1
            switch token {
            case .number(let number): return .number(number)
            case .string(let text): return .string(text)
            case .symbol("("):
                let value = ternary()
                return take(")") ? value : .unknown
            case .symbol("["):
                var elements: [Value] = []
                while !take("]") {
                    guard position < tokens.count else { return .unknown }
                    elements.append(ternary())
                    _ = take(",")
                }
                return .list(elements)
            case .identifier("true"): return .bool(true)
            case .identifier("false"): return .bool(false)
            case .identifier("null"): return .null
            case .identifier("var"):
                guard take("."), position < tokens.count, case .identifier(let name) = tokens[position] else { return .unknown }
                position += 1
                return variables[name] ?? .unknown
            case .identifier(let name) where position < tokens.count && tokens[position] == .symbol("("):
                position += 1
                var arguments: [Value] = []
                while !take(")") {
                    guard position < tokens.count else { return .unknown }
                    arguments.append(ternary())
                    _ = take(",")
                }
                return call(name, arguments)
            case .identifier:
                // local.x, aws_x.y.z, module.m.o, data.d.n.a: not known here. Skip the chain.
                while take(".") { if position < tokens.count { position += 1 } }
                return .unknown
            default:
                return .unknown
            }
        }

        func call(_ name: String, _ arguments: [Value]) -> Value {
            let single = arguments.count == 1 ? arguments[0] : .unknown
            switch name {
            case "length":
                switch single {
                case .list(let elements): return .number(Double(elements.count))
                case .object(let members): return .number(Double(members.count))
                case .string(let text): return .number(Double(text.count))
                default: return .unknown
                }
            case "toset":
                guard case .list(let elements) = single, !elements.contains(.unknown) else { return .unknown }
                var unique: [Value] = []
                for element in elements where !unique.contains(element) { unique.append(element) }
                return .list(unique)
            case "tolist":
                guard case .list = single else { return .unknown }
                return single
            case "min", "max":
                let numbers = arguments.compactMap { value -> Double? in if case .number(let n) = value { return n } else { return nil } }
                guard !numbers.isEmpty, numbers.count == arguments.count else { return .unknown }
                return .number(name == "min" ? numbers.min()! : numbers.max()!)
            default:
                return .unknown
            }
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
