import PolicyLint
import Testing

@Test func smoke() {
    let cases = [
        policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::b""#),
        policy(action: #""s3:ListBucket""#, resource: #""arn:aws:s3:::b/*""#),
        policy(action: #"["s3:ListBucket","s3:getobject"]"#, resource: #"["arn:aws:s3:::b","arn:aws:s3:::b/*"]"#),
        policy(action: #""logs:PutLogEvents""#, resource: #""arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:*""#),
        policy(action: #""logs:CreateLogStream""#, resource: #""arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:*""#),
        policy(action: #""kms:Decrypt""#, resource: #""arn:aws:kms:us-east-1:123456789012:alias/x""#),
        policy(action: #""kms:Decrypt""#, resource: #""arn:aws:kms:us-east-1:123456789012:key/*""#),
        policy(action: #""bedrock:InvokeModel""#, resource: #""arn:aws:bedrock:us-east-1::foundation-model/*""#),
        policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::*/*""#),
        policy(action: #""xray:PutTraceSegments""#, resource: #""*""#),
        policy(action: #""s3:Get*""#, resource: #""*""#),
        policy(action: #""s3:Foo*""#, resource: #""*""#),
        policy("Deny", action: #""s3:GetObjectz""#, resource: #""*""#),
        policy(action: #""s4:GetObject""#, resource: #""*""#),
        policy(action: #""dynamodb:Query""#, resource: #""arn:aws:dynamodb:us-east-1:1:table/T/index/*""#),
        policy(action: #""dynamodb:PutItem""#, resource: #""arn:aws:dynamodb:us-east-1:1:table/T/index/*""#),
        policy(action: #""s3:GetObject""#, resource: #""${aws_s3_bucket.x.arn}""#),
        policy(action: #""s3:GetObject""#, resource: #""${var.bucket_arn}/*""#),
        policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::b/${aws:username}/*""#),
        policy(action: #""iam:PassRole""#, resource: #""*""#),
        policy(action: #"["lambda:UpdateFunctionCode","iam:PassRole"]"#, resource: #""arn:aws:iam::1:role/x""#),
        policy(action: #""iam:*""#, resource: #""*""#),
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::rag-genai-prod-x/*"}}"#,
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}"#,
        #"{"Version":"2012-10-17","Statement":[{"Sid":"a","Effect":"allow","Action":"s3:GetObject"},{"Sid":"a","Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}"#,
        "{",
    ]
    for c in cases {
        print("== \(c)")
        for f in lint(c, environment: "dev") { print("  [\(f.rule)] \(f.severity) st=\(f.statement ?? "-") a=\(f.action ?? "-") r=\(f.resource ?? "-"): \(f.message)") }
    }
}
