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
    public static func lint(_ module: StackModule, file: String, environment: String?,
                            arguments: [String: Expression] = [:], linter: PolicyLinter = PolicyLinter()) -> [Finding] {
        let resolver = ReferenceResolver(arguments: arguments)
        var findings: [Finding] = []
        for record in module.policies {
            // A policy declared with for_each is linted once per instance whose key and value are known.
            let instances = record.forEach.flatMap(resolver.instances(of:))
            for each in instances.map({ $0.map(Optional.some) }) ?? [nil] {
                var instanceResolver = resolver
                instanceResolver.each = each
                let instance = each.map { "[\"\($0.key)\"]" } ?? ""
                let document = record.document.resolvedJSON(instanceResolver.resolve, lists: instanceResolver.resolveList)
                let context = PolicyContext(
                    file: file, module: module.name, address: "\(record.address)\(instance).\(record.argument)", environment: environment,
                    kind: record.kind, suppressions: record.document.suppressions, source: record.source,
                    statementSources: record.document.statementSources)
                findings += linter.lint(document, context: context)
            }
        }
        return findings
    }
}
