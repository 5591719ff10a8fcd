import AWSResources
import Constructs
import IAM
import PolicyLint
import Stack
import TerraformCore

/// The platform with `tenants` tenants, for the scaling benchmark.
///
/// Each tenant adds what a real onboarding would: its own DynamoDB table (SSE under the shared
/// key, point-in-time recovery), a Lambda function with its log group, and a role whose inline
/// policy is built from grants: the tenant's table, its own prefix of the shared bucket
/// (`bucket/tenants/<id>/*`, and `s3:ListBucket` only under that prefix), its log group, the key
/// and X-Ray. That is 5 resources and 2 policies (trust and inline) per tenant.
///
///     let result = try TenantStack(tenants: 100).synthesize()
///     result.resources   // 5 × 100 + the shared resources + the prod platform
struct TenantStack {
    var tenants: Int
    var environment = Environments.prod

    struct Result {
        var resources: Int
        var policies: Int
        var findings: Int
        var bytes: Int
    }

    /// The tenant id of tenant `index`: `t00042`.
    static func tenantID(_ index: Int) -> String {
        let digits = String(index)
        return "t" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Models the prod platform and the tenants module, lints every policy, renders every file.
    func synthesize() throws -> Result {
        let platform = try Synthesizer.synthesize([environment])
        let module = build()
        let findings = PolicyGate.lint(module, file: "modules-out/tenants/main.tf.json", environment: environment.name,
                                       knownEnvironments: Environments.names)
        var bytes = platform.files.values.reduce(0) { $0 + $1.utf8.count }
        for (_, text) in try module.terraform.renderText() {
            bytes += text.utf8.count
        }
        if let blocking = (platform.findings + findings).first(where: \.isBlocking) {
            throw BenchError("the tenant stack has a blocking finding: \(blocking.rule): \(blocking.message)")
        }
        let result = Result(resources: platform.resourceCounts.values.reduce(0, +) + module.terraform.resources.count,
                            policies: module.policies.count, findings: platform.findings.count + findings.count, bytes: bytes)
        // As the synthesizer does with its models: the module is torn down on another core.
        releaseInBackground(module)
        return result
    }

    /// The tenants module: shared key, bucket and code package, then every tenant.
    func build() -> StackModule {
        var module = StackModule("tenants")
        let prefix = environment.prefix
        let account = module.add(CallerIdentityData("current")).accountId
        let partition = module.add(PartitionData("current")).partition

        let encryption = EncryptionKey("tenants", description: "Encrypts tenant tables, logs and environment variables.",
                                       aliasName: TFString("alias/\(prefix)-tenants"), partition: partition, account: account)
        let key = encryption.declare(in: &module)
        let bucket = SecureBucket(localName: "tenant_data", bucketName: TFString("\(prefix)-tenant-data"), encryption: .kms(key.arn),
                                  noncurrentVersionDays: 30, expirationDays: nil)
        bucket.declare(in: &module)
        let package: TFString = "\(Reference(.other("path.root")))/../../build/lambda/tenant-handler.zip"

        for index in 0..<tenants {
            addTenant(Self.tenantID(index), to: &module, account: account, key: key, bucket: bucket.ref, package: package)
        }
        return module
    }

    private func addTenant(_ id: String, to module: inout StackModule, account: TFString, key: KmsKey, bucket: BucketRef,
                           package: TFString) {
        let prefix = environment.prefix
        let localName = "tenant_\(id)"
        let table = module.add(DynamodbTable(localName, nameAttribute: TFString("\(prefix)-\(id)-documents")).with {
            $0.billingMode = "PAY_PER_REQUEST"
            $0.hashKey = "document_id"
            $0.attribute = [.init(name: "document_id", type: "S")]
            $0.serverSideEncryption = .init(enabled: true).with { $0.kmsKeyArn = key.arn }
            $0.pointInTimeRecovery = .init(enabled: true)
        })

        var role = Role(localName, roleName: TFString("\(prefix)-\(id)-role"), service: "lambda.amazonaws.com", account: account)
        TableRef(arn: table.arn).grant([.dynamodb.getItem, .dynamodb.putItem, .dynamodb.query], to: &role, sid: "OwnTable")
        role.add(.allow([.s3.getObject, .s3.putObject], on: ["\(bucket.arn)/tenants/\(id)/*"], sid: "OwnPrefix"))
        role.add(.allow([.s3.listBucket], on: [bucket.arn], sid: "ListOwnPrefix",
                        conditions: [Condition("StringLike", "s3:prefix", [TFString("tenants/\(id)/*")])]))
        let logGroupARN = TFString(Reference(resource: CloudwatchLogGroup.terraformType, name: localName, attribute: "arn"))
        LogGroupRef(arn: logGroupARN).grantWrite(to: &role, sid: "WriteOwnLogs")
        KeyRef(arn: key.arn).grantEncryptDecrypt(to: &role, sid: "UseTenantKey")
        Tracing.grantWrite(to: &role)
        role.declare(in: &module, description: "Tenant \(id): its table, its bucket prefix, its logs.")

        _ = ServerlessFunction(
            localName, functionName: TFString("\(prefix)-\(id)-handler"), description: "Tenant \(id) request handler.",
            handler: "tenant_handler.handler", role: role.arn, package: package, memoryMB: 512, timeoutSeconds: 29,
            reservedConcurrency: 5, kmsKey: key.arn, logRetentionDays: TFNumber(environment.logRetentionDays),
            environment: ["TENANT_ID": TFString(id), "TABLE_NAME": table.attribute("name"), "BUCKET_PREFIX": TFString("tenants/\(id)/")]
        ).declare(in: &module)
    }
}
