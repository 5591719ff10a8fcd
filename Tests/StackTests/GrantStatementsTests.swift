import IAM
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// The exact IAM statements each grant produces, as the policy JSON Terraform receives.
@Suite struct GrantStatementsTests {
    let policies = PoliciesModule.build()

    func policy(_ address: String) throws -> String {
        let record = try #require(policies.policies.first { $0.address == address })
        return TerraformJSONWriter.pretty(record.document.resolvedJSON { "${\($0.hcl)}" })
    }

    @Test func chatRoleGetsExactlyItsGrants() throws {
        #expect(try policy("aws_iam_role_policy.chat") == """
        {
          "Statement": [
            {
              "Action": [
                "bedrock:InvokeModel",
                "bedrock:InvokeModelWithResponseStream"
              ],
              "Effect": "Allow",
              "Resource": "${var.chat_model_arns}",
              "Sid": "InvokeChatAndEmbeddingModels"
            },
            {
              "Action": [
                "s3:GetObject"
              ],
              "Effect": "Allow",
              "Resource": [
                "${var.bucket_arn}/*"
              ],
              "Sid": "ReadVectors"
            },
            {
              "Action": [
                "s3:ListBucket"
              ],
              "Effect": "Allow",
              "Resource": [
                "${var.bucket_arn}"
              ],
              "Sid": "ListVectors"
            },
            {
              "Action": [
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:Query"
              ],
              "Effect": "Allow",
              "Resource": [
                "${var.table_arn}"
              ],
              "Sid": "RecordAndReadCosts"
            },
            {
              "Action": [
                "logs:CreateLogStream",
                "logs:PutLogEvents"
              ],
              "Effect": "Allow",
              "Resource": [
                "${var.chat_log_group_arn}:*"
              ],
              "Sid": "WriteOwnLogs"
            },
            {
              "Action": [
                "xray:PutTelemetryRecords",
                "xray:PutTraceSegments"
              ],
              "Effect": "Allow",
              "Resource": [
                "*"
              ],
              "Sid": "WriteTraces"
            },
            {
              "Action": [
                "kms:Decrypt"
              ],
              "Effect": "Allow",
              "Resource": [
                "${var.kms_key_arn}"
              ],
              "Sid": "DecryptWithEnvironmentKey"
            }
          ],
          "Version": "2012-10-17"
        }

        """)
    }

    @Test func ingestRoleGetsExactlyItsGrants() throws {
        let text = try policy("aws_iam_role_policy.ingest")
        let statements = try #require(try JSONParser.parse(text)["Statement"]?.arrayValue)
        let summary = statements.map { statement in
            "\(statement["Sid"]!.stringValue!): \(statement["Action"]!.arrayValue!.map { $0.stringValue! }.joined(separator: ",")) on \(TerraformJSONWriter.compact(statement["Resource"]!))"
        }
        #expect(summary == [
            #"InvokeEmbeddingModel: bedrock:InvokeModel on "${var.embedding_model_arns}""#,
            #"ReadWriteVectors: s3:DeleteObject,s3:GetObject,s3:PutObject on ["${var.bucket_arn}/*"]"#,
            #"ListVectors: s3:ListBucket on ["${var.bucket_arn}"]"#,
            #"SendFailedEventsToDLQ: sqs:SendMessage on ["${var.ingest_dlq_arn}"]"#,
            #"WriteOwnLogs: logs:CreateLogStream,logs:PutLogEvents on ["${var.ingest_log_group_arn}:*"]"#,
            #"WriteTraces: xray:PutTelemetryRecords,xray:PutTraceSegments on ["*"]"#,
            #"EncryptWithEnvironmentKey: kms:Decrypt,kms:GenerateDataKey on ["${var.kms_key_arn}"]"#,
        ])
    }

    @Test func trustIsLambdaInThisAccountOnly() throws {
        #expect(try policy("aws_iam_role.chat") == """
        {
          "Statement": [
            {
              "Action": [
                "sts:AssumeRole"
              ],
              "Condition": {
                "StringEquals": {
                  "aws:SourceAccount": "${data.aws_caller_identity.current.account_id}"
                }
              },
              "Effect": "Allow",
              "Principal": {
                "Service": "lambda.amazonaws.com"
              },
              "Sid": "TrustService"
            }
          ],
          "Version": "2012-10-17"
        }

        """)
    }

    @Test func renderedPolicyIsCanonicalJSONWithLiveReferences() throws {
        let json = try policies.terraform.render()["main.tf.json"]!
        let rendered = try #require(json["resource"]?["aws_iam_role_policy"]?["chat"]?["policy"]?.stringValue)
        #expect(rendered.hasPrefix(#"{"Statement":[{"Action":["bedrock:InvokeModel","bedrock:InvokeModelWithResponseStream"],"Effect":"Allow","Resource":${jsonencode(var.chat_model_arns)},"Sid":"InvokeChatAndEmbeddingModels"},{"Action":["s3:GetObject"],"Effect":"Allow","Resource":["${var.bucket_arn}/*"]"#))
        #expect(rendered.hasSuffix(#""Version":"2012-10-17"}"#))
    }

    @Test func inferenceProfileGrantsProfileAndModelInEveryDestinationRegion() {
        #expect(ModelARNs.chat(Environments.prod) == [
            "arn:aws:bedrock:eu-west-1:333333333333:inference-profile/eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
            "arn:aws:bedrock:eu-central-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "arn:aws:bedrock:eu-west-3::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0",
        ])
        #expect(ModelARNs.chat(Environments.dev) == [
            "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
            "arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0",
        ])
    }
}
