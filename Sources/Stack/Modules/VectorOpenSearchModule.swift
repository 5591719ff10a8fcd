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

    /// Data-plane permissions of each function (`aoss:` prefix), index-level unless noted.
    static let chatPermissions = ["aoss:DescribeIndex", "aoss:ReadDocument"]
    static let ingestPermissions = ["aoss:CreateIndex", "aoss:DescribeIndex", "aoss:ReadDocument", "aoss:UpdateIndex", "aoss:WriteDocument"]

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let key: TFString = module.variable("kms_key_arn", .string, "ARN of the environment's KMS key (encrypts the collection).",
                                            origin: .init(resourceType: "aws_kms_key", attribute: "arn"))
        let chatRole: TFString = module.variable("chat_role_arn", .string, "ARN of the chat function's role (reads vectors).",
                                                 origin: .init(resourceType: "aws_iam_role", attribute: "arn"))
        let ingestRole: TFString = module.variable("ingest_role_arn", .string, "ARN of the ingest function's role (writes vectors).",
                                                   origin: .init(resourceType: "aws_iam_role", attribute: "arn"))
        let inVPC: TFBool = module.variable("enable_vpc_endpoint", .bool,
                                            "Whether the functions run in a VPC, so the collection is reached through a VPC endpoint (from the configuration).",
                                            default: .bool(false))
        let vpcID: TFString = module.variable("vpc_id", .string, "VPC of the functions; empty when they are not in a VPC.", default: .string(""))
        let subnets: TFList<TFString> = module.variable("subnet_ids", .list(.string), "Subnets of the VPC endpoint; empty without a VPC.",
                                                        default: .list([]))
        let securityGroups: TFList<TFString> = module.variable("security_group_ids", .list(.string),
                                                               "Security groups of the VPC endpoint (HTTPS from the functions).", default: .list([]))
        let standby: TFString = module.variable("standby_replicas", .string, "ENABLED (multi-AZ, prod) or DISABLED (half the OCUs).",
                                                default: .string("ENABLED"),
                                                validations: [.init("contains([\"ENABLED\", \"DISABLED\"], var.standby_replicas)",
                                                                    "standby_replicas must be ENABLED or DISABLED.")])

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
                                    "SourceVPCEs": TFAny(expression: .raw("\(endpoint.address)[*].id"))]
        let network = module.add(OpensearchserverlessSecurityPolicy(
            "network", nameAttribute: collectionName,
            // Two encodings, one chosen: a conditional between objects of different shapes is a type error.
            policy: .raw("\(inVPC.expression.hcl) ? jsonencode([\(privateAccess.expression.hcl)]) : jsonencode([\(publicAccess.expression.hcl)])"),
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

        module.output("collection_arn", collection.arn, "ARN of the vector collection (the IAM resource of aoss:APIAccessAll).")
        module.output("collection_endpoint", collection.collectionEndpoint, "HTTPS endpoint of the vector collection.")
        module.output("collection_name", collection.nameAttribute, "Name of the vector collection.")
        return module
    }
}

/// A list of ``TFAny`` elements (the array literal of `TFAny` is variadic only).
private func list(_ elements: [TFAny]) -> TFAny { TFAny(expression: .list(elements.map(\.expression))) }
