extension Expression {
    /// The expression as a Terraform JSON value: literals stay JSON literals, strings become
    /// templates with escaped literal text, everything else becomes `"${...}"`.
    public var json: JSONValue {
        var builder = JSONTreeBuilder()
        write(into: &builder)
        return builder.value
    }

    /// Writes the expression's JSON (see ``json``) into `sink`.
    func write<Sink: JSONSink & ~Copyable>(into sink: inout Sink) {
        switch self {
        case .null: sink.null()
        case .bool(let flag): sink.bool(flag)
        case .integer(let number): sink.integer(number)
        case .decimal(let number): sink.decimal(number)
        case .template(let parts): sink.template(parts)
        case .reference, .call, .conditional, .binary, .raw: sink.interpolation(self)
        case .list(let elements):
            sink.beginArray()
            for element in elements { element.write(into: &sink) }
            sink.endArray()
        case .object(let members):
            sink.beginObject()
            for (key, member) in members.sorted(by: { TerraformJSONWriter.codePointOrder($0.key, $1.key) }) {
                sink.key(key)
                member.write(into: &sink)
            }
            sink.endObject()
        }
    }

    /// The expression as HCL expression text, as it appears inside `${...}`.
    public var hcl: String {
        var text = ""
        appendHCL(into: &text)
        return text
    }

    /// Writes ``hcl`` into `output`, so nested expressions share one output.
    func appendHCL<Output: HCLOutput & ~Copyable>(into output: inout Output) {
        switch self {
        case .null: output.write("null")
        case .bool(let flag): output.write(flag ? "true" : "false")
        case .integer(let number): output.write(String(number))
        case .decimal(let number): output.write(TerraformJSONWriter.formatDecimal(number))
        case .template(let parts):
            if parts.count == 1, case .interpolation(let only) = parts[0] {
                only.appendHCL(into: &output)
                return
            }
            output.write("\"")
            Expression.appendTemplateText(parts, quoted: true, into: &output)
            output.write("\"")
        case .reference(let reference): reference.appendHCL(into: &output)
        case .call(let name, let arguments):
            output.write(name)
            output.write("(")
            for (index, argument) in arguments.enumerated() {
                if index > 0 { output.write(", ") }
                argument.appendHCL(into: &output)
            }
            output.write(")")
        case .list(let elements):
            output.write("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { output.write(", ") }
                element.appendHCL(into: &output)
            }
            output.write("]")
        case .object(let members):
            if members.isEmpty { output.write("{}"); return }
            output.write("{")
            for (index, (key, member)) in members.sorted(by: { TerraformJSONWriter.codePointOrder($0.key, $1.key) }).enumerated() {
                if index > 0 { output.write(", ") }
                output.write(Expression.quotedHCL(key))
                output.write(" = ")
                member.appendHCL(into: &output)
            }
            output.write("}")
        case .conditional(let condition, let whenTrue, let whenFalse):
            condition.appendOperand(into: &output, within: 0)
            output.write(" ? ")
            whenTrue.appendOperand(into: &output, within: 0)
            output.write(" : ")
            whenFalse.appendOperand(into: &output, within: 0)
        case .binary(let op, let lhs, let rhs):
            lhs.appendOperand(into: &output, within: op.precedence)
            output.write(" ")
            output.write(op.rawValue)
            output.write(" ")
            // Terraform's operators are left-associative: an equal-precedence right operand needs parentheses.
            rhs.appendOperand(into: &output, within: op.precedence + 1)
        case .raw(let raw): output.write(raw)
        }
    }

    /// Writes this expression as an operand of an operator binding at `precedence` (0: a
    /// conditional's parts), in parentheses where it binds more loosely.
    private func appendOperand<Output: HCLOutput & ~Copyable>(into output: inout Output, within precedence: Int) {
        let needsParentheses: Bool
        switch self {
        case .conditional: needsParentheses = true
        case .binary(let op, _, _): needsParentheses = op.precedence < precedence
        default: needsParentheses = false
        }
        if needsParentheses { output.write("(") }
        appendHCL(into: &output)
        if needsParentheses { output.write(")") }
    }

    /// Template text: literal parts escaped so they stay literal, interpolations as `${...}`.
    /// `quoted` also escapes what an HCL quoted string needs (inside a function call argument).
    static func templateText(_ parts: [TemplatePart], quoted: Bool = false) -> String {
        // One literal part is most strings; it usually needs no escape and is returned as it is.
        if parts.count == 1, case .literal(let piece) = parts[0] {
            let escaped = escapeTemplateLiteral(piece)
            return quoted ? escapeQuoted(escaped) : escaped
        }
        var text = ""
        appendTemplateText(parts, quoted: quoted, into: &text)
        return text
    }

    /// Writes ``templateText(_:quoted:)`` into `output`.
    static func appendTemplateText<Output: HCLOutput & ~Copyable>(_ parts: [TemplatePart], quoted: Bool,
                                                                  into output: inout Output) {
        for (index, part) in parts.enumerated() {
            switch part {
            case .literal(let piece):
                var literal = piece
                var sigils = ""
                // `$` or `%` right before an interpolation would turn its `${` into the escape
                // `$${`; such trailing sigils are emitted as a quoted string interpolation instead.
                if index + 1 < parts.count, case .interpolation = parts[index + 1],
                    let last = piece.utf8.last, last == UInt8(ascii: "$") || last == UInt8(ascii: "%")
                {
                    while let last = literal.last, last == "$" || last == "%" {
                        sigils.insert(last, at: sigils.startIndex)
                        literal.removeLast()
                    }
                }
                let escaped = escapeTemplateLiteral(literal)
                output.write(quoted ? escapeQuoted(escaped) : escaped)
                if !sigils.isEmpty {
                    output.write("${\"")
                    output.write(sigils)
                    output.write("\"}")
                }
            case .interpolation(let inner):
                output.write("${")
                inner.appendHCL(into: &output)
                output.write("}")
            }
        }
    }

    /// `${` and `%{` start interpolations and directives in Terraform strings; doubling the
    /// sigil keeps them literal (IAM policy variables such as `${aws:username}` rely on this).
    public static func escapeTemplateLiteral(_ text: String) -> String {
        // A byte scan first: most literals (policy JSON included) have no `${` or `%{` at all,
        // and walking them by Character is slow.
        let hasSigil = text.withUTF8Bytes { bytes in
            var index = 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "{"), bytes[index - 1] == UInt8(ascii: "$") || bytes[index - 1] == UInt8(ascii: "%") {
                    return true
                }
                index += 1
            }
            return false
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
        // As in escapeTemplateLiteral: most text has nothing to escape.
        let needsEscape = text.utf8.contains { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
        }
        guard needsEscape else { return text }
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
