import AWSResources
import TerraformCore

/// A Python Lambda function with the platform's defaults: its own log group (retention, KMS),
/// JSON logs into that group, X-Ray `Active`, environment variables encrypted with the
/// environment's key, reserved concurrency, and code from a zip package (written by
/// `synth package`, byte-identical on every machine) whose SHA-256 decides when the function
/// redeploys.
///
/// Its role is passed in: roles are declared in the policies module, so every grant a function
/// has is reviewed in one place.
public struct ServerlessFunction: Sendable {
    public let localName: String
    public var functionName: TFString
    public var description: String
    /// `module.function`, for example `chat_handler.handler`.
    public var handler: String
    public var role: TFString
    /// Path of the zip package, as Terraform sees it (for example `${path.root}/../../build/lambda/handlers.zip`).
    public var package: TFString
    public var memoryMB: TFNumber
    public var timeoutSeconds: TFNumber
    public var reservedConcurrency: TFNumber
    public var kmsKey: TFString
    public var logRetentionDays: TFNumber
    public var environment: [String: TFString]
    /// Where failed asynchronous invocations go, when the function is invoked asynchronously.
    public var deadLetterQueue: TFString?
    public var codeSigningConfig: TFString?
    /// Publish a version on every code change (needed for aliases and provisioned concurrency).
    public var publish: Bool
    /// Subnets and security groups; empty lists (or `nil`) mean no VPC.
    public var vpcConfig: LambdaFunction.VpcConfig?

    public static let runtime = "python3.12"

    public init(_ localName: String, functionName: TFString, description: String, handler: String, role: TFString,
                package: TFString, memoryMB: TFNumber, timeoutSeconds: TFNumber, reservedConcurrency: TFNumber,
                kmsKey: TFString, logRetentionDays: TFNumber, environment: [String: TFString],
                deadLetterQueue: TFString? = nil, codeSigningConfig: TFString? = nil, publish: Bool = false,
                vpcConfig: LambdaFunction.VpcConfig? = nil) {
        self.localName = localName
        self.functionName = functionName
        self.description = description
        self.handler = handler
        self.role = role
        self.package = package
        self.memoryMB = memoryMB
        self.timeoutSeconds = timeoutSeconds
        self.reservedConcurrency = reservedConcurrency
        self.kmsKey = kmsKey
        self.logRetentionDays = logRetentionDays
        self.environment = environment
        self.deadLetterQueue = deadLetterQueue
        self.codeSigningConfig = codeSigningConfig
        self.publish = publish
        self.vpcConfig = vpcConfig
    }

    /// Declares the log group and the function; returns both.
    public func declare(in module: inout StackModule) -> (function: LambdaFunction, logGroup: CloudwatchLogGroup) {
        let logGroup = module.add(CloudwatchLogGroup(localName).with {
            $0.nameAttribute = "/aws/lambda/\(functionName)"
            $0.retentionInDays = logRetentionDays
            $0.kmsKeyId = kmsKey
        })
        let function = module.add(LambdaFunction(localName, functionName: functionName, role: role).with {
            $0.description = TFString(description)
            $0.runtime = TFString(Self.runtime)
            $0.handler = TFString(handler)
            $0.architectures = ["arm64"]
            $0.filename = package
            $0.sourceCodeHash = TF.filebase64sha256(package)
            $0.memorySize = memoryMB
            $0.timeout = timeoutSeconds
            $0.reservedConcurrentExecutions = reservedConcurrency
            $0.kmsKeyArn = kmsKey
            $0.publish = publish ? true : nil
            $0.codeSigningConfigArn = codeSigningConfig
            $0.tracingConfig = .init(mode: "Active")
            $0.loggingConfig = .init(logFormat: "JSON").with {
                $0.logGroup = logGroup.attribute("name")
                $0.applicationLogLevel = "INFO"
                $0.systemLogLevel = "WARN"
            }
            $0.environment = .init().with { $0.variables = TFMap(environment) }
            if let deadLetterQueue { $0.deadLetterConfig = .init(targetArn: deadLetterQueue) }
            $0.vpcConfig = vpcConfig
            // The log group must exist first, or Lambda creates one without retention or KMS.
            $0.meta.dependsOn = [logGroup.address]
        })
        return (function, logGroup)
    }
}
