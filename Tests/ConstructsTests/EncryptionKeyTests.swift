import AWSResources
import Constructs
import IAM
import TerraformCore
import Testing

/// Customer-managed keys: rotation on, administration without use, explicit users and
/// services, and every `"Resource": "*"` carrying the reviewed key-policy suppression.
@Suite struct EncryptionKeyTests {
    func key() -> EncryptionKey {
        var key = EncryptionKey("main", description: "Docs.", aliasName: "alias/docs", partition: "aws", account: "111111111111")
        key.allowUse(by: ["arn:aws:iam::111111111111:role/reader"], sid: "UseKeyFromReader")
        key.allowService("logs.eu-west-1.amazonaws.com", actions: [.kms.encrypt, .kms.decrypt],
                         conditions: [Condition("ArnLike", "kms:EncryptionContext:aws:logs:arn", ["arn:aws:logs:eu-west-1:111111111111:log-group:*"])],
                         sid: "UseKeyFromLogs")
        return key
    }

    @Test func theKeyAndItsAliasAreDeclared() throws {
        var module = StackModule("m")
        key().declare(in: &module)
        #expect(addresses(module) == ["aws_kms_alias.main", "aws_kms_key.main"])
        #expect(try resourceJSON(module, "aws_kms_alias.main") == #"{"name":"alias/docs","target_key_id":"${aws_kms_key.main.key_id}"}"#)
        let keyJSON = try resourceJSON(module, "aws_kms_key.main")
        #expect(keyJSON.hasPrefix(#"{"deletion_window_in_days":30,"description":"Docs.","enable_key_rotation":true,"policy":"#))
        #expect(module.policies.map(\.kind) == [.kmsKey])
        #expect(module.policies.map(\.argument) == ["policy"])
    }

    @Test func administrationComesFirstAndEveryStatementIsSuppressedWithTheReason() {
        let policy = key().policy
        #expect(policy.statements.map(\.sid) == ["AdministerKey", "UseKeyFromReader", "UseKeyFromLogs"])
        #expect(!policy.statements[0].actions.contains(.kms.decrypt))
        #expect(policy.statements[1].actions == EncryptionKey.useActions)
        #expect(policy.suppressions.keys.sorted() == [0, 1, 2])
        #expect(policy.suppressions.values.flatMap { $0 }.map(\.rule) == ["wildcard-resource", "wildcard-resource", "wildcard-resource"])
        #expect(policy.suppressions.values.flatMap { $0 }.allSatisfy { $0.reason == EncryptionKey.keyPolicyResourceReason })
        #expect(policyJSON(policy).contains(
            #"{"Action":["kms:Decrypt","kms:Encrypt"],"Condition":{"ArnLike":{"kms:EncryptionContext:aws:logs:arn":"arn:aws:logs:eu-west-1:111111111111:log-group:*"}},"Effect":"Allow","Principal":{"Service":"logs.eu-west-1.amazonaws.com"},"Resource":["*"],"Sid":"UseKeyFromLogs"}"#))
    }

    @Test func aKeyInAnotherRegionUsesThatProvider() throws {
        var module = StackModule("m")
        key().declare(in: &module, provider: "aws.us_east_1")
        #expect(try resourceJSON(module, "aws_kms_alias.main").contains(#""provider":"aws.us_east_1""#))
        #expect(try resourceJSON(module, "aws_kms_key.main").contains(#""provider":"aws.us_east_1""#))
        #expect(module.policies.map(\.address) == ["aws_kms_key.main"])
    }
}
