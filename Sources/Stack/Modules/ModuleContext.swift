import AWSResources
import Constructs
import TerraformCore

/// What every platform module declares first: its naming inputs, the region it runs in (passed by
/// the root, which configures the provider, so the value is known at plan time and the output reads
/// the same on AWS provider 5.x and 6.x, whose `aws_region` data sources differ), and the account
/// and partition (from data sources, so nothing is hard-coded inside a module).
struct ModuleContext {
    /// `rag-genai-<env>`, the prefix of every resource name.
    let prefix: TFString
    let environment: TFString
    let account: TFString
    let region: TFString
    let partition: TFString

    init(_ module: inout StackModule) {
        prefix = module.variable("name_prefix", .string, "Prefix of every resource name: rag-genai-<environment>.",
                                 validations: [.init("can(regex(\"^rag-genai-[a-z0-9-]{1,12}$\", var.name_prefix))",
                                                     "name_prefix must be rag-genai- followed by 1-12 lowercase letters, digits or hyphens.")])
        environment = module.variable("environment", .string, "Environment name (dev, staging, prod, qa, demo).",
                                      validations: [.init("contains([\"dev\", \"staging\", \"prod\", \"qa\", \"demo\"], var.environment)",
                                                          "environment must be one of dev, staging, prod, qa, demo.")])
        account = module.add(CallerIdentityData("current")).accountId
        region = module.variable("region", .string, "Region of the module's default provider (the root passes the region it configures).",
                                 validations: [.init(Self.regionCondition("var.region"), "region must be an AWS region code such as eu-west-1.")])
        partition = module.add(PartitionData("current")).partition
    }
}

extension ModuleContext {
    /// The shape of an AWS region code (`eu-west-1`, `us-gov-west-1`, `cn-north-1`), as an HCL condition.
    static func regionCondition(_ value: String) -> String {
        "can(regex(\"^[a-z]{2}(-[a-z]+)+-[0-9]+$\", \(value)))"
    }
}

/// A module of the platform: its folder name under `modules-out/` and how to build it.
protocol PlatformModule: SendableMetatype {
    static var name: String { get }
    static func build() -> StackModule
}

extension TFString {
    /// `${prefix}-suffix`, the platform's naming rule.
    static func named(_ prefix: TFString, _ suffix: String) -> TFString { "\(prefix)-\(suffix)" }
}
