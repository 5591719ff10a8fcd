import Foundation
import TerraformCore

/// Renders findings as SARIF 2.1.0 for GitHub code scanning.
///
/// One run whose driver has the tool's name, version and information URI and lists every rule
/// (id, short and full description, help). Each result has `ruleId`, `ruleIndex`, `level`
/// (`error`, `warning`, `note`), `message.text` and one physical location:
/// - a stack finding points at the Swift call that declared the statement
///   (`Sources/Stack/Modules/PoliciesModule.swift`, its line), with the generated file
///   (`modules-out/<module>/main.tf.json`) as a related location and the Terraform address as a
///   logical location;
/// - a policy-file finding points at the file, at the statement's line and column.
/// Suppressed findings carry `suppressions: [{kind: "inSource", justification: <reason>}]`, which
/// code scanning shows as dismissed. Statement, action, resource and policy kind go into `properties`.
public struct SARIFFormatter: Sendable {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The version of synth's linter (rules and catalog) in reports.
    public static let toolVersion = "0.3.0"

    /// Tool name in the report.
    public var toolName: String
    public var toolVersion: String
    /// `informationUri`: the repository's page in GitHub Actions (`GITHUB_SERVER_URL`/`GITHUB_REPOSITORY`),
    /// else IAM's policy reference, whose rules the linter checks.
    public var informationURI: String
    /// The location of findings without file or module.
    public var fallbackURI: String
    public var sourcePaths: SourcePaths

    public init(toolName: String = "synth", toolVersion: String = SARIFFormatter.toolVersion,
                informationURI: String = SARIFFormatter.defaultInformationURI(), fallbackURI: String = "Package.swift",
                sourcePaths: SourcePaths = SourcePaths()) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.fallbackURI = fallbackURI
        self.sourcePaths = sourcePaths
    }

    /// The repository URL when running in GitHub Actions, else the IAM policy reference.
    public static func defaultInformationURI(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"], !server.isEmpty, !repository.isEmpty {
            return "\(server)/\(repository)"
        }
        return "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html"
    }

    public func format(_ findings: [Finding]) -> String {
        TerraformJSONWriter.pretty(value(findings))
    }

    public func value(_ findings: [Finding]) -> JSONValue {
        let rules = PolicyLinter.ruleDescriptions
        let driver: JSONValue = [
            "name": .string(toolName),
            "version": .string(toolVersion),
            "informationUri": .string(informationURI),
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
        let run: JSONValue = [
            "tool": ["driver": driver],
            "results": .array(findings.map { finding in result(finding, ruleIndex: rules.firstIndex { $0.id == finding.rule }) }),
        ]
        return ["$schema": .string(Self.schema), "version": "2.1.0", "runs": [run]]
    }

    private func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var location: [String: JSONValue]
        var related: [JSONValue] = []
        if let source = finding.source {
            location = physical(sourcePaths.path(of: source), line: source.line, column: nil)
            if let file = finding.file ?? finding.module.map({ "modules-out/\($0)/main.tf.json" }) {
                var generated = physical(Self.relative(file), line: 1, column: nil)
                generated["id"] = 1
                generated["message"] = ["text": .string("the policy as rendered into \(Self.relative(file))" + (finding.address.map { ", \($0)" } ?? ""))]
                related.append(.object(generated))
            }
        } else {
            location = physical(uri(finding), line: finding.line ?? 1, column: finding.column)
        }
        if let address = finding.address {
            location["logicalLocations"] = [["fullyQualifiedName": .string(address), "kind": "resource"]]
        }
        var object: [String: JSONValue] = [
            "ruleId": .string(finding.rule),
            "level": .string(Self.level(finding.severity)),
            "message": ["text": .string(finding.message)],
            "locations": [.object(location)],
        ]
        if !related.isEmpty { object["relatedLocations"] = .array(related) }
        if let ruleIndex { object["ruleIndex"] = .integer(ruleIndex) }
        var properties: [String: JSONValue] = [:]
        if let statement = finding.statement { properties["statement"] = .string(statement) }
        if let action = finding.action { properties["action"] = .string(action) }
        if let resource = finding.resource { properties["resource"] = .string(resource) }
        if let kind = finding.policyKind { properties["policyKind"] = .string(kind.rawValue) }
        if !properties.isEmpty { object["properties"] = .object(properties) }
        if let suppression = finding.suppressed {
            object["suppressions"] = [["kind": "inSource", "justification": .string(suppression.reason)]]
        }
        return .object(object)
    }

    private func physical(_ uri: String, line: Int, column: Int?) -> [String: JSONValue] {
        var region: [String: JSONValue] = ["startLine": .integer(line)]
        if let column { region["startColumn"] = .integer(column) }
        return ["physicalLocation": ["artifactLocation": ["uri": .string(uri)], "region": .object(region)]]
    }

    private func uri(_ finding: Finding) -> String {
        if let file = finding.file { return Self.relative(file) }
        if let module = finding.module { return "modules-out/\(module)/main.tf.json" }
        return fallbackURI
    }

    static func relative(_ file: String) -> String { file.hasPrefix("./") ? String(file.dropFirst(2)) : file }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
