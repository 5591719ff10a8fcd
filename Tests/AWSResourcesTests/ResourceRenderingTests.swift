import AWSResources
import TerraformCore
import Testing

/// Generated types store what is set in their body and render it as Terraform JSON.
@Suite struct ResourceRenderingTests {
    @Test func bucketWithTagsAndANestedBlockRendersItsBody() {
        let bucket = S3Bucket("vectors").with {
            $0.bucket = "rag-genai-prod-vectors"
            $0.forceDestroy = false
            $0.tags = ["env": "prod", "service": "rag"]
            $0.corsRule = [S3Bucket.CorsRule(allowedMethods: ["GET", "PUT"], allowedOrigins: ["https://example.com"]).with {
                $0.maxAgeSeconds = 3000
            }]
        }
        #expect(TerraformJSONWriter.pretty(bucket.body.json) == """
            {
              "bucket": "rag-genai-prod-vectors",
              "cors_rule": [
                {
                  "allowed_methods": [
                    "GET",
                    "PUT"
                  ],
                  "allowed_origins": [
                    "https://example.com"
                  ],
                  "max_age_seconds": 3000
                }
              ],
              "force_destroy": false,
              "tags": {
                "env": "prod",
                "service": "rag"
              }
            }

            """)
        #expect(bucket.bucket?.literal == "rag-genai-prod-vectors")
        #expect(bucket.address == "aws_s3_bucket.vectors")
    }

    @Test func computedAttributesAreTypedReferences() {
        let bucket = S3Bucket("vectors")
        #expect(bucket.arn.expression.json == "${aws_s3_bucket.vectors.arn}")
        #expect(bucket.id.expression.json == "${aws_s3_bucket.vectors.id}")
        let objects: TFString = "\(bucket.arn)/*"
        #expect(objects.expression.json == "${aws_s3_bucket.vectors.arn}/*")
        #expect(objects.expression.references.first?.resolvedOrigin == Reference.Origin(resourceType: "aws_s3_bucket", attribute: "arn"))
    }

    @Test func requiredArgumentsAndBlocksAreInitializerParameters() {
        let bucket = S3Bucket("vectors")
        let versioning = S3BucketVersioning("vectors", bucket: bucket.id, versioningConfiguration: .init(status: "Enabled"))
        #expect(TerraformJSONWriter.pretty(versioning.body.json) == """
            {
              "bucket": "${aws_s3_bucket.vectors.id}",
              "versioning_configuration": {
                "status": "Enabled"
              }
            }

            """)
        #expect(versioning.versioningConfiguration.status.literal == "Enabled")
        #expect(versioning.body.references.map(\.hcl) == ["aws_s3_bucket.vectors.id"])
    }

    @Test func theNameArgumentDoesNotHideTheLocalName() {
        let table = DynamodbTable("sessions", nameAttribute: "rag-prod-sessions").with {
            $0.billingMode = "PAY_PER_REQUEST"
            $0.hashKey = "pk"
            $0.attribute = [.init(name: "pk", type: "S")]
        }
        #expect(table.name == "sessions")
        #expect(table.nameAttribute.literal == "rag-prod-sessions")
        #expect(TerraformJSONWriter.pretty(table.body.json) == """
            {
              "attribute": [
                {
                  "name": "pk",
                  "type": "S"
                }
              ],
              "billing_mode": "PAY_PER_REQUEST",
              "hash_key": "pk",
              "name": "rag-prod-sessions"
            }

            """)
    }

    @Test func dataSourcesReferenceThroughData() {
        let account = CallerIdentityData("current")
        #expect(account.address == "data.aws_caller_identity.current")
        #expect(account.accountId.expression.json == "${data.aws_caller_identity.current.account_id}")
        let zones = AvailabilityZonesData("available").with { $0.state = "available" }
        #expect((zones.attribute("names") as TFList<TFString>).expression.json == "${data.aws_availability_zones.available.names}")
        let function = LambdaFunction("chat", functionName: "rag-prod-chat", role: IamRole("chat", assumeRolePolicy: "{}").arn).with {
            $0.filename = "build/chat.zip"
            $0.sourceCodeHash = TF.filebase64sha256("build/chat.zip")
        }
        #expect(function.sourceCodeHash?.expression.json == #"${filebase64sha256("build/chat.zip")}"#)
        #expect(function.role.expression.json == "${aws_iam_role.chat.arn}")
    }

    @Test func dynamicAttributesTakeJSON() {
        let metrics = Wafv2WebAcl.Rule.VisibilityConfig(cloudwatchMetricsEnabled: true, metricName: "rate-limit", sampledRequestsEnabled: false)
        let rule = Wafv2WebAcl.Rule(name: "rate-limit", priority: 1, visibilityConfig: metrics).with {
            $0.statement = TFAny(json: ["rate_based_statement": ["aggregate_key_type": "IP", "limit": 2000]])
        }
        #expect(TerraformJSONWriter.pretty(rule.body.json) == """
            {
              "name": "rate-limit",
              "priority": 1,
              "statement": {
                "rate_based_statement": {
                  "aggregate_key_type": "IP",
                  "limit": 2000
                }
              },
              "visibility_config": {
                "cloudwatch_metrics_enabled": true,
                "metric_name": "rate-limit",
                "sampled_requests_enabled": false
              }
            }

            """)
    }
}
