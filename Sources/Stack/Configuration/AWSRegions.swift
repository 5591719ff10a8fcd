/// Every AWS region code a configuration may name: `region`, `protection.drRegion` and the
/// destination regions of `models.chatInferenceProfile`. Declared once; validation reads it.
///
/// Checked against the `partitions.json` of botocore 1.44.8 (PyPI), the region list the AWS SDKs
/// ship. The isolated partitions (`us-iso-*`, `us-isob-*`, `eu-isoe-*`, `us-isof-*`) are left
/// out: nothing public deploys there. When AWS opens a region, add its code here.
public enum AWSRegions {
    /// The `aws` partition.
    public static let commercial: Set<String> = [
        "af-south-1",
        "ap-east-1", "ap-east-2",
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-south-1", "ap-south-2",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
        "ca-central-1", "ca-west-1",
        "eu-central-1", "eu-central-2",
        "eu-north-1",
        "eu-south-1", "eu-south-2",
        "eu-west-1", "eu-west-2", "eu-west-3",
        "il-central-1",
        "me-central-1", "me-south-1", "me-west-1",
        "mx-central-1",
        "sa-east-1", "sa-west-1",
        "us-east-1", "us-east-2",
        "us-west-1", "us-west-2",
    ]

    /// The `aws-us-gov` partition.
    public static let govCloud: Set<String> = ["us-gov-east-1", "us-gov-west-1"]

    /// The `aws-cn` partition.
    public static let china: Set<String> = ["cn-north-1", "cn-northwest-1"]

    /// The `aws-eusc` partition (AWS European Sovereign Cloud).
    public static let europeanSovereignCloud: Set<String> = ["eusc-de-east-1"]

    public static let all: Set<String> = commercial.union(govCloud).union(china).union(europeanSovereignCloud)

    /// Whether `code` is an AWS region.
    public static func contains(_ code: String) -> Bool { all.contains(code) }
}
