import IAM
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// Each environment reaches its own Terraform state through its own role in the state account,
/// and nothing else: the role's exact policy and trust, and every root's backend.
@Suite struct StateIsolationTests {
    let state = StateModule.build()

    func policy(_ address: String, each: (key: String, value: String)? = nil) throws -> String {
        let record = try #require(state.policies.first { $0.address == address })
        let resolver = ReferenceResolver(each: each)
        return TerraformJSONWriter.pretty(record.document.resolvedJSON { expression in
            if case .reference(let reference) = expression, case .other = reference.root, let value = resolver.resolve(expression) { return value }
            return "${\(expression.hcl)}"
        })
    }

    @Test func stateRoleMayTouchOnlyItsOwnStateAndLock() throws {
        #expect(try policy("aws_iam_role_policy.state") == """
        {
          "Statement": [
            {
              "Action": [
                "s3:ListBucket"
              ],
              "Condition": {
                "StringLike": {
                  "s3:prefix": "${each.key}/*"
                }
              },
              "Effect": "Allow",
              "Resource": [
                "${aws_s3_bucket.state.arn}"
              ],
              "Sid": "ListOwnState"
            },
            {
              "Action": [
                "s3:GetObject",
                "s3:PutObject"
              ],
              "Effect": "Allow",
              "Resource": [
                "${aws_s3_bucket.state.arn}/${each.key}/terraform.tfstate"
              ],
              "Sid": "ReadWriteOwnState"
            },
            {
              "Action": [
                "s3:DeleteObject",
                "s3:GetObject",
                "s3:PutObject"
              ],
              "Effect": "Allow",
              "Resource": [
                "${aws_s3_bucket.state.arn}/${each.key}/terraform.tfstate.tflock"
              ],
              "Sid": "LockOwnState"
            },
            {
              "Action": [
                "kms:Decrypt",
                "kms:Encrypt",
                "kms:GenerateDataKey"
              ],
              "Condition": {
                "StringEquals": {
                  "kms:ViaService": "s3.${var.region}.amazonaws.com"
                }
              },
              "Effect": "Allow",
              "Resource": [
                "${aws_kms_key.state.arn}"
              ],
              "Sid": "UseStateKeyThroughS3"
            }
          ],
          "Version": "2012-10-17"
        }

        """)
    }

    @Test func devInstanceNamesOnlyDevKeys() throws {
        let dev = try policy("aws_iam_role_policy.state", each: ("dev", "111111111111"))
        #expect(dev.contains(#""s3:prefix": "dev/*""#))
        #expect(dev.contains(#""${aws_s3_bucket.state.arn}/dev/terraform.tfstate""#))
        #expect(dev.contains(#""${aws_s3_bucket.state.arn}/dev/terraform.tfstate.tflock""#))
        for other in ["demo", "prod", "qa", "staging"] { #expect(!dev.contains(other)) }
    }

    @Test func stateRoleIsTrustedOnlyByItsEnvironmentsAccount() throws {
        #expect(try policy("aws_iam_role.state", each: ("prod", "333333333333")) == """
        {
          "Statement": [
            {
              "Action": [
                "sts:AssumeRole"
              ],
              "Condition": {
                "StringEquals": {
                  "aws:PrincipalAccount": "333333333333"
                }
              },
              "Effect": "Allow",
              "Principal": {
                "AWS": "arn:${data.aws_partition.current.partition}:iam::333333333333:root"
              },
              "Sid": "TrustAccount"
            }
          ],
          "Version": "2012-10-17"
        }

        """)
        let record = try #require(state.policies.first { $0.address == "aws_iam_role.state" })
        #expect(record.kind == .trust)
        #expect(record.forEach == .reference(Reference(.variable("environments"))))
    }

    @Test func oneRoleAndPolicyPerEnvironment() throws {
        let main = try #require(try state.terraform.render()["main.tf.json"])
        let role = try #require(main["resource"]?["aws_iam_role"]?["state"])
        #expect(role["for_each"] == "${var.environments}")
        #expect(role["name"] == "rag-genai-terraform-state-${each.key}")
        let inline = try #require(main["resource"]?["aws_iam_role_policy"]?["state"])
        #expect(inline["for_each"] == "${var.environments}")
        #expect(inline["role"] == "${aws_iam_role.state[each.key].id}")

        let bootstrap = BootstrapRoot()
        let call = try #require(bootstrap.calls.first { $0.module == StateModule.name }?.call)
        #expect(call.arguments["environments"] == .object([
            "demo": .string("555555555555"), "dev": .string("111111111111"), "prod": .string("333333333333"),
            "qa": .string("444444444444"), "staging": .string("222222222222"),
        ]))
    }

    /// The key policy delegates use to the state account's IAM, through S3 only: with the roles'
    /// own grant, that is what lets them encrypt and decrypt the state.
    @Test func keyPolicyLetsTheAccountsRolesUseTheKeyThroughS3Only() throws {
        let key = try policy("aws_kms_key.state")
        #expect(key.contains(#""Sid": "UseKeyThroughS3""#))
        #expect(key.contains(#""kms:ViaService": "s3.${var.region}.amazonaws.com""#))
    }

    @Test(arguments: Environments.names)
    func backendAssumesTheEnvironmentsStateRole(environment: String) throws {
        let root = EnvironmentRoot(try #require(Environments.named(environment)))
        let settings = try #require(root.module.terraform.settings)
        let backend = TerraformJSONWriter.pretty(try #require(settings.json["backend"]))
        #expect(backend == """
        {
          "s3": {
            "assume_role": {
              "role_arn": "arn:aws:iam::999999999999:role/rag-genai-terraform-state-\(environment)"
            },
            "bucket": "rag-genai-terraform-state",
            "encrypt": true,
            "key": "\(environment)/terraform.tfstate",
            "region": "eu-west-1",
            "use_lockfile": true
          }
        }

        """)
    }

    @Test func gateLintsEveryInstanceWithItsOwnKey() {
        var module = StackModule("leaky")
        let environments: TFMap<TFString> = module.variable("environments", .map(.string), "Accounts by environment.")
        var role = Role("reader", roleName: "reader-\(Role.eachKey)", trust: .account(Role.eachValue, partition: "aws"))
        role.forEach = environments.expression
        role.add(.allow([.s3.getObject], on: ["arn:aws:s3:::rag-genai-\(Role.eachKey)-vectors/*"], sid: "Read"))
        role.declare(in: &module, description: "test")
        let findings = PolicyGate.lint(module, file: "modules-out/leaky/main.tf.json", environment: "dev",
                                       knownEnvironments: Environments.names, arguments: ["environments": .object(["dev": .string("111111111111"), "prod": .string("333333333333")])])
        #expect(findings.map(\.rule) == ["cross-environment"])
        #expect(findings.first?.address == #"aws_iam_role_policy.reader["prod"].policy"#)
    }

    @Test func stateAccountMustBeAnAccountID() {
        #expect(throws: Never.self) { try Environments.validateState() }
        #expect(throws: ConfigurationError.invalidSetting(environment: "bootstrap", setting: "stateAccount", value: #""12345""#,
                                                          limit: "must be a 12-digit AWS account id")) {
            try Environments.validateState(stateAccount: "12345")
        }
    }
}
