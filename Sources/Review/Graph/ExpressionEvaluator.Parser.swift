extension ExpressionEvaluator {
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
