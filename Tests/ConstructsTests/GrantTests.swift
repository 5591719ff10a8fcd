import Constructs
import IAM
import TerraformCore
import Testing

/// Each grant adds exactly one statement: the named actions, on exactly the named resource.
@Suite struct GrantTests {
    let bucket = BucketRef(arn: TFString(Reference(resource: "aws_s3_bucket", name: "docs", attribute: "arn")))

    func grants(_ add: (inout Role) -> Void) -> String {
        var role = Role("reader", roleName: "reader", service: "lambda.amazonaws.com", account: "111111111111")
        add(&role)
        return policyJSON(role.policy)
    }

    @Test func bucketObjectsAndListing() {
        #expect(grants { bucket.grantObjects(.read, to: &$0, sid: "Read") }
            == #"{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Resource":["${aws_s3_bucket.docs.arn}/*"],"Sid":"Read"}],"Version":"2012-10-17"}"#)
        #expect(grants { bucket.grantObjects(.readWriteDelete, to: &$0, sid: "Write") }
            == #"{"Statement":[{"Action":["s3:DeleteObject","s3:GetObject","s3:PutObject"],"Effect":"Allow","Resource":["${aws_s3_bucket.docs.arn}/*"],"Sid":"Write"}],"Version":"2012-10-17"}"#)
        #expect(grants { bucket.grantList(to: &$0, sid: "List") }
            == #"{"Statement":[{"Action":["s3:ListBucket"],"Effect":"Allow","Resource":["${aws_s3_bucket.docs.arn}"],"Sid":"List"}],"Version":"2012-10-17"}"#)
    }

    @Test func keysTablesQueuesLogsAndTraces() {
        let policy = grants { role in
            KeyRef(arn: "arn:aws:kms:eu-west-1:1:key/k").grantEncryptDecrypt(to: &role, sid: "Key")
            TableRef(arn: "arn:aws:dynamodb:eu-west-1:1:table/t").grant([.dynamodb.query, .dynamodb.getItem], to: &role, sid: "Table")
            QueueRef(arn: "arn:aws:sqs:eu-west-1:1:q").grantSend(to: &role, sid: "Queue")
            LogGroupRef(arn: "arn:aws:logs:eu-west-1:1:log-group:/aws/lambda/f").grantWrite(to: &role, sid: "Logs")
            Tracing.grantWrite(to: &role)
        }
        #expect(policy == #"{"Statement":["#
            + #"{"Action":["kms:Decrypt","kms:GenerateDataKey"],"Effect":"Allow","Resource":["arn:aws:kms:eu-west-1:1:key/k"],"Sid":"Key"},"#
            + #"{"Action":["dynamodb:GetItem","dynamodb:Query"],"Effect":"Allow","Resource":["arn:aws:dynamodb:eu-west-1:1:table/t"],"Sid":"Table"},"#
            + #"{"Action":["sqs:SendMessage"],"Effect":"Allow","Resource":["arn:aws:sqs:eu-west-1:1:q"],"Sid":"Queue"},"#
            + #"{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":["arn:aws:logs:eu-west-1:1:log-group:/aws/lambda/f:*"],"Sid":"Logs"},"#
            + #"{"Action":["xray:PutTelemetryRecords","xray:PutTraceSegments"],"Effect":"Allow","Resource":["*"],"Sid":"WriteTraces"}"#
            + #"],"Version":"2012-10-17"}"#)
    }

    @Test func secretsReadAndRotate() {
        let secret = SecretRef(arn: "arn:aws:secretsmanager:eu-west-1:1:secret:s")
        #expect(grants { secret.grantRead(to: &$0, sid: "Read") }
            == #"{"Statement":[{"Action":["secretsmanager:GetSecretValue"],"Effect":"Allow","Resource":["arn:aws:secretsmanager:eu-west-1:1:secret:s"],"Sid":"Read"}],"Version":"2012-10-17"}"#)
        #expect(grants { secret.grantRotate(to: &$0, sid: "Rotate") }
            == #"{"Statement":[{"Action":["secretsmanager:DescribeSecret","secretsmanager:GetSecretValue","secretsmanager:PutSecretValue","secretsmanager:UpdateSecretVersionStage"],"Effect":"Allow","Resource":["arn:aws:secretsmanager:eu-west-1:1:secret:s"],"Sid":"Rotate"}],"Version":"2012-10-17"}"#)
    }

    @Test func bedrockModelsByARN() {
        let model = BedrockModels.foundationModelARN(partition: "aws", region: "eu-west-1", modelID: "amazon.titan-embed-text-v2:0")
        let profile = BedrockModels.inferenceProfileARN(partition: "aws", region: "eu-west-1", account: "1", profileID: "eu.claude")
        #expect(grants { BedrockModels.grantInvoke([model, profile], streaming: false, to: &$0, sid: "Invoke") }
            == #"{"Statement":[{"Action":["bedrock:InvokeModel"],"Effect":"Allow","Resource":["arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0","arn:aws:bedrock:eu-west-1:1:inference-profile/eu.claude"],"Sid":"Invoke"}],"Version":"2012-10-17"}"#)
        // A list known only as an expression is the whole Resource.
        let lists = [TFList<TFString>(Reference(.variable("model_arns")))]
        #expect(grants { BedrockModels.grantInvoke([], lists: lists, to: &$0, sid: "Invoke") }
            == #"{"Statement":[{"Action":["bedrock:InvokeModel","bedrock:InvokeModelWithResponseStream"],"Effect":"Allow","Resource":${jsonencode(var.model_arns)},"Sid":"Invoke"}],"Version":"2012-10-17"}"#)
    }
}
