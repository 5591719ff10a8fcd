import AWSResources
import Constructs
import TerraformCore

/// The inputs every platform module has, which every root call passes (``EnvironmentRoot``).
/// Modules check their shape only: the environments themselves live in ``Environments``.
struct CommonInputs: ModuleInterface {
    var namePrefix = ModuleInput<TFString>("name_prefix", "Prefix of every resource name: rag-genai-<environment>.",
                                           validations: [.init("can(regex(\"^rag-genai-[a-z][a-z0-9-]{0,11}$\", var.name_prefix))",
                                                               "name_prefix must be rag-genai- followed by 1-12 lowercase letters, digits or hyphens.")])
    var environment = ModuleInput<TFString>("environment", "Environment name, part of every resource name.",
                                            validations: [.init("can(regex(\"^[a-z][a-z0-9-]{0,11}$\", var.environment))",
                                                                "environment must be 1-12 lowercase letters, digits or hyphens, starting with a letter.")])
    var region = ModuleInput<TFString>("region", "Region of the module's default provider (the root passes the region it configures).",
                                       validations: [.init(ModuleContext.regionCondition("var.region"), "region must be an AWS region code such as eu-west-1.")])
}

/// What every platform module declares first: its common inputs — the naming inputs and the region
/// it runs in (passed by the root, which configures the provider, so the value is known at plan
/// time and the output reads the same on AWS provider 5.x and 6.x, whose `aws_region` data sources
/// differ) — and the account and partition (from data sources, so nothing is hard-coded inside a module).
struct ModuleContext {
    /// `rag-genai-<env>`, the prefix of every resource name.
    let prefix: TFString
    let environment: TFString
    let account: TFString
    let region: TFString
    let partition: TFString

    init(_ module: inout StackModule) {
        let common = module.declare(CommonInputs.self)
        prefix = common.namePrefix
        environment = common.environment
        region = common.region
        account = module.add(CallerIdentityData("current")).accountId
        partition = module.add(PartitionData("current")).partition
    }
}

extension ModuleContext {
    /// The shape of an AWS region code (`eu-west-1`, `us-gov-west-1`, `cn-north-1`), as an HCL condition.
    static func regionCondition(_ value: String) -> String {
        "can(regex(\"^[a-z]{2}(-[a-z]+)+-[0-9]+$\", \(value)))"
    }
}

/// A module of the platform: its folder name under `modules-out/`, its typed interface (what a
/// root passes in, ``Inputs``, and reads back, ``Outputs``; ``CommonInputs`` come on top), and how
/// to build it.
protocol PlatformModule: SendableMetatype {
    associatedtype Inputs: ModuleInterface
    associatedtype Outputs: ModuleInterface
    static var name: String { get }
    static func build() -> StackModule
}

extension PlatformModule {
    /// A root's call of this module (`../../modules-out/<name>` from `environments/<root>/`).
    static func call(_ arguments: Arguments<Inputs>, common: [String: Expression] = [:], providers: [String: String] = [:]) -> ModuleCall {
        ModuleCall(name, source: "../../modules-out/\(name)", arguments: arguments.values.merging(common) { $1 }, providers: providers)
    }
}

/// The interface of a module with nothing beyond the common inputs, or no outputs.
struct NoMembers: ModuleInterface {}

extension TFString {
    /// `${prefix}-suffix`, the platform's naming rule.
    static func named(_ prefix: TFString, _ suffix: String) -> TFString { "\(prefix)-\(suffix)" }
}
