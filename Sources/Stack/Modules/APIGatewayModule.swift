import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/api_gateway`: the HTTP API `rag-genai-<env>-api` with `POST /chat` behind a
/// Cognito JWT authorizer, an AWS_PROXY (payload 2.0) integration to the chat function's live
/// alias, CORS from the environment's origins, throttling, and JSON access logs in a
/// KMS-encrypted log group.
enum APIGatewayModule: PlatformModule {
    static let name = "api_gateway"
    static let route = "POST /chat"

    /// One JSON object per request; field names follow API Gateway's `$context` variables.
    static let accessLogFormat = TerraformJSONWriter.compact([
        "requestId": "$context.requestId", "ip": "$context.identity.sourceIp", "requestTime": "$context.requestTime",
        "routeKey": "$context.routeKey", "status": "$context.status", "protocol": "$context.protocol",
        "responseLength": "$context.responseLength", "responseLatency": "$context.responseLatency",
        "integrationLatency": "$context.integrationLatency", "integrationError": "$context.integrationErrorMessage",
        "authorizerError": "$context.authorizer.error", "userAgent": "$context.identity.userAgent",
    ])

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let functionName: TFString = module.variable("chat_function_name", .string, "Name of the chat function.")
        let aliasName: TFString = module.variable("chat_alias_name", .string, "Alias of the chat function the API invokes.", default: .string(LambdaModule.liveAlias))
        let invokeARN: TFString = module.variable("chat_invoke_arn", .string, "Invoke ARN of the chat alias.")
        let key: TFString = module.variable("kms_key_arn", .string, "ARN of the KMS key for the access-log group.",
                                            origin: .init(resourceType: "aws_kms_key", attribute: "arn"))
        let origins: TFList<TFString> = module.variable("cors_origins", .list(.string), "Origins allowed by CORS; never * in prod.",
                                                        validations: [.init("length(var.cors_origins) > 0 && (var.environment != \"prod\" || !contains(var.cors_origins, \"*\"))",
                                                                            "cors_origins must list at least one origin, and prod may not allow *.")])
        let burst: TFNumber = module.variable("throttling_burst_limit", .number, "Requests the API absorbs in a burst.",
                                              validations: [.init("var.throttling_burst_limit >= 1 && var.throttling_burst_limit <= 5000", "throttling_burst_limit must be 1-5000.")])
        let rate: TFNumber = module.variable("throttling_rate_limit", .number, "Sustained requests per second.",
                                             validations: [.init("var.throttling_rate_limit >= 1 && var.throttling_rate_limit <= 10000", "throttling_rate_limit must be 1-10000.")])
        let retention: TFNumber = module.variable("log_retention_days", .number, "Retention of the access-log group in days.")
        let issuer: TFString = module.variable("jwt_issuer", .string, "Issuer of accepted JWTs (the Cognito user pool endpoint URL).")
        let audience: TFList<TFString> = module.variable("jwt_audience", .list(.string), "Accepted JWT audiences (the app client ids).")

        let api = module.add(Apigatewayv2Api("chat", nameAttribute: .named(context.prefix, "api"), protocolType: "HTTP").with {
            $0.description = "RAG chat API for \(context.environment)"
            $0.corsConfiguration = .init().with {
                $0.allowOrigins = origins
                $0.allowMethods = ["OPTIONS", "POST"]
                $0.allowHeaders = ["authorization", "content-type", "x-request-id"]
                $0.maxAge = 3600
            }
        })
        let accessLogs = module.add(CloudwatchLogGroup("access_logs").with {
            $0.nameAttribute = "/aws/apigateway/\(context.prefix)-api"
            $0.retentionInDays = retention
            $0.kmsKeyId = key
        })
        module.add(Apigatewayv2Stage("default", apiId: api.id, nameAttribute: "$default").with {
            $0.autoDeploy = true
            $0.accessLogSettings = .init(destinationArn: accessLogs.arn, format: TFString(accessLogFormat))
            $0.defaultRouteSettings = .init().with {
                $0.throttlingBurstLimit = burst
                $0.throttlingRateLimit = rate
                $0.detailedMetricsEnabled = true
            }
        })
        let authorizer = module.add(Apigatewayv2Authorizer("cognito", apiId: api.id, authorizerType: "JWT",
                                                           nameAttribute: .named(context.prefix, "cognito")).with {
            $0.identitySources = ["$request.header.Authorization"]
            $0.jwtConfiguration = .init().with {
                $0.issuer = issuer
                $0.audience = audience
            }
        })
        let integration = module.add(Apigatewayv2Integration("chat", apiId: api.id, integrationType: "AWS_PROXY").with {
            $0.integrationUri = invokeARN
            $0.integrationMethod = "POST"
            $0.payloadFormatVersion = "2.0"
            $0.timeoutMilliseconds = 30000
        })
        module.add(Apigatewayv2Route("chat", apiId: api.id, routeKey: TFString(route)).with {
            $0.target = "integrations/\(integration.id)"
            $0.authorizationType = "JWT"
            $0.authorizerId = authorizer.id
        })
        module.add(LambdaPermission("api_invoke_chat", action: "lambda:InvokeFunction", functionName: functionName,
                                                     principal: "apigateway.amazonaws.com").with {
            $0.statementId = "AllowChatRouteOnly"
            $0.qualifier = aliasName
            // Only this API's POST /chat route, in any stage, may invoke the function.
            $0.sourceArn = "\(api.executionArn)/*/POST/chat"
        })

        module.output("api_id", api.id, "Id of the HTTP API.")
        module.output("api_endpoint", api.apiEndpoint, "Base URL of the HTTP API.")
        module.output("chat_url", "\(api.apiEndpoint)/chat" as TFString, "URL of POST /chat.")
        module.output("access_log_group_arn", accessLogs.arn, "ARN of the access-log group.")
        return module
    }
}
