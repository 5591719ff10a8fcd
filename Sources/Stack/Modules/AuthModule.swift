import AWSResources
import Constructs
import TerraformCore

/// `modules-out/auth`: a Cognito user pool and app client per environment; the API's JWT
/// authorizer accepts only tokens this pool issues for this client.
enum AuthModule: PlatformModule {
    static let name = "auth"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var deletionProtection = ModuleInput<TFString>("deletion_protection", "ACTIVE in prod, INACTIVE elsewhere.", validations: [.init("contains([\"ACTIVE\", \"INACTIVE\"], var.deletion_protection)", "deletion_protection must be ACTIVE or INACTIVE.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var clientID = ModuleOutput<TFString>("client_id", "Id of the web app client (the JWT audience).")
        var issuer = ModuleOutput<TFString>("issuer", "JWT issuer URL of the user pool.")
        var userPoolARN = ModuleOutput<TFString>("user_pool_arn", "ARN of the Cognito user pool.")
        var userPoolID = ModuleOutput<TFString>("user_pool_id", "Id of the Cognito user pool.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let deletionProtection = input.deletionProtection
        let pool = module.add(CognitoUserPool("users", nameAttribute: .named(context.prefix, "users")).with {
            $0.usernameAttributes = ["email"]
            $0.autoVerifiedAttributes = ["email"]
            $0.mfaConfiguration = "OPTIONAL"
            $0.deletionProtection = deletionProtection
            $0.passwordPolicy = .init().with {
                $0.minimumLength = 12
                $0.requireLowercase = true
                $0.requireUppercase = true
                $0.requireNumbers = true
                $0.requireSymbols = true
                $0.temporaryPasswordValidityDays = 3
            }
            $0.softwareTokenMfaConfiguration = .init(enabled: true)
            $0.accountRecoverySetting = .init().with { $0.recoveryMechanism = [.init(name: "verified_email", priority: 1)] }
            $0.adminCreateUserConfig = .init().with { $0.allowAdminCreateUserOnly = true }
            $0.userPoolAddOns = .init(advancedSecurityMode: "ENFORCED")
        })
        let client = module.add(CognitoUserPoolClient("web", nameAttribute: .named(context.prefix, "web"), userPoolId: pool.id).with {
            $0.generateSecret = false
            $0.explicitAuthFlows = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"]
            $0.preventUserExistenceErrors = "ENABLED"
            $0.accessTokenValidity = 60
            $0.idTokenValidity = 60
            $0.refreshTokenValidity = 30
            $0.tokenValidityUnits = [.init().with {
                $0.accessToken = "minutes"
                $0.idToken = "minutes"
                $0.refreshToken = "days"
            }]
        })
        output.userPoolID = pool.id
        output.userPoolARN = pool.arn
        output.clientID = client.id
        output.issuer = "https://\(pool.endpoint)" as TFString
        module.declare(output)
        return module
    }
}
