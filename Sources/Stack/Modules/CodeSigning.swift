import AWSResources
import Constructs
import TerraformCore

/// Code signing for the environment's Lambda functions: one AWS Signer profile for Lambda and one
/// code-signing config that trusts only that profile, declared by the lambda module and passed to
/// every other module with a function (the WAF module's rotation), so an environment has one trust
/// anchor. The config warns on, rather than refuses, unsigned code
/// (`untrusted_artifact_on_deployment = "Warn"`) while the handlers are still packaged unsigned by
/// `synth package`.
enum CodeSigning {
    /// Declares `aws_signer_signing_profile.<localName>` and
    /// `aws_lambda_code_signing_config.<localName>`; returns the config's ARN for the functions'
    /// `code_signing_config_arn`.
    static func declare(_ localName: String, prefix: TFString, description: TFString, in module: inout StackModule) -> TFString {
        let profile = module.add(SignerSigningProfile(localName, platformId: "AWSLambda-SHA384-ECDSA").with {
            // Signer names allow letters, digits and underscores only: `raggenai<env>`.
            $0.namePrefix = TFString(expression: .call("replace", [prefix.expression, .string("-"), .string("")]))
        })
        let config = module.add(LambdaCodeSigningConfig(
            localName, allowedPublishers: .init(signingProfileVersionArns: [profile.attribute("version_arn")])).with {
            $0.description = description
            $0.policies = .init(untrustedArtifactOnDeployment: "Warn")
        })
        return config.arn
    }
}
