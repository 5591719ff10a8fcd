import IAM
import TerraformCore

/// Renders findings as the CLI's JSON contract: an array of objects, keys sorted, 2-space indent.
///
///     [
///       {
///         "action": "s3:*",
///         "column": 5,
///         "file": "policies/reader.json",
///         "kind": "identity",
///         "line": 4,
///         "message": "action \"s3:*\" uses a wildcard; list the exact actions needed",
///         "rule": "wildcard-action",
///         "severity": "error",
///         "statement": "0"
///       }
///     ]
///
/// `file`, `line` and `column` (the statement in a policy file), `source` (`{"file", "line"}`:
/// the Swift call that declared a stack statement), `module`, `address`, `kind`, `statement`,
/// `action` and `resource` appear when known. Every finding is listed, suppressed ones too
/// (machine readers filter): `suppressed` holds the suppression (`rule`, `reason`, and `action`
/// / `resource` when it names them).
public enum JSONFindingsFormatter {
    public static func format(_ findings: [Finding], sourcePaths: SourcePaths = SourcePaths()) -> String {
        TerraformJSONWriter.pretty(.array(findings.map { value($0, sourcePaths: sourcePaths) }))
    }

    /// One finding as a JSON object.
    public static func value(_ finding: Finding, sourcePaths: SourcePaths = SourcePaths()) -> JSONValue {
        var object: [String: JSONValue] = [
            "rule": .string(finding.rule),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message),
        ]
        let optional: [(String, String?)] = [
            ("file", finding.file), ("module", finding.module), ("address", finding.address), ("kind", finding.policyKind?.rawValue),
            ("statement", finding.statement), ("action", finding.action), ("resource", finding.resource),
        ]
        for (key, value) in optional { if let value { object[key] = .string(value) } }
        if let line = finding.line { object["line"] = .integer(line) }
        if let column = finding.column { object["column"] = .integer(column) }
        if let source = finding.source {
            object["source"] = ["file": .string(sourcePaths.path(of: source)), "line": .integer(source.line)]
        }
        if let suppression = finding.suppressed { object["suppressed"] = value(suppression) }
        return .object(object)
    }

    static func value(_ suppression: Suppression) -> JSONValue {
        var object: [String: JSONValue] = ["rule": .string(suppression.rule), "reason": .string(suppression.reason)]
        if let action = suppression.action { object["action"] = .string(action) }
        if let resource = suppression.resource { object["resource"] = .string(resource) }
        return .object(object)
    }
}
