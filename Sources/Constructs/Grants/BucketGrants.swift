import IAM
import TerraformCore

/// A bucket as grants see it: its ARN (a reference, or a variable wired to one).
public struct BucketRef: Sendable {
    public var arn: TFString
    public init(arn: TFString) { self.arn = arn }

    /// Object-level access on `bucket/*`.
    public enum ObjectAccess: Sendable {
        case read, readWrite, readWriteDelete
        var actions: [Action] {
            switch self {
            case .read: return [.s3.getObject]
            case .readWrite: return [.s3.getObject, .s3.putObject]
            case .readWriteDelete: return [.s3.getObject, .s3.putObject, .s3.deleteObject]
            }
        }
    }

    /// Grants `role` the object actions for `access` on exactly `bucket/*`.
    ///
    ///     bucket.grantObjects(.read, to: &role)
    ///     // "Action": ["s3:GetObject"], "Resource": ["${aws_s3_bucket.vectors.arn}/*"]
    public func grantObjects(_ access: ObjectAccess, to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow(access.actions, on: ["\(arn)/*"], sid: sid, file: file, line: line))
    }

    /// Grants `role` `s3:ListBucket` on the bucket itself (a bucket-level action).
    public func grantList(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.s3.listBucket], on: [arn], sid: sid, file: file, line: line))
    }
}

/// A DynamoDB table as grants see it.
public struct TableRef: Sendable {
    public var arn: TFString
    public init(arn: TFString) { self.arn = arn }

    /// Grants exactly `actions` on the table (no index or stream access).
    public func grant(_ actions: [Action], to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow(actions, on: [arn], sid: sid, file: file, line: line))
    }
}

/// A KMS key as grants see it.
public struct KeyRef: Sendable {
    public var arn: TFString
    public init(arn: TFString) { self.arn = arn }

    /// `kms:Decrypt` on the key: enough to read what was encrypted with it (S3 objects,
    /// environment variables, queue messages).
    public func grantDecrypt(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.kms.decrypt], on: [arn], sid: sid, file: file, line: line))
    }

    /// `kms:Decrypt` and `kms:GenerateDataKey`: writing SSE-KMS objects or encrypted messages.
    public func grantEncryptDecrypt(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.kms.decrypt, .kms.generateDataKey], on: [arn], sid: sid, file: file, line: line))
    }
}

/// An SQS queue as grants see it.
public struct QueueRef: Sendable {
    public var arn: TFString
    public init(arn: TFString) { self.arn = arn }

    public func grantSend(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.sqs.sendMessage], on: [arn], sid: sid, file: file, line: line))
    }
}

/// A CloudWatch log group as grants see it.
public struct LogGroupRef: Sendable {
    public var arn: TFString
    public init(arn: TFString) { self.arn = arn }

    /// Stream creation and writes in this log group only (`log-group:NAME:*`), never
    /// `logs:CreateLogGroup`: the group is created by Terraform with its retention and key.
    public func grantWrite(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.logs.createLogStream, .logs.putLogEvents], on: ["\(arn):*"], sid: sid, file: file, line: line))
    }
}

/// X-Ray trace writes; these actions support no resource-level permissions, so `*` is the only
/// correct resource (the linter allows it for such actions).
public enum Tracing {
    public static func grantWrite(to role: inout Role, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.xray.putTraceSegments, .xray.putTelemetryRecords], on: ["*"], sid: "WriteTraces", file: file, line: line))
    }
}
