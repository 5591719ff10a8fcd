import Constructs
import PolicyLint
import TerraformCore

/// One independent piece of a run: a shared module, or a root (an environment's, or with `nil`
/// the state bucket's). ``Synthesizer`` models every piece, then lints and renders each, on
/// every core.
enum SynthesisPiece: Sendable {
    case module(any PlatformModule.Type)
    case root(EnvironmentConfig?)

    var isRoot: Bool { if case .root = self { true } else { false } }

    /// The piece's module, and for a root the module calls it makes.
    func model() -> ModelledPiece {
        switch self {
        case .module(let type):
            return ModelledPiece(folder: "modules-out/\(type.name)", module: type.build(), root: nil)
        case .root(let config?):
            let root = EnvironmentRoot(config)
            return ModelledPiece(folder: "environments/\(root.module.name)", module: root.module,
                                 root: .init(environment: config.name, calls: root.calls))
        case .root(nil):
            let root = BootstrapRoot()
            return ModelledPiece(folder: "environments/\(root.module.name)", module: root.module,
                                 root: .init(environment: nil, calls: root.calls))
        }
    }
}

/// A piece modelled: what is linted and rendered into its folder.
struct ModelledPiece: Sendable {
    /// What a root adds to its module: the environment whose values it passes to the modules
    /// (`nil` for the bootstrap root) and its module calls.
    struct Root: Sendable {
        let environment: String?
        let calls: [(call: ModuleCall, module: String)]
    }

    /// The folder rendered into, relative to the output folder.
    let folder: String
    let module: StackModule
    /// Set for a root; a shared module is linted through the roots that call it.
    let root: Root?

    /// The policies linting this piece means: a root's own, and each called module's again with
    /// the root's arguments. Pieces that lint more start first.
    func lintLoad(modules: [String: StackModule]) -> Int {
        guard let root else { return 0 }
        return root.calls.reduce(module.policies.count) { $0 + (modules[$1.module]?.policies.count ?? 0) }
    }

    /// Lints (a root) and renders the piece.
    func synthesize(known: [String], modules: [String: StackModule], linter: PolicyLinter) throws -> Synthesis {
        var part = Synthesis()
        if let root {
            try Synthesizer.add(root: module, calls: root.calls, environment: root.environment, known: known, modules: modules,
                                linter: linter, &part)
        } else {
            var terraform = module.terraform
            if terraform.settings == nil { terraform.settings = TerraformSettings(requiredProviders: Synthesizer.requiredProviders(of: terraform)) }
            try Synthesizer.render(terraform, into: folder, &part)
            part.ownedFolders.append(folder)
        }
        return part
    }
}
