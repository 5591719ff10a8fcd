import TerraformCore

/// What a reference to a resource attribute looks like at apply time, for the policy gate.
///
/// The linter checks ARNs against the IAM catalog's ARN formats; a reference such as
/// `aws_dynamodb_table.costs.arn` has no text before apply, so the gate substitutes a sample
/// of the right shape (`arn:aws:dynamodb:eu-west-1:123456789012:table/sample`). That is how
/// `s3:GetObject` on `${aws_s3_bucket.vectors.arn}` (a bucket, not `bucket/*`) is caught.
public enum ARNSamples {
    public static let account = "123456789012"
    public static let region = "eu-west-1"

    /// `resource type` → `attribute` → sample value. Add a row when a new type is referenced
    /// from a policy; an unknown reference stays an unknown part, which the linter skips.
    static let samples: [String: [String: String]] = [
        "aws_s3_bucket": ["arn": "arn:aws:s3:::sample-bucket", "id": "sample-bucket", "bucket": "sample-bucket"],
        "aws_dynamodb_table": ["arn": "arn:aws:dynamodb:\(region):\(account):table/sample-table", "name": "sample-table",
                               "stream_arn": "arn:aws:dynamodb:\(region):\(account):table/sample-table/stream/2024-01-01T00:00:00.000"],
        "aws_kms_key": ["arn": "arn:aws:kms:\(region):\(account):key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
                        "key_id": "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"],
        "aws_kms_alias": ["arn": "arn:aws:kms:\(region):\(account):alias/sample"],
        "aws_cloudwatch_log_group": ["arn": "arn:aws:logs:\(region):\(account):log-group:/aws/sample", "name": "/aws/sample"],
        "aws_sqs_queue": ["arn": "arn:aws:sqs:\(region):\(account):sample-queue", "name": "sample-queue"],
        "aws_sns_topic": ["arn": "arn:aws:sns:\(region):\(account):sample-topic", "name": "sample-topic"],
        "aws_lambda_function": ["arn": "arn:aws:lambda:\(region):\(account):function:sample", "function_name": "sample",
                                "qualified_arn": "arn:aws:lambda:\(region):\(account):function:sample:1"],
        "aws_lambda_alias": ["arn": "arn:aws:lambda:\(region):\(account):function:sample:live"],
        "aws_iam_role": ["arn": "arn:aws:iam::\(account):role/sample-role", "name": "sample-role"],
        "aws_apigatewayv2_api": ["execution_arn": "arn:aws:execute-api:\(region):\(account):a1b2c3d4e5", "id": "a1b2c3d4e5",
                                 "arn": "arn:aws:apigateway:\(region)::/apis/a1b2c3d4e5"],
        "aws_secretsmanager_secret": ["arn": "arn:aws:secretsmanager:\(region):\(account):secret:sample-AbCdEf"],
        "aws_ssm_parameter": ["arn": "arn:aws:ssm:\(region):\(account):parameter/sample"],
        "aws_wafv2_web_acl": ["arn": "arn:aws:wafv2:us-east-1:\(account):global/webacl/sample/0a1b2c3d"],
        "aws_cloudfront_distribution": ["arn": "arn:aws:cloudfront::\(account):distribution/E1A2B3C4D5E6F7"],
        "aws_opensearchserverless_collection": ["arn": "arn:aws:aoss:\(region):\(account):collection/a1b2c3d4e5f6g7h8"],
        "aws_rds_cluster": ["arn": "arn:aws:rds:\(region):\(account):cluster:sample",
                            "cluster_resource_id": "cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
        "aws_elasticache_serverless_cache": ["arn": "arn:aws:elasticache:\(region):\(account):serverlesscache:sample"],
        "aws_security_group": ["arn": "arn:aws:ec2:\(region):\(account):security-group/sg-0123456789abcdef0", "id": "sg-0123456789abcdef0"],
        "aws_subnet": ["arn": "arn:aws:ec2:\(region):\(account):subnet/subnet-0123456789abcdef0", "id": "subnet-0123456789abcdef0"],
        "aws_vpc": ["arn": "arn:aws:ec2:\(region):\(account):vpc/vpc-0123456789abcdef0", "id": "vpc-0123456789abcdef0"],
        "aws_backup_vault": ["arn": "arn:aws:backup:\(region):\(account):backup-vault:sample"],
        "aws_cognito_user_pool": ["arn": "arn:aws:cognito-idp:\(region):\(account):userpool/\(region)_AbCdEfGhI"],
        "data.aws_caller_identity": ["account_id": account],
        "data.aws_region": ["region": region, "name": region],
        "data.aws_partition": ["partition": "aws"],
    ]

    /// The sample for `origin`, or `nil` when its shape is unknown.
    public static func sample(for origin: Reference.Origin) -> String? {
        samples[origin.resourceType]?[origin.attribute]
    }
}
