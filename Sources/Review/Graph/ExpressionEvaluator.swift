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
struct ExpressionEvaluator: Sendable {
    indirect enum Value: Equatable, Sendable {
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
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
