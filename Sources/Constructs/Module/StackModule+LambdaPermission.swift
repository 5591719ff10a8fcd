import AWSResources
import IAM
import TerraformCore

// Lambda permissions are resource-policy statements in disguise; the gate lints them as such,
// so a permission for a service without `source_arn`, or for `*`, is caught like any policy.
extension StackModule {
    /// Adds `permission` and registers with the gate the statement Lambda will add to the
    /// function's resource policy. Chosen over the generic `add` for every Lambda permission, so
    /// none can skip the lint.
    @discardableResult
    public mutating func add(_ permission: LambdaPermission, file: String = #fileID, line: Int = #line) -> LambdaPermission {
        terraform.add(permission, file: file, line: line)
        register(Self.policy(of: permission, file: file, line: line), kind: .lambdaFunction, address: permission.address,
                 argument: "statement", file: file, line: line)
        return permission
    }

    static func policy(of permission: LambdaPermission, file: String = #fileID, line: Int = #line) -> PolicyDocument {
        var conditions: [Condition] = []
        if let source = permission.sourceArn { conditions.append(Condition("ArnLike", "AWS:SourceArn", [source])) }
        if let account = permission.sourceAccount { conditions.append(Condition("StringEquals", "AWS:SourceAccount", [account])) }
        let principal = permission.principal
        let principals: [Principal] = principal.literal == "*" ? [.anyone]
            : (principal.literal?.hasSuffix(".amazonaws.com") == true ? [Principal(.service, [principal])] : [.aws(principal)])
        var resource: TFString = permission.functionName
        if let qualifier = permission.qualifier { resource = "\(permission.functionName):\(qualifier)" }
        let statement = Statement(sid: permission.statementId?.literal, effect: .allow, actions: [Action(permission.action.literal ?? "lambda:InvokeFunction")],
                                  resources: [resource], principals: principals, conditions: conditions, file: file, line: line)
        return PolicyDocument([statement])
    }
}
