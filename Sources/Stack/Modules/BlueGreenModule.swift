import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/blue_green`: canary releases of the chat function through CodeDeploy (the
/// `blueGreen` option; prod).
///
/// A release publishes a new version (Terraform, which leaves the `live` alias where it is when
/// the root passes `chat_live_version`), then the pipeline starts a CodeDeploy deployment that
/// shifts 10 % of `live` to the new version, waits 5 minutes, and shifts the rest — or rolls back
/// when the chat-errors or API-5xx alarm fires (`CodeDeployDefault.LambdaCanary10Percent5Minutes`).
enum BlueGreenModule: PlatformModule {
    static let name = "blue_green"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var alarmNames = ModuleInput<TFList<TFString>>("alarm_names", "CloudWatch alarms that stop and roll back a deployment.", validations: [.init("length(var.alarm_names) >= 1", "alarm_names must name at least one alarm.")])
        var chatAliasARN = ModuleInput<TFString>("chat_alias_arn", "ARN of the chat function's live alias.")
        var chatFunctionName = ModuleInput<TFString>("chat_function_name", "Name of the chat function.")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var applicationName = ModuleOutput<TFString>("application_name", "CodeDeploy application of the chat function.")
        var chatFunctionName = ModuleOutput<TFString>("chat_function_name", "The function the deployment group releases.")
        var deploymentGroupName = ModuleOutput<TFString>("deployment_group_name", "CodeDeploy deployment group (canary on the live alias).")
    }
    static let deploymentConfig = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let functionName = input.chatFunctionName
        let aliasARN = input.chatAliasARN
        let alarms = input.alarmNames

        var role = Role("codedeploy", roleName: .named(context.prefix, "codedeploy-role"), service: "codedeploy.amazonaws.com",
                        account: context.account)
        role.add(.allow([.lambda.getAlias, .lambda.updateAlias, .lambda.getProvisionedConcurrencyConfig], on: [aliasARN],
                        sid: "ShiftLiveAlias"))
        // Raw HCL: a for-expression, which the DSL does not model (one ARN per alarm name).
        let alarmARNs = TFList<TFString>.raw(
            "[for name in var.alarm_names : \"arn:${\(context.partition.expression.hcl)}:cloudwatch:${\(context.region.expression.hcl)}:${\(context.account.expression.hcl)}:alarm:${name}\"]")
        var alarmStatement = Statement.allow([.cloudwatch.describeAlarms], on: [], sid: "ReadRollbackAlarms")
        alarmStatement.resourceLists = [alarmARNs]
        role.add(alarmStatement)
        let serviceRole = role.declare(in: &module, description: "CodeDeploy: shifts the chat function's live alias and reads its rollback alarms.")

        let app = module.add(CodedeployApp("chat", nameAttribute: .named(context.prefix, "chat")).with { $0.computePlatform = "Lambda" })
        let group = module.add(CodedeployDeploymentGroup("chat", appName: app.nameAttribute, deploymentGroupName: .named(context.prefix, "chat-live"),
                                                         serviceRoleArn: serviceRole.arn).with {
            $0.deploymentConfigName = TFString(deploymentConfig)
            $0.deploymentStyle = .init().with {
                $0.deploymentOption = "WITH_TRAFFIC_CONTROL"
                $0.deploymentType = "BLUE_GREEN"
            }
            $0.autoRollbackConfiguration = .init().with {
                $0.enabled = true
                $0.events = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
            }
            $0.alarmConfiguration = .init().with {
                $0.enabled = true
                $0.alarms = alarms
            }
            $0.meta.dependsOn = ["aws_iam_role_policy.codedeploy"]
        })

        output.applicationName = app.nameAttribute
        output.deploymentGroupName = group.deploymentGroupName
        output.chatFunctionName = functionName
        module.declare(output)
        return module
    }
}
