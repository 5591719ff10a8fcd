import IAM
import PolicyLint
import TerraformCore

/// The environments the linter tests know (the stack passes its registry's names).
let testEnvironments = ["dev", "staging", "prod", "qa", "demo"]

/// Lints `json` (a policy as text) and returns every finding.
func lint(_ json: String, environment: String? = nil, kind: PolicyKind? = nil,
          suppressions: [Int: [Suppression]] = [:], file: String? = nil) -> [Finding] {
    PolicyLinter().lint(bytes: Array(json.utf8), context: PolicyContext(
        file: file, environment: environment, knownEnvironments: testEnvironments, kind: kind, suppressions: suppressions))
}

/// The findings of one rule.
func lint(_ json: String, rule: String, environment: String? = nil, kind: PolicyKind? = nil) -> [Finding] {
    lint(json, environment: environment, kind: kind).filter { $0.rule == rule }
}

/// The messages of one rule's findings.
func messages(_ json: String, rule: String, environment: String? = nil, kind: PolicyKind? = nil) -> [String] {
    lint(json, rule: rule, environment: environment, kind: kind).map(\.message)
}

/// A policy with one statement: `Allow` of `actions` on `resources` (each a JSON fragment).
func policy(_ effect: String = "Allow", action: String, resource: String, extra: String = "") -> String {
    #"{"Version": "2012-10-17", "Statement": [{"Effect": "\#(effect)", "Action": \#(action), "Resource": \#(resource)\#(extra)}]}"#
}
