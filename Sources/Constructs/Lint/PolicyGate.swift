import IAM
import PolicyLint
import TerraformCore

/// Lints every policy of a module before anything is written.
///
/// Findings carry the module, the generated file, the resource address and the argument, and
/// the Swift call that declared the statement (``Finding/source``), so a reviewer can go
/// straight to the grant. One unsuppressed error stops synthesis.
public enum PolicyGate {
    /// - Parameters:
    ///   - module: The module whose policies are linted.
    ///   - file: The file the policies are rendered into, for the findings.
    ///   - environment: The environment whose values the module receives (for `cross-environment`).
    ///   - arguments: The module call's arguments, so variables resolve to the values passed in.
    ///   - knownEnvironments: Every environment of the registry (the names `cross-environment` looks for).
    public static func lint(_ module: StackModule, file: String, environment: String?, knownEnvironments: [String] = [],
                            arguments: [String: Expression] = [:], linter: PolicyLinter = PolicyLinter()) -> [Finding] {
        let resolver = ReferenceResolver(arguments: arguments)
        // A policy declared with for_each is linted once per instance whose key and value are known.
        let instances = module.policies.flatMap { record in
            guard let entries = record.forEach.flatMap(resolver.instances(of:)) else { return [Instance(record: record, each: nil)] }
            return entries.map { Instance(record: record, each: $0) }
        }
        // Policies lint independently (the linter's caches are shared and locked): on every core.
        return instances.parallelMap { instance in
            var instanceResolver = resolver
            instanceResolver.each = instance.each
            let record = instance.record
            let suffix = instance.each.map { "[\"\($0.key)\"]" } ?? ""
            var document = record.document.resolvedJSON(instanceResolver.resolve, lists: instanceResolver.resolveList)
            if record.kind == .lambdaFunction { document = functionARNs(document) }
            let context = PolicyContext(
                file: file, module: module.name, address: "\(record.address)\(suffix).\(record.argument)", environment: environment,
                knownEnvironments: knownEnvironments, kind: record.kind, suppressions: record.document.suppressions, source: record.source,
                statementSources: record.document.statementSources)
            return linter.lint(document, context: context)
        }.flatMap { $0 }
    }

    /// One policy to lint: a record, and the `for_each` entry it is linted for, if any.
    private struct Instance: Sendable {
        let record: PolicyRecord
        let each: (key: String, value: String)?
    }

    /// A Lambda permission's `function_name` may be a name, a partial ARN or an ARN (AddPermission
    /// takes all three); the statement Lambda stores names the function's ARN, so the gate lints that.
    static func functionARNs(_ document: JSONValue) -> JSONValue {
        guard case .object(var policy) = document, case .array(let statements)? = policy["Statement"] else { return document }
        func arn(_ resource: JSONValue) -> JSONValue {
            guard case .string(let name) = resource, !name.hasPrefix("arn:"), name != "*" else { return resource }
            return .string("arn:aws:lambda:\(ARNSamples.region):\(ARNSamples.account):function:\(name)")
        }
        policy["Statement"] = .array(statements.map { statement in
            guard case .object(var members) = statement, let resource = members["Resource"] else { return statement }
            if case .array(let resources) = resource { members["Resource"] = .array(resources.map(arn)) } else { members["Resource"] = arn(resource) }
            return .object(members)
        })
        return .object(policy)
    }
}
