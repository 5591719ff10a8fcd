import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// The GitHub roles are assumed with the workflow's OIDC token: the `sub` claims their trust
/// policies accept decide which workflow runs may plan or deploy an environment.
@Suite struct GitHubOIDCTrustTests {
    let module = GitHubOIDCModule.build()

    func assumeRolePolicy(_ role: String) throws -> String {
        let resources = try #require(module.terraform.render()["main.tf.json"]?["resource"]?["aws_iam_role"])
        return try #require(resources[role]?["assume_role_policy"]?.stringValue)
    }

    @Test func planRoleTrustsPullRequestsAndMainOfTheRepository() throws {
        #expect(try assumeRolePolicy("plan") == #"{"Statement":[{"Action":["sts:AssumeRoleWithWebIdentity"],"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":["repo:${var.repository}:pull_request","repo:${var.repository}:ref:refs/heads/main"]}},"Effect":"Allow","Principal":{"Federated":"${aws_iam_openid_connect_provider.github.arn}"},"Sid":"TrustWebIdentity"}],"Version":"2012-10-17"}"#)
    }

    /// The environment is a module input: the claim interpolates it (it once held Swift's debug
    /// text of the value, which no token ever matches).
    @Test func deployRoleTrustsOnlyTheEnvironmentsGitHubEnvironment() throws {
        #expect(try assumeRolePolicy("deploy") == #"{"Statement":[{"Action":["sts:AssumeRoleWithWebIdentity"],"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":"repo:${var.repository}:environment:${var.environment}"}},"Effect":"Allow","Principal":{"Federated":"${aws_iam_openid_connect_provider.github.arn}"},"Sid":"TrustWebIdentity"}],"Version":"2012-10-17"}"#)
    }
}
