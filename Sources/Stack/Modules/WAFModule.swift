import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/waf`: CloudFront in front of the HTTP API, protected by a WAFv2 web ACL, with a
/// rotated origin secret so nobody can go around the ACL.
///
/// AWS WAF cannot be associated with an HTTP API, so the API gets a CloudFront distribution
/// (origin: the API's default endpoint, HTTPS only, TLSv1.2; no caching: the managed
/// `CachingDisabled` cache policy and `AllViewerExceptHostHeader` origin request policy; the
/// managed `SecurityHeadersPolicy` on responses) and the ACL is attached to the distribution. Web ACLs for CloudFront exist only in `us-east-1`,
/// so the ACL, its log group and that log group's KMS key are created through the provider
/// alias `aws.us_east_1`, which the caller passes in (`configuration_aliases`).
///
/// The ACL: the Amazon IP reputation list, `AWSManagedRulesAnonymousIpList` (counts only, see
/// `rules`), `AWSManagedRulesCommonRuleSet` (its 8 KB body rule only counts, see below),
/// `AWSManagedRulesKnownBadInputsRuleSet` (Log4j and other known exploits), a per-IP rate limit over
/// 5 minutes, and a body-size rule that blocks bodies over `max_body_bytes` (a chat prompt is at
/// most `max_input_chars`, so the managed 8 KB limit would block legitimate prompts). Every
/// request is logged to the KMS-encrypted log group `aws-waf-logs-<prefix>`, with the
/// `authorization` header redacted.
///
/// **No bypass.** The API's own endpoint stays reachable on the internet (CloudFront needs it),
/// so the origin must tell CloudFront's requests apart:
/// 1. CloudFront adds the header `X-Origin-Verify` to every origin request.
/// 2. Its value is a random secret in Secrets Manager (`<prefix>/origin-verify`, encrypted with
///    this module's key), rotated every `rotation_days` (at most 90) by the
///    `<prefix>-origin-verify-rotation` function (`rotation_handler.handler` from the handlers'
///    folder, under its own code-signing config like the lambda module's functions). The
///    rotation function generates the value (`createSecret`), writes it into the distribution's
///    origin header (`setSecret`), and promotes it (`finishSecret`); its role may do exactly that
///    on exactly this secret and this distribution.
/// 3. The chat function receives the secret's ARN (`ORIGIN_VERIFY_SECRET_ARN`) and a grant to
///    read exactly that secret, and answers 403 to any request whose header matches neither the
///    `AWSCURRENT` nor the `AWSPENDING` value (both are valid during a rotation). With the
///    variable empty (environments without WAF) the check is off.
///
/// Terraform creates the distribution with a placeholder header value that is never a secret
/// version, so until the first rotation (which starts when the rotation is configured) every
/// request fails closed; afterwards the rotation function owns the header, and Terraform
/// ignores changes to the distribution's `origin` block.
enum WAFModule: PlatformModule {
    static let name = "waf"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var apiEndpoint = ModuleInput<TFString>("api_endpoint", "Base URL of the HTTP API (https://ID.execute-api.REGION.amazonaws.com).", validations: [.init("can(regex(\"^https://[^/]+$\", var.api_endpoint))", "api_endpoint must be https://HOST without a path.")])
        var chatRoleARN = ModuleInput<TFString>("chat_role_arn", "ARN of the chat function's role (reads the origin secret).")
        var codeSigningConfigARN = ModuleInput<TFString>("code_signing_config_arn", "ARN of the environment's code-signing config (the lambda module's).")
        var logRetentionDays = ModuleInput<TFNumber>("log_retention_days", "Retention of the WAF and rotation log groups in days.")
        var maxBodyBytes = ModuleInput<TFNumber>("max_body_bytes", "Largest request body WAF lets through, in bytes.", default: 16384, validations: [.init("var.max_body_bytes >= 1024 && var.max_body_bytes <= 65536", "max_body_bytes must be 1024-65536.")])
        var packagePath = ModuleInput<TFString>("package_path", "Path of the handlers' zip (written by `synth package` before plan); its SHA-256 decides when a function redeploys.")
        var rateLimitPer5Min = ModuleInput<TFNumber>("rate_limit_per_5min", "Requests per IP per 5 minutes before WAF blocks the IP.", validations: [EnvironmentSetting.wafRateLimitPer5Min.validation(of: "rate_limit_per_5min")])
        var rotationDays = ModuleInput<TFNumber>("rotation_days", "Days between rotations of the origin secret.", default: 30, validations: [.init("var.rotation_days >= 1 && var.rotation_days <= 90", "rotation_days must be 1-90.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var chatURL = ModuleOutput<TFString>("chat_url", "URL of POST /chat through CloudFront and WAF.")
        var distributionDomainName = ModuleOutput<TFString>("distribution_domain_name", "Domain name of the CloudFront distribution.")
        var distributionID = ModuleOutput<TFString>("distribution_id", "Id of the CloudFront distribution.")
        var originVerifyKeyARN = ModuleOutput<TFString>("origin_verify_key_arn", "ARN of the KMS key encrypting the origin secret.")
        var originVerifySecretARN = ModuleOutput<TFString>("origin_verify_secret_arn", "ARN of the origin secret the chat function checks.")
        var wafLogGroupARN = ModuleOutput<TFString>("waf_log_group_arn", "ARN of the WAF log group (us-east-1).")
        var webACLARN = ModuleOutput<TFString>("web_acl_arn", "ARN of the WAFv2 web ACL.")
    }
    /// The header CloudFront adds and the chat function checks.
    static let originHeader = "X-Origin-Verify"
    /// Provider alias for global (CloudFront-scope) WAF resources.
    static let globalProvider = "aws.us_east_1"
    static let globalRegion = "us-east-1"
    /// Managed CloudFront policy ids (the same in every account).
    static let cachingDisabledPolicyID = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    static let allViewerExceptHostHeaderPolicyID = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
    /// The managed response headers policy `SecurityHeadersPolicy` (HSTS, nosniff, frame options,
    /// referrer policy), by its documented fixed id: a data-source lookup by name would cost an API
    /// call on every plan (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-response-headers-policies.html).
    static let securityHeadersPolicyID = "67f7725c-6f97-4210-82d7-5512b31e9d03"

    static func build() -> StackModule {
        var module = StackModule(name)
        module.terraform.settings = TerraformSettings(
            requiredVersion: EnvironmentRoot.terraformVersion,
            requiredProviders: [
                "aws": .init(source: EnvironmentRoot.awsProvider.source, version: EnvironmentRoot.awsProvider.version,
                             configurationAliases: [globalProvider]),
            ])
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let apiEndpoint = input.apiEndpoint
        let rateLimit = input.rateLimitPer5Min
        let maxBody = input.maxBodyBytes
        let retention = input.logRetentionDays
        let chatRole = input.chatRoleARN
        let package = input.packagePath
        let codeSigning = input.codeSigningConfigARN
        let rotationDays = input.rotationDays

        // MARK: WAF in us-east-1
        let wafLogGroupName: TFString = "aws-waf-logs-\(context.prefix)"
        var logKey = EncryptionKey("waf_logs", description: "Encrypts \(context.prefix) WAF logs (us-east-1).",
                                   aliasName: "alias/\(context.prefix)-waf-logs", partition: context.partition, account: context.account)
        logKey.allowService("logs.\(globalRegion).amazonaws.com",
                            actions: [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey, .kms.reEncryptFrom, .kms.reEncryptTo],
                            conditions: [Condition("ArnLike", "kms:EncryptionContext:aws:logs:arn",
                                                   ["arn:\(context.partition):logs:\(globalRegion):\(context.account):log-group:\(wafLogGroupName)"])],
                            sid: "UseKeyFromCloudWatchLogs")
        let wafKey = logKey.declare(in: &module, provider: globalProvider)
        let wafLogs = module.add(CloudwatchLogGroup("waf").with {
            $0.nameAttribute = wafLogGroupName
            $0.retentionInDays = retention
            $0.kmsKeyId = wafKey.arn
            $0.meta.provider = globalProvider
        })

        let acl = module.add(Wafv2WebAcl("api", defaultAction: .init().with { $0.allow = .init() }, scope: "CLOUDFRONT",
                                         visibilityConfig: .init(cloudwatchMetricsEnabled: true, metricName: "\(context.prefix)-waf",
                                                                 sampledRequestsEnabled: true)).with {
            $0.nameAttribute = .named(context.prefix, "api")
            $0.description = "Protects \(context.prefix) chat behind CloudFront."
            $0.rule = rules(prefix: context.prefix, rateLimit: rateLimit, maxBody: maxBody)
            $0.meta.provider = globalProvider
        })
        module.add(Wafv2WebAclLoggingConfiguration("api", logDestinationConfigs: [wafLogs.arn], resourceArn: acl.arn).with {
            $0.redactedFields = [.init().with { $0.singleHeader = .init(name: "authorization") }]
            $0.meta.provider = globalProvider
        })

        // MARK: Origin secret and its rotation (primary region)
        let rotationName: TFString = .named(context.prefix, "origin-verify-rotation")
        var rotationRole = Role("origin_verify_rotation", roleName: .named(context.prefix, "origin-verify-rotation-role"),
                                service: "lambda.amazonaws.com", account: context.account)
        var secretKey = EncryptionKey("origin_verify", description: "Encrypts the \(context.prefix) CloudFront origin secret and its rotation function.",
                                      aliasName: "alias/\(context.prefix)-origin-verify", partition: context.partition, account: context.account)
        let secretsManager: TFString = "secretsmanager.\(context.region).amazonaws.com"
        secretKey.allowUse(by: [rotationRole.arn], through: secretsManager, actions: [.kms.decrypt, .kms.generateDataKey],
                           sid: "UseKeyFromRotationThroughSecretsManager")
        secretKey.allowUse(by: [chatRole], through: secretsManager, actions: [.kms.decrypt], sid: "DecryptFromChatThroughSecretsManager")
        secretKey.allowService("logs.\(context.region).amazonaws.com",
                               actions: [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey, .kms.reEncryptFrom, .kms.reEncryptTo],
                               conditions: [Condition("ArnLike", "kms:EncryptionContext:aws:logs:arn",
                                                      ["arn:\(context.partition):logs:\(context.region):\(context.account):log-group:/aws/lambda/\(rotationName)"])],
                               sid: "UseKeyFromCloudWatchLogs")
        let key = secretKey.declare(in: &module)

        let secret = module.add(SecretsmanagerSecret("origin_verify").with {
            $0.nameAttribute = "\(context.prefix)/origin-verify"
            $0.description = "Value of the \(originHeader) header CloudFront sends to the API; rotated by \(rotationName)."
            $0.kmsKeyId = key.arn
            $0.recoveryWindowInDays = 7
        })

        let distribution = module.add(CloudfrontDistribution(
            "api",
            defaultCacheBehavior: .init(allowedMethods: ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
                                        cachedMethods: ["GET", "HEAD"], targetOriginId: "api", viewerProtocolPolicy: "redirect-to-https").with {
                $0.cachePolicyId = TFString(cachingDisabledPolicyID)
                $0.originRequestPolicyId = TFString(allViewerExceptHostHeaderPolicyID)
                $0.responseHeadersPolicyId = TFString(securityHeadersPolicyID)
                $0.compress = true
            },
            enabled: true,
            origin: [.init(domainName: TFString(expression: .call("trimprefix", [apiEndpoint.expression, .string("https://")])), originId: "api").with {
                $0.customOriginConfig = .init(httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"])
                $0.customHeader = [.init(name: TFString(originHeader), value: "set-by-rotation")]
            }],
            restrictions: .init(geoRestriction: .init(restrictionType: "none")),
            viewerCertificate: .init().with { $0.cloudfrontDefaultCertificate = true }
        ).with {
            $0.comment = "\(context.prefix) chat API behind WAF"
            $0.webAclId = acl.arn
            $0.httpVersion = "http2and3"
            $0.isIpv6Enabled = true
            $0.priceClass = "PriceClass_100"
            // The rotation function owns the origin header's value.
            $0.meta.lifecycle = Lifecycle(ignoreChanges: ["origin"])
        })

        let secretRef = SecretRef(arn: secret.arn)
        secretRef.grantRotate(to: &rotationRole, sid: "RotateOriginSecret")
        rotationRole.add(.allow([.secretsmanager.getRandomPassword], on: ["*"], sid: "GenerateRandomValues"))
        rotationRole.add(.allow([.cloudfront.getDistributionConfig, .cloudfront.updateDistribution], on: [distribution.arn],
                                sid: "WriteOriginHeader"))
        KeyRef(arn: key.arn).grantEncryptDecrypt(to: &rotationRole, sid: "UseOriginSecretKey")
        LogGroupRef(arn: "arn:\(context.partition):logs:\(context.region):\(context.account):log-group:/aws/lambda/\(rotationName)")
            .grantWrite(to: &rotationRole, sid: "WriteOwnLogs")
        Tracing.grantWrite(to: &rotationRole)
        rotationRole.declare(in: &module, description: "Rotates the CloudFront origin secret and writes it into the distribution.")

        let rotation = ServerlessFunction(
            "origin_verify_rotation", functionName: rotationName, description: "Rotates the \(originHeader) secret and CloudFront's copy of it.",
            handler: "rotation_handler.handler", role: rotationRole.arn, package: package, memoryMB: 256, timeoutSeconds: 60,
            reservedConcurrency: 1, kmsKey: key.arn, logRetentionDays: retention,
            environment: ["DISTRIBUTION_ID": distribution.id, "ORIGIN_ID": "api", "HEADER_NAME": TFString(originHeader), "LOG_LEVEL": "INFO"],
            codeSigningConfig: codeSigning
        ).declare(in: &module)

        let permission = module.add(LambdaPermission("secretsmanager_invoke_rotation", action: "lambda:InvokeFunction",
                                                     functionName: rotation.function.arn,
                                                     principal: "secretsmanager.amazonaws.com").with {
            $0.statementId = "AllowOriginSecretRotation"
            $0.sourceArn = secret.arn
            $0.sourceAccount = context.account
        })
        module.add(SecretsmanagerSecretRotation("origin_verify", rotationRules: .init().with { $0.automaticallyAfterDays = rotationDays },
                                                secretId: secret.id).with {
            $0.rotationLambdaArn = rotation.function.arn
            $0.meta.dependsOn = [permission.address, "aws_iam_role_policy.origin_verify_rotation"]
        })

        output.distributionID = distribution.id
        output.distributionDomainName = distribution.domainName
        output.chatURL = "https://\(distribution.domainName)/chat" as TFString
        output.webACLARN = acl.arn
        output.wafLogGroupARN = wafLogs.arn
        output.originVerifySecretARN = secret.arn
        output.originVerifyKeyARN = key.arn
        module.declare(output)
        return module
    }

    /// The web ACL's rules, in priority order.
    static func rules(prefix: TFString, rateLimit: TFNumber, maxBody: TFNumber) -> [Wafv2WebAcl.Rule] {
        func visibility(_ metric: String) -> Wafv2WebAcl.Rule.VisibilityConfig {
            .init(cloudwatchMetricsEnabled: true, metricName: "\(prefix)-\(metric)", sampledRequestsEnabled: true)
        }
        /// `countOnly` names rules of the group that only count; `countGroup` makes the whole group count.
        func managed(_ group: String, priority: Int, metric: String, countOnly: [String] = [], countGroup: Bool = false) -> Wafv2WebAcl.Rule {
            var statement: [String: JSONValue] = ["name": .string(group), "vendor_name": "AWS"]
            if !countOnly.isEmpty {
                statement["rule_action_override"] = .array(countOnly.map { ["name": .string($0), "action_to_use": ["count": [:]]] })
            }
            return Wafv2WebAcl.Rule(name: TFString(group), priority: TFNumber(priority), visibilityConfig: visibility(metric)).with {
                $0.overrideAction = countGroup ? .init().with { $0.count = .init() } : .init().with { $0.none = .init() }
                $0.statement = TFAny(json: ["managed_rule_group_statement": .object(statement)])
            }
        }
        let block = Wafv2WebAcl.Rule.Action().with { $0.block = .init() }
        return [
            managed("AWSManagedRulesAmazonIpReputationList", priority: 10, metric: "ip-reputation"),
            // Anonymous sources (Tor, VPNs, proxies) and hosting providers only count: the chat API
            // requires a Cognito token, and corporate VPNs and integrations running in a cloud are
            // legitimate callers; blocking them is a product decision. Counting labels and logs
            // those requests (awswaf:managed:aws:anonymous-ip-list:*) and makes the metric visible.
            managed("AWSManagedRulesAnonymousIpList", priority: 15, metric: "anonymous-ip", countGroup: true),
            // Chat prompts may exceed the group's 8 KB body limit; the body-size rule below enforces ours.
            managed("AWSManagedRulesCommonRuleSet", priority: 20, metric: "common", countOnly: ["SizeRestrictions_BODY"]),
            managed("AWSManagedRulesKnownBadInputsRuleSet", priority: 30, metric: "known-bad-inputs"),
            Wafv2WebAcl.Rule(name: "rate-limit-per-ip", priority: 40, visibilityConfig: visibility("rate-limit")).with {
                $0.action = block
                $0.statement = ["rate_based_statement": ["limit": TFAny(rateLimit), "aggregate_key_type": "IP",
                                                         "evaluation_window_sec": 300]]
            },
            Wafv2WebAcl.Rule(name: "max-body-size", priority: 50, visibilityConfig: visibility("body-size")).with {
                $0.action = block
                $0.statement = ["size_constraint_statement": [
                    "comparison_operator": "GT", "size": TFAny(maxBody),
                    "field_to_match": ["body": ["oversize_handling": "MATCH"]],
                    "text_transformation": [["priority": 0, "type": "NONE"]],
                ]]
            },
        ]
    }
}
