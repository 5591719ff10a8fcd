import Testing
@testable import Stack

/// Regions are checked against the real list (``AWSRegions``), not their shape.
@Suite struct AWSRegionsTests {
    static let notARegion = "it is not an AWS region; use a region code such as eu-west-1 (the list is in Sources/Stack/Configuration/AWSRegions.swift)"

    @Test(arguments: ["eu-west-9", "us-east-7", "eu-west-1a", "EU-WEST-1", "ap-southeast-8", "us-gov-north-1", "moon-base-1"])
    func aWellShapedCodeThatIsNoRegionIsRejectedForEverySettingThatNamesOne(code: String) throws {
        var config = Environments.dev
        config.region = code
        #expect(throws: ConfigurationError.invalidSetting(environment: "dev", setting: "region", value: "\"\(code)\"", limit: Self.notARegion)) {
            try config.validate()
        }
        #expect((try? config.validate()) == nil)

        var dr = Environments.prod
        dr.protection.drRegion = code
        #expect(throws: ConfigurationError.invalidSetting(environment: "prod", setting: "protection.drRegion", value: "\"\(code)\"", limit: Self.notARegion)) {
            try dr.validate()
        }

        var profile = Environments.prod
        let first = try #require(profile.models.chatInferenceProfile?.destinationRegions.first)
        profile.models.chatInferenceProfile?.destinationRegions = [first, code]
        #expect(throws: ConfigurationError.invalidSetting(environment: "prod", setting: "models.chatInferenceProfile.destinationRegions",
                                                          value: "\"\(code)\"", limit: Self.notARegion)) {
            try profile.validate()
        }
    }

    @Test func theMessageNamesTheSettingTheValueAndSaysItIsNotAnAWSRegion() {
        var config = Environments.dev
        config.region = "eu-west-9"
        do {
            try config.validate()
            Issue.record("eu-west-9 was accepted")
        } catch {
            #expect(error.description == #"environment dev: region = "eu-west-9" is invalid; "# + Self.notARegion)
        }
    }

    @Test(arguments: ["ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "mx-central-1", "ca-west-1", "il-central-1", "ap-east-2",
                      "eu-south-2", "us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1", "eusc-de-east-1", "eu-west-1"])
    func newerCommercialGovCloudAndChinaRegionsAreAccepted(code: String) throws {
        var config = Environments.dev
        config.region = code
        try config.validate()
        #expect(AWSRegions.contains(code))
    }

    @Test func everyEnvironmentUsesListedRegions() {
        for config in Environments.all {
            #expect(AWSRegions.contains(config.region), "\(config.name)")
            #expect(AWSRegions.contains(config.protection.drRegion), "\(config.name)")
            for region in config.models.chatInferenceProfile?.destinationRegions ?? [] { #expect(AWSRegions.contains(region)) }
        }
        #expect(AWSRegions.all.count == AWSRegions.commercial.count + 2 + 2 + 1)
    }
}
