import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/database`: the cost table `rag-genai-<env>-costs`, keyed by tenant and request,
/// with TTL, SSE under the environment's key, point-in-time recovery where asked for, deletion
/// protection in prod, and App Auto Scaling when capacity is provisioned.
enum DatabaseModule: PlatformModule {
    static let name = "database"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var billingMode = ModuleInput<TFString>("billing_mode", "PAY_PER_REQUEST (on-demand) or PROVISIONED.", validations: [.init("contains([\"PAY_PER_REQUEST\", \"PROVISIONED\"], var.billing_mode)", "billing_mode must be PAY_PER_REQUEST or PROVISIONED.")])
        var deletionProtection = ModuleInput<TFBool>("deletion_protection", "Refuse table deletion (prod).")
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the KMS key that encrypts the table.")
        var pointInTimeRecovery = ModuleInput<TFBool>("point_in_time_recovery", "Enable point-in-time recovery (35 days of restores).")
        var provisionedCapacity = ModuleInput<TFAny>("provisioned_capacity", type: .object(["read_max": .number, "read_min": .number, "write_max": .number, "write_min": .number]), "Read and write capacity bounds for auto scaling (used when billing_mode is PROVISIONED).", default: ["read_max": 1, "read_min": 1, "write_max": 1, "write_min": 1], validations: [.init("var.provisioned_capacity.read_min >= 1 && var.provisioned_capacity.read_max >= var.provisioned_capacity.read_min && var.provisioned_capacity.write_min >= 1 && var.provisioned_capacity.write_max >= var.provisioned_capacity.write_min", "provisioned_capacity needs 1 <= min <= max for reads and writes.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var tableARN = ModuleOutput<TFString>("table_arn", "ARN of the cost table.")
        var tableName = ModuleOutput<TFString>("table_name", "Name of the cost table.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        let billingMode = input.billingMode
        // `var.provisioned_capacity.<bound>`, one number of the capacity object.
        let capacity = input.provisionedCapacity
        let bound = { (name: String) -> TFNumber in TFNumber(capacity.reference!.appending(name)) }
        let pitr = input.pointInTimeRecovery
        let deletionProtection = input.deletionProtection

        let provisioned = billingMode.equals("PROVISIONED")
        let table = module.add(DynamodbTable("costs", nameAttribute: .named(context.prefix, "costs")).with {
            $0.billingMode = billingMode
            $0.hashKey = "tenant_id"
            $0.rangeKey = "request_id"
            $0.attribute = [.init(name: "tenant_id", type: "S"), .init(name: "request_id", type: "S")]
            $0.readCapacity = .when(provisioned, bound("read_min"))
            $0.writeCapacity = .when(provisioned, bound("write_min"))
            $0.ttl = .init().with {
                $0.attributeName = "expires_at"
                $0.enabled = true
            }
            $0.serverSideEncryption = .init(enabled: true).with { $0.kmsKeyArn = key }
            $0.pointInTimeRecovery = .init(enabled: pitr)
            $0.deletionProtectionEnabled = deletionProtection
            // Auto scaling owns the capacity once the table exists.
            $0.meta.lifecycle = Lifecycle(ignoreChanges: ["read_capacity", "write_capacity"])
        })

        for (dimension, metric, short) in [("ReadCapacityUnits", "DynamoDBReadCapacityUtilization", "read"),
                                           ("WriteCapacityUnits", "DynamoDBWriteCapacityUtilization", "write")] {
            let target = module.add(AppautoscalingTarget(
                "table_\(short)", maxCapacity: bound("\(short)_max"),
                minCapacity: bound("\(short)_min"),
                resourceId: "table/\(table.attribute("name") as TFString)", scalableDimension: TFString("dynamodb:table:\(dimension)"),
                serviceNamespace: "dynamodb").with {
                $0.meta.count = .one(if: provisioned)
            })
            let targetRef = { (attribute: String) -> TFString in TFString(target.reference(attribute).indexed("0")) }
            module.add(AppautoscalingPolicy(
                "table_\(short)", nameAttribute: .named(context.prefix, "costs-\(short)-target-tracking"),
                resourceId: targetRef("resource_id"), scalableDimension: targetRef("scalable_dimension"),
                serviceNamespace: targetRef("service_namespace")).with {
                $0.meta.count = .one(if: provisioned)
                $0.policyType = "TargetTrackingScaling"
                $0.targetTrackingScalingPolicyConfiguration = .init(targetValue: 70).with {
                    $0.predefinedMetricSpecification = .init(predefinedMetricType: TFString(metric))
                    $0.scaleInCooldown = 60
                    $0.scaleOutCooldown = 60
                }
            })
        }

        output.tableName = TFString(table.reference("name"))
        output.tableARN = table.arn
        module.declare(output)
        return module
    }
}
