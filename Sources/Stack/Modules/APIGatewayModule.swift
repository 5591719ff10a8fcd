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
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var chatAliasName = ModuleInput<TFString>("chat_alias_name", "Alias of the chat function the API invokes.", default: "live")
        var chatFunctionName = ModuleInput<TFString>("chat_function_name", "Name of the chat function.")
        var chatInvokeARN = ModuleInput<TFString>("chat_invoke_arn", "Invoke ARN of the chat alias.")
        var corsOrigins = ModuleInput<TFList<TFString>>("cors_origins", "Origins allowed by CORS; never * in prod.", validations: [.init("length(var.cors_origins) > 0 && (var.environment != \"\(Environments.production.name)\" || !contains(var.cors_origins, \"*\"))", "cors_origins must list at least one origin, and \(Environments.production.name) may not allow *.")])
        var jwtAudience = ModuleInput<TFList<TFString>>("jwt_audience", "Accepted JWT audiences (the app client ids).")
        var jwtIssuer = ModuleInput<TFString>("jwt_issuer", "Issuer of accepted JWTs (the Cognito user pool endpoint URL).")
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the KMS key for the access-log group.")
        var logRetentionDays = ModuleInput<TFNumber>("log_retention_days", "Retention of the access-log group in days.")
        var throttlingBurstLimit = ModuleInput<TFNumber>("throttling_burst_limit", "Requests the API absorbs in a burst.", validations: [EnvironmentSetting.throttlingBurstLimit.validation(of: "throttling_burst_limit")])
        var throttlingRateLimit = ModuleInput<TFNumber>("throttling_rate_limit", "Sustained requests per second.", validations: [EnvironmentSetting.throttlingRateLimit.validation(of: "throttling_rate_limit")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var accessLogGroupARN = ModuleOutput<TFString>("access_log_group_arn", "ARN of the access-log group.")
        var apiEndpoint = ModuleOutput<TFString>("api_endpoint", "Base URL of the HTTP API.")
        var apiID = ModuleOutput<TFString>("api_id", "Id of the HTTP API.")
        var chatURL = ModuleOutput<TFString>("chat_url", "URL of POST /chat.")
    }
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
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let functionName = input.chatFunctionName
        let aliasName = input.chatAliasName
        let invokeARN = input.chatInvokeARN
        let key = input.kmsKeyARN
        let origins = input.corsOrigins
        let burst = input.throttlingBurstLimit
        let rate = input.throttlingRateLimit
        let retention = input.logRetentionDays
        let issuer = input.jwtIssuer
        let audience = input.jwtAudience

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

        output.apiID = api.id
        output.apiEndpoint = api.apiEndpoint
        output.chatURL = "\(api.apiEndpoint)/chat" as TFString
        output.accessLogGroupARN = accessLogs.arn
        module.declare(output)
        return module
    }
}
