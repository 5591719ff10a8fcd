import TerraformCore

/// Renders findings as SARIF 2.1.0 for GitHub code scanning.
///
/// One run whose driver lists every rule (id, short and full description, help). Each result has
/// `ruleId`, `ruleIndex`, `level` (`error`, `warning`, `note`), `message.text` and one physical
/// location: the finding's file, or for stack findings `modules-out/<module>/main.tf.json` (where
/// the policy is rendered), with the Terraform address as a logical location. Suppressed findings
/// carry `suppressions: [{kind: "inSource", justification: <reason>}]`, which code scanning shows
/// as dismissed. Statement, action and resource go into `properties`.
public struct SARIFFormatter: Sendable {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Tool name in the report.
    public var toolName: String
    /// Optional project URL for `informationUri`.
    public var informationURI: String?
    /// The location of findings without file or module.
    public var fallbackURI: String

    public init(toolName: String = "synth", informationURI: String? = nil, fallbackURI: String = "Package.swift") {
        self.toolName = toolName
        self.informationURI = informationURI
        self.fallbackURI = fallbackURI
    }

    public func format(_ findings: [Finding]) -> String {
        TerraformJSONWriter.pretty(value(findings))
    }

    public func value(_ findings: [Finding]) -> JSONValue {
        let rules = PolicyLinter.ruleDescriptions
        var driver: [String: JSONValue] = [
            "name": .string(toolName),
            "rules": .array(rules.map { rule in
                [
                    "id": .string(rule.id),
                    "shortDescription": ["text": .string(rule.summary)],
                    "fullDescription": ["text": .string(rule.help)],
                    "help": ["text": .string(rule.help)],
                    "defaultConfiguration": ["level": "error"],
                ]
            }),
        ]
        if let informationURI { driver["informationUri"] = .string(informationURI) }
        let run: JSONValue = [
            "tool": ["driver": .object(driver)],
            "results": .array(findings.map { finding in result(finding, ruleIndex: rules.firstIndex { $0.id == finding.rule }) }),
        ]
        return ["$schema": .string(Self.schema), "version": "2.1.0", "runs": [run]]
    }

    private func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var location: [String: JSONValue] = [
            "physicalLocation": [
                "artifactLocation": ["uri": .string(uri(finding))],
                "region": ["startLine": 1],
            ]
        ]
        if let address = finding.address {
            location["logicalLocations"] = [["fullyQualifiedName": .string(address), "kind": "resource"]]
        }
        var object: [String: JSONValue] = [
            "ruleId": .string(finding.rule),
            "level": .string(Self.level(finding.severity)),
            "message": ["text": .string(finding.message)],
            "locations": [.object(location)],
        ]
        if let ruleIndex { object["ruleIndex"] = .integer(ruleIndex) }
        var properties: [String: JSONValue] = [:]
        if let statement = finding.statement { properties["statement"] = .string(statement) }
        if let action = finding.action { properties["action"] = .string(action) }
        if let resource = finding.resource { properties["resource"] = .string(resource) }
        if !properties.isEmpty { object["properties"] = .object(properties) }
        if let suppression = finding.suppressed {
            object["suppressions"] = [["kind": "inSource", "justification": .string(suppression.reason)]]
        }
        return .object(object)
    }

    private func uri(_ finding: Finding) -> String {
        if let file = finding.file { return file.hasPrefix("./") ? String(file.dropFirst(2)) : file }
        if let module = finding.module { return "modules-out/\(module)/main.tf.json" }
        return fallbackURI
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
