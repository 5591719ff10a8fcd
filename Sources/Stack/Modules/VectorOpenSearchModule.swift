import AWSResources
import Constructs
import TerraformCore

/// `modules-out/vector_opensearch`: an OpenSearch Serverless VECTORSEARCH collection for the
/// document vectors (the `vectorStore: .openSearchServerless` option).
///
/// - Encryption policy: the environment's KMS key (not an AWS-owned key).
/// - Network policy: when the functions are in a VPC (`vpc_id` set), only through this module's
///   OpenSearch Serverless VPC endpoint; otherwise the public endpoint, where every request still
///   needs SigV4 credentials that pass both IAM and the data access policy.
/// - Data access policy: exactly the two function roles. Chat may describe indexes and read
///   documents; ingest may create, update and describe indexes and read and write documents.
/// - IAM (policies module): `aoss:APIAccessAll` on exactly this collection's ARN, per role.
enum VectorOpenSearchModule: PlatformModule {
    static let name = "vector_opensearch"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var chatRoleARN = ModuleInput<TFString>("chat_role_arn", "ARN of the chat function's role (reads vectors).")
        var enableVPCEndpoint = ModuleInput<TFBool>("enable_vpc_endpoint", "Whether the functions run in a VPC, so the collection is reached through a VPC endpoint (from the configuration).", default: false)
        var ingestRoleARN = ModuleInput<TFString>("ingest_role_arn", "ARN of the ingest function's role (writes vectors).")
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (encrypts the collection).")
        var securityGroupIDs = ModuleInput<TFList<TFString>>("security_group_ids", "Security groups of the VPC endpoint (HTTPS from the functions).", default: [])
        var standbyReplicas = ModuleInput<TFString>("standby_replicas", "ENABLED (multi-AZ, prod) or DISABLED (half the OCUs).", default: "ENABLED", validations: [.init("contains([\"ENABLED\", \"DISABLED\"], var.standby_replicas)", "standby_replicas must be ENABLED or DISABLED.")])
        var subnetIDs = ModuleInput<TFList<TFString>>("subnet_ids", "Subnets of the VPC endpoint; empty without a VPC.", default: [])
        var vpcID = ModuleInput<TFString>("vpc_id", "VPC of the functions; empty when they are not in a VPC.", default: "")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var collectionARN = ModuleOutput<TFString>("collection_arn", "ARN of the vector collection (the IAM resource of aoss:APIAccessAll).")
        var collectionEndpoint = ModuleOutput<TFString>("collection_endpoint", "HTTPS endpoint of the vector collection.")
        var collectionName = ModuleOutput<TFString>("collection_name", "Name of the vector collection.")
    }

    /// Data-plane permissions of each function (`aoss:` prefix), index-level unless noted.
    static let chatPermissions = ["aoss:DescribeIndex", "aoss:ReadDocument"]
    static let ingestPermissions = ["aoss:CreateIndex", "aoss:DescribeIndex", "aoss:ReadDocument", "aoss:UpdateIndex", "aoss:WriteDocument"]

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        let chatRole = input.chatRoleARN
        let ingestRole = input.ingestRoleARN
        let inVPC = input.enableVPCEndpoint
        let vpcID = input.vpcID
        let subnets = input.subnetIDs
        let securityGroups = input.securityGroupIDs
        let standby = input.standbyReplicas

        let collectionName: TFString = .named(context.prefix, "vectors")
        let collectionResource = list([TFAny(TFString("collection/\(collectionName)"))])
        let collectionRule: TFAny = ["ResourceType": "collection", "Resource": collectionResource]
        let encryptionPolicy: TFAny = ["Rules": [collectionRule], "AWSOwnedKey": TFAny(TFBool(false)), "KmsARN": TFAny(key)]
        let encryption = module.add(OpensearchserverlessSecurityPolicy(
            "encryption", nameAttribute: collectionName, policy: TF.jsonencode(encryptionPolicy), type: "encryption").with {
            $0.description = "Encrypt the \(collectionName) collection with the environment's KMS key"
        })

        let endpoint = module.add(OpensearchserverlessVpcEndpoint("main", nameAttribute: .named(context.prefix, "aoss"),
                                                                  subnetIds: subnets, vpcId: vpcID).with {
            $0.meta.count = .one(if: inVPC)
            $0.securityGroupIds = securityGroups
        })
        let rules: TFAny = [collectionRule]
        let publicAccess: TFAny = ["Rules": rules, "AllowFromPublic": TFAny(TFBool(true))]
        let privateAccess: TFAny = ["Rules": rules, "AllowFromPublic": TFAny(TFBool(false)),
                                    "SourceVPCEs": endpoint.splat("id") as TFAny]
        let network = module.add(OpensearchserverlessSecurityPolicy(
            "network", nameAttribute: collectionName,
            // Two encodings, one chosen: a conditional between objects of different shapes is a type error.
            policy: .conditional(inVPC, TF.jsonencode([privateAccess] as TFAny), TF.jsonencode([publicAccess] as TFAny)),
            type: "network").with {
            $0.description = "The \(collectionName) collection: through the VPC endpoint when the functions are in a VPC"
        })

        let index = list([TFAny(TFString("index/\(collectionName)/*"))])
        let permissions = { (names: [String]) in list(names.map { TFAny(TFString($0)) }) }
        let chatRules: TFAny = [["ResourceType": "index", "Resource": index, "Permission": permissions(chatPermissions)]]
        let ingestRules: TFAny = [
            ["ResourceType": "index", "Resource": index, "Permission": permissions(ingestPermissions)],
            ["ResourceType": "collection", "Resource": collectionResource, "Permission": permissions(["aoss:DescribeCollectionItems"])],
        ]
        let accessPolicy: TFAny = [
            ["Description": "chat: read vectors", "Rules": chatRules, "Principal": list([TFAny(chatRole)])],
            ["Description": "ingest: write vectors", "Rules": ingestRules, "Principal": list([TFAny(ingestRole)])],
        ]
        let access = TF.jsonencode(accessPolicy)
        module.add(OpensearchserverlessAccessPolicy("functions", nameAttribute: collectionName, policy: access, type: "data").with {
            $0.description = "Only the chat (read) and ingest (write) roles"
        })

        let collection = module.add(OpensearchserverlessCollection("vectors", nameAttribute: collectionName).with {
            $0.type = "VECTORSEARCH"
            $0.standbyReplicas = standby
            $0.description = "\(context.prefix) document vectors"
            $0.meta.dependsOn = [encryption.address, network.address]
        })

        output.collectionARN = collection.arn
        output.collectionEndpoint = collection.collectionEndpoint
        output.collectionName = collection.nameAttribute
        module.declare(output)
        return module
    }
}

/// A list of ``TFAny`` elements (the array literal of `TFAny` is variadic only).
private func list(_ elements: [TFAny]) -> TFAny { TFAny(expression: .list(elements.map(\.expression))) }
