@testable import SchemaCodegen
import Testing

/// Swift names for Terraform names.
@Suite struct NamingTests {
    @Test(arguments: [
        ("aws_s3_bucket", "S3Bucket"),
        ("aws_apigatewayv2_api", "Apigatewayv2Api"),
        ("aws_wafv2_web_acl", "Wafv2WebAcl"),
        ("archive_file", "ArchiveFile"),
    ])
    func resourceTypes(terraform: String, swift: String) {
        #expect(SchemaNames.resourceType(terraform) == swift)
    }

    @Test func dataSourcesGetADataSuffix() {
        #expect(SchemaNames.dataSourceType("aws_caller_identity") == "CallerIdentityData")
        #expect(SchemaNames.dataSourceType("archive_file") == "ArchiveFileData")
    }

    @Test func propertiesAreLowerCamelAndAvoidTheContainersMembers() {
        #expect(SchemaNames.property("ipv6_cidr_block", reserved: []) == "ipv6CidrBlock")
        #expect(SchemaNames.property("name", reserved: SchemaNames.topLevelMembers) == "nameAttribute")
        #expect(SchemaNames.property("name", reserved: SchemaNames.blockMembers) == "name")
        #expect(SchemaNames.property("body", reserved: SchemaNames.blockMembers) == "bodyAttribute")
        #expect(SchemaNames.property("attribute", reserved: SchemaNames.topLevelMembers) == "attribute")
    }

    @Test func nestedTypesAvoidNamesTheGeneratedCodeUses() {
        #expect(SchemaNames.nestedType("cors_rule") == "CorsRule")
        #expect(SchemaNames.nestedType("type") == "TypeBlock")
        #expect(SchemaNames.nestedType("body") == "BodyBlock")
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftRenderer.identifier("protocol") == "`protocol`")
        #expect(SwiftRenderer.identifier("default") == "`default`")
        #expect(SwiftRenderer.identifier("type") == "type")
    }
}
