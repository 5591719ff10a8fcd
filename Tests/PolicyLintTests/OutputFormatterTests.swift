import Foundation
import IAM
import PolicyLint
import TerraformCore
import Testing

struct OutputFormatterTests {
    let findings = [
        Finding(rule: "wildcard-action", severity: .error, message: #"action "s3:*" uses a wildcard; list the exact actions needed"#,
                file: "policies/reader.json", statement: "0", action: "s3:*"),
        Finding(rule: "wildcard-resource", severity: .error, message: "m2", module: "monitoring", address: "aws_iam_role_policy.xray",
                statement: "Traces", action: "xray:GetSamplingRules", resource: "*",
                suppressed: Suppression(rule: "wildcard-resource", reason: "sampling rules are account wide")),
        Finding(rule: "invalid-policy", severity: .warning, message: "m3", module: "monitoring", address: "aws_iam_role_policy.xray"),
    ]

    @Test func jsonIsTheCLIContract() {
        #expect(JSONFindingsFormatter.format(findings) == #"""
            [
              {
                "action": "s3:*",
                "file": "policies/reader.json",
                "message": "action \"s3:*\" uses a wildcard; list the exact actions needed",
                "rule": "wildcard-action",
                "severity": "error",
                "statement": "0"
              },
              {
                "action": "xray:GetSamplingRules",
                "address": "aws_iam_role_policy.xray",
                "message": "m2",
                "module": "monitoring",
                "resource": "*",
                "rule": "wildcard-resource",
                "severity": "error",
                "statement": "Traces",
                "suppressed": {
                  "reason": "sampling rules are account wide",
                  "rule": "wildcard-resource"
                }
              },
              {
                "address": "aws_iam_role_policy.xray",
                "message": "m3",
                "module": "monitoring",
                "rule": "invalid-policy",
                "severity": "warning"
              }
            ]

            """#)
        #expect(JSONFindingsFormatter.format([]) == "[]\n")
    }

    @Test func textIsQuietAboutSuppressedFindingsAndListsErrorsFirst() {
        #expect(TextFormatter().format(findings) == #"""
            policies/reader.json
              error wildcard-action statement 0 (s3:*): action "s3:*" uses a wildcard; list the exact actions needed

            module monitoring, aws_iam_role_policy.xray
              warning invalid-policy: m3

            wildcard-resource: 1 suppressed (1 in policies); --show-suppressed lists them

            1 error, 1 warning, 1 suppressed

            """#)
        #expect(TextFormatter().format([]) == "no findings\n")
        // A warning listed before an error still comes after it.
        #expect(TextFormatter().format([findings[2], findings[0]]).hasPrefix("policies/reader.json\n  error wildcard-action"))
    }

    @Test func showSuppressedListsThemAfterTheOthers() {
        #expect(TextFormatter(showSuppressed: true).format(findings) == #"""
            policies/reader.json
              error wildcard-action statement 0 (s3:*): action "s3:*" uses a wildcard; list the exact actions needed

            module monitoring, aws_iam_role_policy.xray
              warning invalid-policy: m3

            module monitoring, aws_iam_role_policy.xray
              error wildcard-resource statement Traces (xray:GetSamplingRules) [suppressed: sampling rules are account wide]: m2

            1 error, 1 warning, 1 suppressed

            """#)
    }

    @Test func suppressedSummaryCountsPerRuleAndKind() {
        let suppression = Suppression(rule: "wildcard-resource", reason: "In a KMS key policy, * is this key")
        let keys = (0..<3).map { _ in Finding(rule: "wildcard-resource", message: "m", policyKind: .kmsKey, suppressed: suppression) }
        let role = Finding(rule: "wildcard-resource", message: "m", policyKind: .roleInline, suppressed: suppression)
        let other = Finding(rule: "privilege-escalation", message: "m", policyKind: .roleInline,
                            suppressed: Suppression(rule: "privilege-escalation", reason: "deployment role, reviewed"))
        #expect(SuppressedSummary(keys + [other, role]).rules.map(\.line) == [
            "wildcard-resource: 4 suppressed (3 in KMS key policies, 1 in inline role policies)",
            "privilege-escalation: 1 suppressed (1 in inline role policies)",
        ])
    }

    @Test func textNamesFileModuleAndAddressAndGroupsOneSuppressedStatement() {
        let suppression = Suppression(rule: "wildcard-resource", reason: "In a KMS key policy, * is this key")
        let keyFindings = ["kms:Decrypt", "kms:Encrypt"].map { action in
            Finding(rule: "wildcard-resource", severity: .error, message: "m", file: "modules-out/storage/main.tf.json", module: "storage",
                    address: "aws_kms_key.main.policy", statement: "UseKey", action: action, resource: "*", suppressed: suppression)
        }
        let open = Finding(rule: "wildcard-resource", severity: .error, message: "open", file: "modules-out/storage/main.tf.json",
                           module: "storage", address: "aws_kms_key.main.policy", statement: "Other", action: "kms:Decrypt", resource: "*")
        #expect(TextFormatter(showSuppressed: true).format(keyFindings + [open]) == #"""
            modules-out/storage/main.tf.json (module storage, aws_kms_key.main.policy)
              error wildcard-resource statement Other (kms:Decrypt): open

            modules-out/storage/main.tf.json (module storage, aws_kms_key.main.policy)
              error wildcard-resource statement UseKey (2 actions: kms:Decrypt, kms:Encrypt) [suppressed: In a KMS key policy, * is this key]

            1 error, 2 suppressed

            """#)
    }

    @Test func locationsInTextAndJSON() throws {
        let paths = SourcePaths(root: "/nonexistent")
        let stack = Finding(rule: "wildcard-action", message: "m", file: "modules-out/policies/main.tf.json",
                            source: SourceLocation(fileID: "Stack/PoliciesModule.swift", line: 42), module: "policies",
                            address: "aws_iam_role_policy.chat.policy", policyKind: .roleInline, statement: "Read", action: "s3:*")
        let file = Finding(rule: "wildcard-action", message: "m", file: "p.json", line: 4, column: 5, statement: "0", action: "s3:*")
        #expect(TextFormatter(sourcePaths: paths).format([stack, file]) == #"""
            modules-out/policies/main.tf.json (module policies, aws_iam_role_policy.chat.policy)
              error wildcard-action statement Read (s3:*) at Sources/Stack/PoliciesModule.swift:42: m

            p.json
              4:5 error wildcard-action statement 0 (s3:*): m

            2 errors

            """#)
        let json = try JSONParser.parse(JSONFindingsFormatter.format([stack, file], sourcePaths: paths))
        #expect(json.arrayValue?[0]["source"] == ["file": "Sources/Stack/PoliciesModule.swift", "line": 42])
        #expect(json.arrayValue?[0]["kind"] == "role-inline")
        #expect(json.arrayValue?[1]["line"] == 4)
        #expect(json.arrayValue?[1]["column"] == 5)
    }

    @Test func sourcePathsFindNestedFiles() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        #expect(SourcePaths(root: root).path(of: SourceLocation(fileID: "Stack/PoliciesModule.swift", line: 1)) == "Sources/Stack/Modules/PoliciesModule.swift")
    }

    @Test func sarifPointsAtSwiftSourcesAndFilePositions() throws {
        let paths = SourcePaths(root: "/nonexistent")
        let stack = Finding(rule: "wildcard-action", message: "m", file: "modules-out/policies/main.tf.json",
                            source: SourceLocation(fileID: "Stack/PoliciesModule.swift", line: 42), module: "policies",
                            address: "aws_iam_role_policy.chat.policy", statement: "Read", action: "s3:*")
        let file = Finding(rule: "wildcard-action", message: "m", file: "./p.json", line: 4, column: 5, statement: "0", action: "s3:*")
        let sarif = try JSONParser.parse(SARIFFormatter(informationURI: "https://example.com/synth", sourcePaths: paths).format([stack, file]))
        let results = sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
        #expect(results[0]["locations"]?.arrayValue?.first?["physicalLocation"] == [
            "artifactLocation": ["uri": "Sources/Stack/PoliciesModule.swift"], "region": ["startLine": 42],
        ])
        #expect(results[0]["relatedLocations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"] == "modules-out/policies/main.tf.json")
        #expect(results[1]["locations"]?.arrayValue?.first?["physicalLocation"] == [
            "artifactLocation": ["uri": "p.json"], "region": ["startLine": 4, "startColumn": 5],
        ])
        #expect(SARIFFormatter.defaultInformationURI(environment: ["GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r"])
            == "https://github.com/o/r")
    }

    @Test func textColourOnlyWhenAsked() {
        let coloured = TextFormatter(color: true).format([findings[0]])
        #expect(coloured.hasPrefix("\u{1B}[1mpolicies/reader.json\u{1B}[0m\n  \u{1B}[31merror\u{1B}[0m wildcard-action"))
        #expect(!TextFormatter().format(findings).contains("\u{1B}"))
    }

    @Test func sarifStructure() throws {
        let text = SARIFFormatter().format(findings)
        let sarif = try JSONParser.parse(text)
        #expect(sarif["$schema"] == .string("https://json.schemastore.org/sarif-2.1.0.json"))
        #expect(sarif["version"] == "2.1.0")
        let run = try #require(sarif["runs"]?.arrayValue?.first)
        #expect(run["tool"]?["driver"]?["name"] == "synth")
        #expect(run["tool"]?["driver"]?["version"] == .string(SARIFFormatter.toolVersion))
        #expect(run["tool"]?["driver"]?["informationUri"]?.stringValue?.hasPrefix("https://") == true)
        let rules = run["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        #expect(rules.compactMap { $0["id"]?.stringValue } == [
            "invalid-policy", "empty-statement", "policy-size", "policy-variable-version", "invalid-sid", "unknown-condition-operator",
            "not-action", "not-resource", "unknown-service", "unknown-action", "wildcard-action",
            "wildcard-resource", "resource-mismatch", "privilege-escalation", "public-principal", "cross-environment",
        ])
        #expect(PolicyLinter.ruleDescriptions.map(\.id) == PolicyLinter.rules.map { type(of: $0).id })
        #expect(rules.allSatisfy { $0["shortDescription"]?["text"]?.stringValue != nil && $0["help"]?["text"]?.stringValue != nil })
        let results = run["results"]?.arrayValue ?? []
        #expect(results.count == 3)
        #expect(results[0]["ruleId"] == "wildcard-action")
        #expect(results[0]["ruleIndex"] == 10)
        #expect(results[0]["level"] == "error")
        #expect(results[0]["message"]?["text"] == .string(findings[0].message))
        #expect(results[0]["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"] == "policies/reader.json")
        #expect(results[0]["suppressions"] == nil)
        #expect(results[1]["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"] == "modules-out/monitoring/main.tf.json")
        #expect(results[1]["suppressions"] == [["kind": "inSource", "justification": "sampling rules are account wide"]])
        #expect(results[2]["level"] == "warning")
    }
}
