import AWSResources
import Constructs
import IAM
import TerraformCore

/// The grants of the enterprise options (``EnterpriseOptions``). Grants render at synth time and
/// modules are environment-agnostic, so each optional grant is its own `aws_iam_role_policy`
/// whose `count` is 1 only when the root turns it on with a literal flag from the configuration
/// (never by comparing a resource attribute with "": Terraform must know every count at plan
/// time); every one is registered with the policy gate like the roles' main policies.
///
/// | policy | on when | grants |
/// | --- | --- | --- |
/// | `<role>_vpc` | `enable_vpc` | ENI management Lambda needs in a VPC |
/// | `<role>_opensearch` | `enable_opensearch` | `aoss:APIAccessAll` on exactly the collection |
/// | `<role>_aurora` | `enable_aurora` | `rds-db:connect` as the role's database user |
/// | `chat_rerank` | `rerank_model_id` set (a literal) | `bedrock:InvokeModel` on the model, `bedrock:Rerank` |
/// | `chat_tiers` | `enable_tiers` | `GetItem`/`UpdateItem` on the quota table, `GetParameter` on the limits |
extension PoliciesModule {
    /// Why the ENI actions name `network-interface/*`.
    static let eniReason = "Lambda creates the function's ENIs at run time, so their ids cannot be named; the ec2:Vpc condition limits them to the platform's VPC."

    static func declareOptionGrants(in module: inout StackModule, input: Variables<Inputs>, output: inout OutputValues<Outputs>,
                                    chat: Role, ingest: Role, context: ModuleContext) {
        let enableVPC = input.enableVPC
        let enableOpenSearch = input.enableOpenSearch
        let enableAurora = input.enableAurora
        let enableTiers = input.enableTiers
        let subnets = input.subnetARNs
        let subnetIDs = input.subnetIDs
        let functionGroup = input.functionSecurityGroupARN
        let vpc = input.vpcARN
        let collection = input.collectionARN
        let clusterID = input.auroraClusterResourceID
        let rerankModel = input.rerankModelID
        let quotaTable = input.quotaTableARN
        let limits = input.tierLimitsParameterARN

        let eni: TFString = "arn:\(context.partition):ec2:\(context.region):\(context.account):network-interface/*"
        let dbUser = { (user: String) -> TFString in
            "arn:\(context.partition):rds-db:\(context.region):\(context.account):dbuser:\(clusterID)/\(user)"
        }
        let rerankARN = BedrockModels.foundationModelARN(partition: context.partition, region: context.region, modelID: rerankModel)

        for (role, user) in [(chat, VectorAuroraModule.chatUser), (ingest, VectorAuroraModule.ingestUser)] {
            declare(in: &module, "\(role.localName)_vpc", for: role, prefix: context.prefix, when: .one(if: enableVPC)) { grant in
                // The ENI is created, so it has no id to name yet; the subnets and the security group are named.
                var create = Statement.allow([.ec2.createNetworkInterface], on: [eni, functionGroup], sid: "CreateFunctionENIs")
                    .suppressing("wildcard-resource", reason: eniReason)
                create.resourceLists = [subnets]
                grant.add(create)
                grant.add(Statement.allow([.ec2.deleteNetworkInterface, .ec2.assignPrivateIpAddresses, .ec2.unassignPrivateIpAddresses],
                                          on: [eni], sid: "ManageFunctionENIs", conditions: [Condition("ArnEquals", "ec2:Vpc", [vpc])])
                    .suppressing("wildcard-resource", reason: eniReason))
                grant.add(.allow([.ec2.describeNetworkInterfaces], on: ["*"], sid: "DescribeFunctionENIs"))
            }
            declare(in: &module, "\(role.localName)_opensearch", for: role, prefix: context.prefix, when: .one(if: enableOpenSearch)) { grant in
                grant.add(.allow([.aoss.apiAccessAll], on: [collection], sid: "UseVectorCollection"))
            }
            declare(in: &module, "\(role.localName)_aurora", for: role, prefix: context.prefix, when: .one(if: enableAurora)) { grant in
                grant.add(.allow([.rdsDb.connect], on: [dbUser(user)], sid: "ConnectAsFunctionUser"))
            }
        }
        declare(in: &module, "chat_rerank", for: chat, prefix: context.prefix, when: .one(if: rerankModel.notEquals(""))) { grant in
            grant.add(.allow([.bedrock.invokeModel], on: [rerankARN], sid: "InvokeRerankModel"))
            // bedrock:Rerank supports no resource-level permissions ("*" is its only correct
            // resource); the model is limited by InvokeModel on exactly the rerank model ARN.
            grant.add(.allow([.bedrock.rerank], on: ["*"], sid: "Rerank"))
        }
        declare(in: &module, "chat_tiers", for: chat, prefix: context.prefix, when: .one(if: enableTiers)) { grant in
            TableRef(arn: quotaTable).grant([.dynamodb.getItem, .dynamodb.updateItem], to: &grant, sid: "CountTenantQuota")
            grant.add(.allow([.ssm.getParameter], on: [limits], sid: "ReadTierLimits"))
        }

        // The lambda module takes the subnets from here: the reference to the ENI grants makes
        // Terraform attach the functions to the VPC only after their roles may create ENIs.
        let eniGrants = TFList<TFString>(expression: .call("concat", ["chat_vpc", "ingest_vpc"].map {
            .reference(Reference(resource: IamRolePolicy.terraformType, name: $0, attribute: "id").indexed("*"))
        }))
        output.vpcSubnetIDs = .conditional(TF.length(eniGrants) >= 0, subnetIDs, [])
    }

    /// Declares `localName` as an inline policy of `role` with `count`, and registers it with the gate.
    static func declare(in module: inout StackModule, _ localName: String, for role: Role, prefix: TFString, when count: TFNumber,
                        _ grants: (inout Role) -> Void) {
        var grant = Role(localName, roleName: role.roleName, trust: role.trust)
        grants(&grant)
        module.add(IamRolePolicy(localName, policy: grant.policy.rendered, role: role.nameReference).with {
            $0.nameAttribute = "\(prefix)-\(localName.replacingOccurrences(of: "_", with: "-"))"
            $0.meta.count = count
        }, policy: grant.policy, kind: .identity)
    }
}
