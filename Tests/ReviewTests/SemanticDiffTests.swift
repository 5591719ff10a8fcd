import Testing
@testable import Review
import SynthTestSupport

/// The diff engine on two small `[path: contents]` maps (``DiffFixtures``), without the stack.
@Suite struct SemanticDiffTests {
    let report = SemanticDiff.compare(old: DiffFixtures.old, new: DiffFixtures.new)

    @Test func textListsGrantsFirstThenFoldersThenFiles() {
        #expect(report.text == """
        synth diff: 2 blocks added, 2 removed, 3 changed, 1 moved; IAM: 1 granted, 0 revoked; files: 1 added, 1 removed

        GRANTED (new access):
          modules-out/lambda aws_iam_role_policy.chat policy
            + s3:PutObject on ${var.bucket_arn}/*  [ReadObjects]

        modules-out/lambda:
          + aws_sns_topic.alerts
          + output.chat_function_name
          - aws_sqs_queue.legacy
          ~ aws_apigatewayv2_stage.default
              default_route_settings.throttling_rate_limit: 100 → 200
          ~ aws_iam_role_policy.chat
              policy: access changed (see IAM above)
          ~ aws_lambda_function.chat
              memory_size: 512 → 1024
          → aws_cloudwatch_log_group.chat_logs moved to aws_cloudwatch_log_group.chat; add a moved block to keep its state: {"moved": [{"from": "aws_cloudwatch_log_group.chat_logs", "to": "aws_cloudwatch_log_group.chat"}]}

        modules-out/retired:
          - aws_s3_bucket.old

        files:
          + modules-out/lambda/outputs.tf.json
          - modules-out/retired/main.tf.json

        """)
    }

    @Test func markdownFitsAPullRequestComment() {
        #expect(report.markdown == """
        ### synth diff

        2 blocks added, 2 removed, 3 changed, 1 moved · IAM: 1 granted, 0 revoked · files: 1 added, 1 removed

        #### IAM access GRANTED

        | folder | policy | Sid | change |
        | --- | --- | --- | --- |
        | `modules-out/lambda` | `aws_iam_role_policy.chat policy` | `ReadObjects` | `+ s3:PutObject on ${var.bucket_arn}/*` |

        #### `modules-out/lambda`

        - added `aws_sns_topic.alerts`
        - added `output.chat_function_name`
        - removed `aws_sqs_queue.legacy`
        - changed `aws_apigatewayv2_stage.default`
          - `default_route_settings.throttling_rate_limit`: `100` → `200`
        - changed `aws_iam_role_policy.chat`
          - `policy`: access changed (see IAM above)
        - changed `aws_lambda_function.chat`
          - `memory_size`: `512` → `1024`
        - moved `aws_cloudwatch_log_group.chat_logs` → `aws_cloudwatch_log_group.chat`; add `{"moved": [{"from": "aws_cloudwatch_log_group.chat_logs", "to": "aws_cloudwatch_log_group.chat"}]}` to keep its state

        #### `modules-out/retired`

        - removed `aws_s3_bucket.old`

        #### Files

        - added `modules-out/lambda/outputs.tf.json`
        - removed `modules-out/retired/main.tf.json`

        """)
    }

    @Test func jsonCarriesOldAndNewValuesAndGrants() {
        let json = JSONValueFixture(report.json).value
        #expect(json["differs"] == true)
        #expect(json["iam"]?["granted"] == [[
            "action": "s3:PutObject", "address": "aws_iam_role_policy.chat", "change": "added", "effect": "Allow",
            "folder": "modules-out/lambda", "path": "policy", "resource": "${var.bucket_arn}/*", "sid": "ReadObjects",
        ]])
        let lambda = json["folders"]?.arrayValue?.first
        #expect(lambda?["moved"] == [["from": "aws_cloudwatch_log_group.chat_logs", "to": "aws_cloudwatch_log_group.chat"]])
        #expect(lambda?["changed"]?.arrayValue?.last == [
            "address": "aws_lambda_function.chat", "changes": [["path": "memory_size", "old": 512, "new": 1024]],
        ])
    }

    @Test func identicalTreesHaveNoDifferences() {
        let same = SemanticDiff.compare(old: DiffFixtures.new, new: DiffFixtures.new)
        #expect(same.isEmpty)
        #expect(same.text == "synth diff: no differences\n")
        #expect(same.markdown == "### synth diff\n\nNo differences: the files on disk are what synth would write.\n")
    }

    @Test func revokedAccessAndDeniesAreSeparateFromGrants() {
        func policy(_ statements: String) -> [String: String] {
            let text = #"{"resource": {"aws_iam_role_policy": {"r": {"policy": "{\"Statement\":[\#(statements)]}"}}}}"#
            return ["modules-out/p/main.tf.json": text]
        }
        let read = #"{\"Action\":[\"s3:GetObject\",\"s3:DeleteObject\"],\"Effect\":\"Allow\",\"Resource\":\"${var.b}/*\",\"Sid\":\"Read\"}"#
        let narrowed = #"{\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\",\"Resource\":\"${var.b}/*\",\"Sid\":\"Read\"}"#
        let deny = #"{\"Action\":\"s3:GetObject\",\"Effect\":\"Deny\",\"Resource\":\"${var.b}/private/*\",\"Sid\":\"NoPrivate\"}"#
        let diff = SemanticDiff.compare(old: policy(read), new: policy(narrowed + "," + deny))
        #expect(diff.grantedCount == 0)
        #expect(diff.policyChanges.first?.revoked.map(\.description) == [
            "+ deny s3:GetObject on ${var.b}/private/*",
            "- s3:DeleteObject on ${var.b}/*",
        ])
        #expect(diff.text.contains("\nREVOKED:\n  modules-out/p aws_iam_role_policy.r policy\n"))
    }

    @Test func readableLinesFoldActionsAndResourcesPerStatement() {
        let changes = ["s3:GetObject", "s3:PutObject"].flatMap { action in
            ["${var.a}/*", "${var.b}/*"].map { DiffReport.PermissionChange(permission: Permission(action: action, resource: $0, sid: "RW"), added: true) }
        } + [DiffReport.PermissionChange(permission: Permission(action: "s3:ListBucket", resource: "${var.a}", sid: "List"), added: true)]
        #expect(DiffReport.PolicyChange.readableLines(changes).map { "\($0.sid): \($0.text)" } == [
            "RW: + s3:GetObject, s3:PutObject on ${var.a}/*, ${var.b}/*",
            "List: + s3:ListBucket on ${var.a}",
        ])
    }

    @Test func trustPoliciesReportPrincipalsAndConditions() {
        let old = #"{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Sid\":\"Trust\"}]}"#
        let permissions = PolicyPermissions.parse(JSONValueFixture("\"\(old)\"").value.stringValue!)
        #expect(permissions?.map(\.description) == ["sts:AssumeRole for Service:lambda.amazonaws.com"])
        let conditioned = #"{"Statement":[{"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"1"}},"Principal":"*"}]}"#
        #expect(PolicyPermissions.parse(conditioned)?.map(\.description)
            == [#"sts:AssumeRole for * when {"StringEquals":{"aws:SourceAccount":"1"}}"#])
        #expect(PolicyPermissions.parse(conditioned)?.first?.sid == "#0")
    }

    @Test func bareInterpolationsAreQuotedBeforeParsing() {
        #expect(PolicyPermissions.quotingBareInterpolations(#"{"Resource":${jsonencode(var.arns)},"A":"${x}"}"#)
            == #"{"Resource":"${jsonencode(var.arns)}","A":"${x}"}"#)
        #expect(PolicyPermissions.parse(#"{"Statement":[{"Action":"bedrock:InvokeModel","Resource":${jsonencode(var.arns)}}]}"#)?
            .map(\.description) == ["bedrock:InvokeModel on ${jsonencode(var.arns)}"])
    }

    @Test func formattingOnlyAndInvalidFilesAreReported() {
        let path = "environments/dev/main.tf.json"
        let formatting = SemanticDiff.compare(old: [path: #"{"module": {}}"#], new: [path: "{\n  \"module\": {}\n}\n"])
        #expect(formatting.text == "synth diff: 1 other file differs\n\nfiles:\n  ~ environments/dev/main.tf.json (formatting only)\n")
        let invalid = SemanticDiff.compare(old: [path: "{"], new: [path: "{}\n"])
        #expect(invalid.unreadable.map(\.path) == [path])
        #expect(invalid.text.contains("  ! environments/dev/main.tf.json is not valid JSON: line 1, column 2"))
    }

    @Test func attributePathsCollapseOneElementBlocksAndIndexLongerLists() {
        let old = JSONValueFixture(#"{"a": [{"b": 1}], "list": [1, 2], "gone": true}"#).value
        let new = JSONValueFixture(#"{"a": [{"b": 2}], "list": [1, 3], "added": "x"}"#).value
        #expect(AttributeChange.changes(from: old, to: new).map(\.description)
            == [#"a.b: 1 → 2"#, #"added: (none) → "x""#, "gone: true → (none)", "list[1]: 2 → 3"])
    }
}
