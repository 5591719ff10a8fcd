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

    @Test func textGroupsByFileOrModuleAndAddress() {
        #expect(TextFormatter().format(findings) == #"""
            policies/reader.json
              error wildcard-action statement 0 (s3:*): action "s3:*" uses a wildcard; list the exact actions needed

            module monitoring, aws_iam_role_policy.xray
              error wildcard-resource statement Traces (xray:GetSamplingRules) [suppressed: sampling rules are account wide]: m2
              warning invalid-policy: m3

            1 error, 1 warning, 1 suppressed

            """#)
        #expect(TextFormatter().format([]) == "no findings\n")
    }

    @Test func textNamesFileModuleAndAddressAndGroupsOneSuppressedStatement() {
        let suppression = Suppression(rule: "wildcard-resource", reason: "In a KMS key policy, * is this key")
        let keyFindings = ["kms:Decrypt", "kms:Encrypt"].map { action in
            Finding(rule: "wildcard-resource", severity: .error, message: "m", file: "modules-out/storage/main.tf.json", module: "storage",
                    address: "aws_kms_key.main.policy", statement: "UseKey", action: action, resource: "*", suppressed: suppression)
        }
        let open = Finding(rule: "wildcard-resource", severity: .error, message: "open", file: "modules-out/storage/main.tf.json",
                           module: "storage", address: "aws_kms_key.main.policy", statement: "Other", action: "kms:Decrypt", resource: "*")
        #expect(TextFormatter().format(keyFindings + [open]) == #"""
            modules-out/storage/main.tf.json (module storage, aws_kms_key.main.policy)
              error wildcard-resource statement UseKey (2 actions: kms:Decrypt, kms:Encrypt) [suppressed: In a KMS key policy, * is this key]
              error wildcard-resource statement Other (kms:Decrypt): open

            1 error, 2 suppressed

            """#)
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
        let rules = run["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        #expect(rules.compactMap { $0["id"]?.stringValue } == [
            "invalid-policy", "not-action", "not-resource", "unknown-service", "unknown-action", "wildcard-action",
            "wildcard-resource", "resource-mismatch", "privilege-escalation", "public-principal", "cross-environment",
        ])
        #expect(rules.allSatisfy { $0["shortDescription"]?["text"]?.stringValue != nil && $0["help"]?["text"]?.stringValue != nil })
        let results = run["results"]?.arrayValue ?? []
        #expect(results.count == 3)
        #expect(results[0]["ruleId"] == "wildcard-action")
        #expect(results[0]["ruleIndex"] == 5)
        #expect(results[0]["level"] == "error")
        #expect(results[0]["message"]?["text"] == .string(findings[0].message))
        #expect(results[0]["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"] == "policies/reader.json")
        #expect(results[0]["suppressions"] == nil)
        #expect(results[1]["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"] == "modules-out/monitoring/main.tf.json")
        #expect(results[1]["suppressions"] == [["kind": "inSource", "justification": "sampling rules are account wide"]])
        #expect(results[2]["level"] == "warning")
    }
}
