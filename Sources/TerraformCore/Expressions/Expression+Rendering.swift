extension Expression {
    /// The expression as a Terraform JSON value: literals stay JSON literals, strings become
    /// templates with escaped literal text, everything else becomes `"${...}"`.
    public var json: JSONValue {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .integer(number)
        case .decimal(let number): return .decimal(number)
        case .template(let parts): return .string(Expression.templateText(parts))
        case .reference, .call, .raw: return .string("${" + hcl + "}")
        case .list(let elements): return .array(elements.map(\.json))
        case .object(let members): return .object(members.mapValues(\.json))
        }
    }

    /// The expression as HCL expression text, as it appears inside `${...}`.
    public var hcl: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .decimal(let number): return TerraformJSONWriter.formatDecimal(number)
        case .template(let parts):
            if parts.count == 1, case .interpolation(let only) = parts[0] { return only.hcl }
            return "\"" + Expression.templateText(parts, quoted: true) + "\""
        case .reference(let reference): return reference.hcl
        case .call(let name, let arguments):
            return name + "(" + arguments.map(\.hcl).joined(separator: ", ") + ")"
        case .list(let elements): return "[" + elements.map(\.hcl).joined(separator: ", ") + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let keys = members.keys.sorted(by: TerraformJSONWriter.codePointOrder)
            return "{" + keys.map { Expression.quotedHCL($0) + " = " + members[$0]!.hcl }.joined(separator: ", ") + "}"
        case .raw(let text): return text
        }
    }

    /// Template text: literal parts escaped so they stay literal, interpolations as `${...}`.
    /// `quoted` also escapes what an HCL quoted string needs (inside a function call argument).
    static func templateText(_ parts: [TemplatePart], quoted: Bool = false) -> String {
        var text = ""
        for (index, part) in parts.enumerated() {
            switch part {
            case .literal(let piece):
                var literal = piece
                var sigils = ""
                // `$` or `%` right before an interpolation would turn its `${` into the escape
                // `$${`; such trailing sigils are emitted as a quoted string interpolation instead.
                if index + 1 < parts.count, case .interpolation = parts[index + 1] {
                    while let last = literal.last, last == "$" || last == "%" {
                        sigils.insert(last, at: sigils.startIndex)
                        literal.removeLast()
                    }
                }
                let escaped = escapeTemplateLiteral(literal)
                text += quoted ? escapeQuoted(escaped) : escaped
                if !sigils.isEmpty { text += "${\"" + sigils + "\"}" }
            case .interpolation(let inner):
                text += "${" + inner.hcl + "}"
            }
        }
        return text
    }

    /// `${` and `%{` start interpolations and directives in Terraform strings; doubling the
    /// sigil keeps them literal (IAM policy variables such as `${aws:username}` rely on this).
    public static func escapeTemplateLiteral(_ text: String) -> String {
        // A byte scan first: most literals (policy JSON included) have no `${` or `%{` at all,
        // and walking them by Character is slow.
        var previousByte: UInt8 = 0
        var hasSigil = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), previousByte == UInt8(ascii: "$") || previousByte == UInt8(ascii: "%") { hasSigil = true; break }
            previousByte = byte
        }
        guard hasSigil else { return text }
        var out = ""
        var previous: Character? = nil
        for character in text {
            if character == "{", let sigil = previous, sigil == "$" || sigil == "%" { out.append(sigil) }
            out.append(character)
            previous = character
        }
        return out
    }

    static func escapeQuoted(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func quotedHCL(_ text: String) -> String {
        "\"" + escapeQuoted(escapeTemplateLiteral(text)) + "\""
    }
}
