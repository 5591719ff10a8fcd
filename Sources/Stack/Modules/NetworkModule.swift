import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/network`: the private network the functions join when an environment turns on
/// the cache or the Aurora vector store (both are reachable only from inside a VPC).
///
/// - A VPC with one private subnet per availability zone (`az_count`, at least 2) and no
///   internet or NAT gateway: AWS APIs are reached through VPC endpoints — gateway endpoints
///   for S3 and DynamoDB (free), interface endpoints for `interface_services`.
/// - Security groups that allow only what the platform needs: functions → endpoints (443),
///   functions → cache (6379-6380), functions → database (5432), functions → the S3 and
///   DynamoDB prefix lists (443). The VPC's default security group is emptied.
/// - VPC flow logs (all traffic) into a KMS-encrypted log group.
enum NetworkModule: PlatformModule {
    static let name = "network"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var azCount = ModuleInput<TFNumber>("az_count", "Private subnets, one per availability zone.", default: 2, validations: [.init("var.az_count >= 2 && var.az_count <= 4", "az_count must be 2-4.")])
        var interfaceServices = ModuleInput<TFList<TFString>>("interface_services", "AWS services reached through interface endpoints (com.amazonaws.<region>.<service>).", default: ["bedrock-runtime", "kms", "logs", "secretsmanager", "sqs", "ssm"])
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (encrypts the flow-log group).")
        var logRetentionDays = ModuleInput<TFNumber>("log_retention_days", "Retention of the flow-log group in days.")
        var vpcCIDR = ModuleInput<TFString>("vpc_cidr", "CIDR block of the VPC (a /16 to /24).", default: "10.40.0.0/16", validations: [.init("can(cidrnetmask(var.vpc_cidr))", "vpc_cidr must be an IPv4 CIDR block.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var cacheSecurityGroupID = ModuleOutput<TFString>("cache_security_group_id", "Security group of the cache.")
        var databaseSecurityGroupID = ModuleOutput<TFString>("database_security_group_id", "Security group of the Aurora cluster.")
        var endpointSecurityGroupID = ModuleOutput<TFString>("endpoint_security_group_id", "Security group of the interface endpoints.")
        var flowLogGroupName = ModuleOutput<TFString>("flow_log_group_name", "Name of the flow-log group.")
        var functionSecurityGroupARN = ModuleOutput<TFString>("function_security_group_arn", "ARN of the functions' security group.")
        var functionSecurityGroupID = ModuleOutput<TFString>("function_security_group_id", "Security group of the functions.")
        var subnetARNs = ModuleOutput<TFList<TFString>>("subnet_arns", "ARNs of the private subnets.")
        var subnetIDs = ModuleOutput<TFList<TFString>>("subnet_ids", "Ids of the private subnets (one per availability zone).")
        var vpcARN = ModuleOutput<TFString>("vpc_arn", "ARN of the VPC (the ENI grants' ec2:Vpc condition).")
        var vpcID = ModuleOutput<TFString>("vpc_id", "Id of the VPC.")
    }

    /// The interface endpoints every VPC environment gets; `bedrock-agent-runtime` is added when
    /// re-ranking is on (the Rerank API lives there).
    static let baseInterfaceServices = ["bedrock-runtime", "kms", "logs", "secretsmanager", "sqs", "ssm"]
    /// Availability zones (private subnets, and interface-endpoint network interfaces) unless
    /// the caller sets `az_count`; the environment roots do not.
    static let defaultAZCount = 2

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        let retention = input.logRetentionDays
        let cidr = input.vpcCIDR
        let azCount = input.azCount
        let services = input.interfaceServices

        let zones = module.add(AvailabilityZonesData("available").with { $0.state = "available" })
        let vpc = module.add(Vpc("main").with {
            $0.cidrBlock = cidr
            $0.enableDnsSupport = true
            $0.enableDnsHostnames = true
            $0.tags = ["Name": .named(context.prefix, "vpc")]
        })
        // The default security group allows all traffic between its members; nothing may use it.
        module.add(DefaultSecurityGroup("default").with {
            $0.vpcId = vpc.id
            $0.ingress = []
            $0.egress = []
        })
        let subnet = module.add(Subnet("private", vpcId: vpc.id).with {
            $0.meta.count = azCount
            $0.cidrBlock = TFString(expression: .call("cidrsubnet", [cidr.expression, .integer(4), TFNumber.countIndex.expression]))
            $0.availabilityZone = zones.attribute("names", index: TFNumber.countIndex)
            $0.mapPublicIpOnLaunch = false
            $0.tags = ["Name": "\(context.prefix)-private-\(TFNumber.countIndex)"]
        })
        let subnetIDs: TFList<TFString> = subnet.splat("id")
        let routes = module.add(RouteTable("private", vpcId: vpc.id).with { $0.tags = ["Name": .named(context.prefix, "private")] })
        module.add(RouteTableAssociation("private", routeTableId: routes.id).with {
            $0.meta.count = azCount
            $0.subnetId = subnet.sameIndex("id")
        })

        // MARK: Security groups (rules are separate resources; Terraform removes AWS's allow-all egress)
        func group(_ localName: String, _ description: String) -> SecurityGroup {
            module.add(SecurityGroup(localName).with {
                $0.nameAttribute = "\(context.prefix)-\(localName.replacingOccurrences(of: "_", with: "-"))"
                $0.description = TFString(description)
                $0.vpcId = vpc.id
            })
        }
        let functions = group("functions", "Lambda functions: egress to endpoints, cache and database only")
        let endpoints = group("endpoints", "Interface VPC endpoints: HTTPS from the functions")
        let cache = group("cache", "ElastiCache Serverless: Valkey from the functions")
        let database = group("database", "Aurora PostgreSQL: 5432 from the functions")

        let gateway = { (localName: String, service: String) -> VpcEndpoint in
            module.add(VpcEndpoint(localName, vpcId: vpc.id).with {
                $0.serviceName = "com.amazonaws.\(context.region).\(service)"
                $0.vpcEndpointType = "Gateway"
                $0.routeTableIds = [routes.id]
            })
        }
        let s3 = gateway("s3", "s3")
        let dynamodb = gateway("dynamodb", "dynamodb")
        module.add(VpcEndpoint("interface", vpcId: vpc.id).with {
            $0.meta.forEach = .call("toset", [services.expression])
            $0.serviceName = "com.amazonaws.\(context.region).\(TFString.eachValue)"
            $0.vpcEndpointType = "Interface"
            $0.privateDnsEnabled = true
            $0.subnetIds = subnetIDs
            $0.securityGroupIds = [endpoints.id]
        })

        let rules: [(String, from: SecurityGroup, to: SecurityGroup, ports: ClosedRange<Int>, String)] = [
            ("functions_to_endpoints", functions, endpoints, 443...443, "HTTPS to the interface endpoints"),
            ("functions_to_cache", functions, cache, 6379...6380, "Valkey (primary and reader endpoints)"),
            ("functions_to_database", functions, database, 5432...5432, "PostgreSQL"),
        ]
        for (localName, source, target, ports, description) in rules {
            module.add(VpcSecurityGroupEgressRule(localName, ipProtocol: "tcp", securityGroupId: source.id).with {
                $0.referencedSecurityGroupId = target.id
                $0.fromPort = TFNumber(ports.lowerBound)
                $0.toPort = TFNumber(ports.upperBound)
                $0.description = TFString(description)
            })
            module.add(VpcSecurityGroupIngressRule(localName, ipProtocol: "tcp", securityGroupId: target.id).with {
                $0.referencedSecurityGroupId = source.id
                $0.fromPort = TFNumber(ports.lowerBound)
                $0.toPort = TFNumber(ports.upperBound)
                $0.description = TFString(description)
            })
        }
        for (localName, endpoint) in [("functions_to_s3", s3), ("functions_to_dynamodb", dynamodb)] {
            module.add(VpcSecurityGroupEgressRule(localName, ipProtocol: "tcp", securityGroupId: functions.id).with {
                $0.prefixListId = endpoint.attribute("prefix_list_id")
                $0.fromPort = 443
                $0.toPort = 443
                $0.description = "HTTPS to the gateway endpoint's prefix list"
            })
        }

        // MARK: Flow logs
        let flowLogs = module.add(CloudwatchLogGroup("flow_logs").with {
            $0.nameAttribute = "/aws/vpc/\(context.prefix)-flow-logs"
            $0.retentionInDays = retention
            $0.kmsKeyId = key
        })
        var role = Role("flow_logs", roleName: .named(context.prefix, "flow-logs-role"), service: "vpc-flow-logs.amazonaws.com",
                        account: context.account)
        LogGroupRef(arn: flowLogs.arn).grantWrite(to: &role, sid: "WriteFlowLogs")
        role.add(.allow([.logs.describeLogStreams], on: ["\(flowLogs.arn):*"], sid: "DescribeFlowLogStreams"))
        let flowRole = role.declare(in: &module, description: "VPC flow logs: writes into the flow-log group only.")
        module.add(FlowLog("vpc").with {
            $0.vpcId = vpc.id
            $0.trafficType = "ALL"
            $0.logDestinationType = "cloud-watch-logs"
            $0.logDestination = flowLogs.arn
            $0.iamRoleArn = flowRole.arn
            $0.maxAggregationInterval = 60
        })

        output.vpcID = vpc.id
        output.vpcARN = vpc.arn
        output.subnetIDs = subnetIDs
        output.subnetARNs = subnet.splat("arn")
        output.functionSecurityGroupID = functions.id
        output.functionSecurityGroupARN = functions.arn
        output.endpointSecurityGroupID = endpoints.id
        output.cacheSecurityGroupID = cache.id
        output.databaseSecurityGroupID = database.id
        output.flowLogGroupName = flowLogs.attribute("name") as TFString
        module.declare(output)
        return module
    }
}
