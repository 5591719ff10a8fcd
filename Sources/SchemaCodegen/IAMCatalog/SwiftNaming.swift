/// Swift names for IAM service prefixes and action names.
enum SwiftNaming {
    /// Readable type stems for the prefixes the stack uses; others are derived mechanically.
    static let serviceStems: [String: String] = [
        "acm": "ACM", "aoss": "AOSS", "apigateway": "APIGateway", "cloudfront": "CloudFront",
        "cloudwatch": "CloudWatch", "cognito-idp": "CognitoIDP", "dynamodb": "DynamoDB", "ec2": "EC2",
        "elasticache": "ElastiCache", "es": "ES", "execute-api": "ExecuteAPI", "iam": "IAM", "kms": "KMS", "oam": "OAM",
        "rds": "RDS", "rds-data": "RDSData", "rds-db": "RDSDB", "secretsmanager": "SecretsManager",
        "sns": "SNS", "sqs": "SQS", "ssm": "SSM", "sts": "STS", "wafv2": "WAFV2", "xray": "XRay",
    ]

    /// `cognito-idp` -> `CognitoIDP`, `bedrock` -> `Bedrock`.
    static func typeStem(forService prefix: String) -> String {
        if let stem = serviceStems[prefix] { return stem }
        return prefix.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `cognito-idp` -> `cognitoIdp`, `s3` -> `s3`.
    static func accessorName(forService prefix: String) -> String {
        let words = prefix.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return "_" }
        return escaped(first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())
    }

    /// `GetObject` -> `getObject`, `DescribeDBInstances` -> `describeDBInstances`,
    /// `DBInstance` -> `dbInstance`, `GET` -> `get`, `connect` -> `connect`.
    static func memberName(forAction name: String) -> String {
        let characters = Array(name)
        var upperRun = 0
        while upperRun < characters.count, characters[upperRun].isUppercase { upperRun += 1 }
        let lowered: String
        if upperRun == characters.count {
            lowered = name.lowercased()
        } else if upperRun <= 1 {
            lowered = name.prefix(1).lowercased() + name.dropFirst()
        } else {
            lowered = String(characters[..<(upperRun - 1)]).lowercased() + String(characters[(upperRun - 1)...])
        }
        return escaped(lowered)
    }

    /// Backticks Swift keywords; prefixes names that start with a digit.
    static func escaped(_ name: String) -> String {
        if let first = name.first, first.isNumber { return "_" + name }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "Type", "Protocol", "some", "any", "consume", "copy",
    ]
}
