import IAM
import TerraformCore

/// Renders findings as the CLI's JSON contract: an array of objects, keys sorted, 2-space indent.
///
///     [
///       {
///         "action": "s3:*",
///         "file": "policies/reader.json",
///         "message": "action \"s3:*\" uses a wildcard; list the exact actions needed",
///         "rule": "wildcard-action",
///         "severity": "error",
///         "statement": "0"
///       }
///     ]
///
/// `file`, `module`, `address`, `statement`, `action` and `resource` appear when known;
/// `suppressed` appears only on suppressed findings, as the suppression (`rule`, `reason`, and
/// `action` / `resource` when it names them).
public enum JSONFindingsFormatter {
    public static func format(_ findings: [Finding]) -> String {
        TerraformJSONWriter.pretty(.array(findings.map(value)))
    }

    /// One finding as a JSON object.
    public static func value(_ finding: Finding) -> JSONValue {
        var object: [String: JSONValue] = [
            "rule": .string(finding.rule),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message),
        ]
        let optional: [(String, String?)] = [
            ("file", finding.file), ("module", finding.module), ("address", finding.address),
            ("statement", finding.statement), ("action", finding.action), ("resource", finding.resource),
        ]
        for (key, value) in optional { if let value { object[key] = .string(value) } }
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
