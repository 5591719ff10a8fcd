/// One Terraform module: a directory of `*.tf.json` files, built up block by block.
///
/// Every block is keyed by its address; declaring two things at one address is recorded with
/// both declaration sites and reported by ``render()``, so a typo that reuses a name cannot
/// silently overwrite a resource.
///
///     var module = TerraformModule("storage")
///     let key = module.add(KMSKey("vectors"))
///     try module.render()   // ["main.tf.json": ..., "variables.tf.json": ..., ...]
public struct TerraformModule: Sendable {
    /// The module's name, for example `storage` or `prod`.
    public let name: String
    public private(set) var resources: [String: Declared] = [:]
    public private(set) var dataSources: [String: Declared] = [:]
    public private(set) var variables: [String: Variable] = [:]
    public private(set) var outputs: [String: Output] = [:]
    public private(set) var locals: [String: Expression] = [:]
    public private(set) var moduleCalls: [String: ModuleCall] = [:]
    public private(set) var providers: [Provider] = []
    public private(set) var moved: [(from: String, to: String)] = []
    public var settings: TerraformSettings?
    /// Duplicate declarations, reported by ``render()``.
    public private(set) var duplicates: [TerraformError] = []
    private var sites: [String: String] = [:]

    public init(_ name: String) { self.name = name }

    /// A resource or data source body with its meta-arguments and its type.
    public struct Declared: Sendable {
        public var type: String
        public var name: String
        public var body: Body
        public var meta: MetaArguments
    }

    // MARK: Declaring blocks

    /// Adds a resource and returns it, so references can be taken from the result.
    @discardableResult
    public mutating func add<R: Resource>(_ resource: R, file: String = #fileID, line: Int = #line) -> R {
        let address = resource.address
        if claim(address, site: "\(file):\(line)") {
            resources[address] = Declared(type: R.terraformType, name: resource.name, body: resource.body, meta: resource.meta)
        }
        return resource
    }

    @discardableResult
    public mutating func add<D: DataSource>(_ data: D, file: String = #fileID, line: Int = #line) -> D {
        let address = data.address
        if claim(address, site: "\(file):\(line)") {
            dataSources[address] = Declared(type: D.terraformType, name: data.name, body: data.body, meta: data.meta)
        }
        return data
    }

    /// Declares a variable and returns a typed reference to its value.
    public mutating func variable<V: TerraformValue>(_ variable: Variable, file: String = #fileID, line: Int = #line) -> V {
        if claim("var.\(variable.name)", site: "\(file):\(line)") { variables[variable.name] = variable }
        return V(variable.reference)
    }

    public mutating func output(_ output: Output, file: String = #fileID, line: Int = #line) {
        if claim("output.\(output.name)", site: "\(file):\(line)") { outputs[output.name] = output }
    }

    /// Declares a local value and returns a typed reference to it.
    public mutating func local<V: TerraformValue>(_ name: String, _ value: V, file: String = #fileID, line: Int = #line) -> V {
        if claim("local.\(name)", site: "\(file):\(line)") { locals[name] = value.expression }
        return V(Reference(.local(name)))
    }

    @discardableResult
    public mutating func call(_ module: ModuleCall, file: String = #fileID, line: Int = #line) -> ModuleCall {
        if claim("module.\(module.name)", site: "\(file):\(line)") { moduleCalls[module.name] = module }
        return module
    }

    public mutating func provider(_ provider: Provider, file: String = #fileID, line: Int = #line) {
        if claim("provider.\(provider.address)", site: "\(file):\(line)") { providers.append(provider) }
    }

    /// Records that the object at `from` now lives at `to`, so Terraform moves state instead of
    /// destroying and recreating it.
    public mutating func moved(from: String, to: String) {
        moved.append((from, to))
    }

    private mutating func claim(_ address: String, site: String) -> Bool {
        if let first = sites[address] {
            duplicates.append(.duplicateAddress(address: address, module: name, first: first, second: site))
            return false
        }
        sites[address] = site
        return true
    }

    // MARK: Rendering

    /// The module's files by name. Each has the generated-file note under `"//"`.
    public func render() throws(TerraformError) -> [String: JSONValue] {
        if let first = duplicates.first { throw first }
        var main: [String: JSONValue] = [:]
        if !resources.isEmpty { main["resource"] = Self.group(resources) }
        if !dataSources.isEmpty { main["data"] = Self.group(dataSources) }
        if !locals.isEmpty { main["locals"] = .object(locals.mapValues(\.json)) }
        if !moduleCalls.isEmpty { main["module"] = .object(moduleCalls.mapValues(\.json)) }
        if !moved.isEmpty { main["moved"] = .array(moved.map { ["from": .string($0.from), "to": .string($0.to)] }) }

        // Files with nothing to declare are left out rather than written empty: an empty
        // `*.tf.json` says nothing to a reviewer, and some scanners reject it.
        var files: [String: JSONValue] = [:]
        files["main.tf.json"] = Self.file(main)
        if let settings { files["versions.tf.json"] = Self.file(["terraform": settings.json]) }
        if !providers.isEmpty {
            var byName: [String: [JSONValue]] = [:]
            for provider in providers { byName[provider.name, default: []].append(provider.json) }
            files["providers.tf.json"] = Self.file(["provider": .object(byName.mapValues { $0.count == 1 ? $0[0] : .array($0) })])
        }
        if !variables.isEmpty { files["variables.tf.json"] = Self.file(["variable": .object(variables.mapValues(\.json))]) }
        if !outputs.isEmpty { files["outputs.tf.json"] = Self.file(["output": .object(outputs.mapValues(\.json))]) }
        return files
    }

    /// The note at the top of every generated file.
    public static let generatedNote = "Generated by synth. Do not edit: change the Swift stack and run `swift run synth`."

    static func file(_ members: [String: JSONValue]) -> JSONValue {
        var members = members
        members["//"] = .string(generatedNote)
        return .object(members)
    }

    static func group(_ declared: [String: Declared]) -> JSONValue {
        var byType: [String: [String: JSONValue]] = [:]
        for item in declared.values {
            guard case .object(var members) = item.body.json else { continue }
            item.meta.apply(to: &members)
            byType[item.type, default: [:]][item.name] = .object(members)
        }
        return .object(byType.mapValues(JSONValue.object))
    }
}
