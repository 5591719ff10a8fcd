import IAM
import TerraformCore

/// Bedrock model ARNs and the grants to invoke them.
///
/// A foundation model ARN has no account: `arn:aws:bedrock:REGION::foundation-model/ID`. A
/// cross-region inference profile needs both the profile (in the caller's region and account)
/// and the model in every region the profile routes to; AWS rejects the call otherwise.
public enum BedrockModels {
    /// The ARN of foundation model `modelID` in `region`.
    public static func foundationModelARN(partition: TFString, region: TFString, modelID: TFString) -> TFString {
        "arn:\(partition):bedrock:\(region)::foundation-model/\(modelID)"
    }

    /// The ARN of inference profile `profileID`.
    public static func inferenceProfileARN(partition: TFString, region: TFString, account: TFString, profileID: TFString) -> TFString {
        "arn:\(partition):bedrock:\(region):\(account):inference-profile/\(profileID)"
    }

    /// Grants `InvokeModel` and `InvokeModelWithResponseStream` on exactly `models`, plus any
    /// list of ARNs known only as an expression (`modelLists`).
    public static func grantInvoke(_ models: [TFString], lists modelLists: [TFList<TFString>] = [], streaming: Bool = true,
                                   to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        let actions: [Action] = streaming ? [.bedrock.invokeModel, .bedrock.invokeModelWithResponseStream] : [.bedrock.invokeModel]
        var statement = Statement.allow(actions, on: models, sid: sid, file: file, line: line)
        statement.resourceLists = modelLists
        role.add(statement)
    }
}
