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
    /// Where each address was declared, for the duplicate error; formatted only then.
    private var sites: [String: (file: String, line: Int)] = [:]

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
        if claim(address, file: file, line: line) {
            resources[address] = Declared(type: R.terraformType, name: resource.name, body: resource.body, meta: resource.meta)
        }
        return resource
    }

    @discardableResult
    public mutating func add<D: DataSource>(_ data: D, file: String = #fileID, line: Int = #line) -> D {
        let address = data.address
        if claim(address, file: file, line: line) {
            dataSources[address] = Declared(type: D.terraformType, name: data.name, body: data.body, meta: data.meta)
        }
        return data
    }

    /// Declares a variable and returns a typed reference to its value.
    public mutating func variable<V: TerraformValue>(_ variable: Variable, file: String = #fileID, line: Int = #line) -> V {
        if claim("var." + variable.name, file: file, line: line) { variables[variable.name] = variable }
        return V(variable.reference)
    }

    public mutating func output(_ output: Output, file: String = #fileID, line: Int = #line) {
        if claim("output." + output.name, file: file, line: line) { outputs[output.name] = output }
    }

    /// Declares a local value and returns a typed reference to it.
    public mutating func local<V: TerraformValue>(_ name: String, _ value: V, file: String = #fileID, line: Int = #line) -> V {
        if claim("local." + name, file: file, line: line) { locals[name] = value.expression }
        return V(Reference(.local(name)))
    }

    @discardableResult
    public mutating func call(_ module: ModuleCall, file: String = #fileID, line: Int = #line) -> ModuleCall {
        if claim("module." + module.name, file: file, line: line) { moduleCalls[module.name] = module }
        return module
    }

    public mutating func provider(_ provider: Provider, file: String = #fileID, line: Int = #line) {
        if claim("provider." + provider.address, file: file, line: line) { providers.append(provider) }
    }

    /// Records that the object at `from` now lives at `to`, so Terraform moves state instead of
    /// destroying and recreating it.
    public mutating func moved(from: String, to: String) {
        moved.append((from, to))
    }

    /// Records a problem found while building the module; ``render()`` reports the first.
    public mutating func report(_ problem: TerraformError) {
        duplicates.append(problem)
    }

    private mutating func claim(_ address: String, file: String, line: Int) -> Bool {
        // One hash in the common case: insert, and put the first site back on a duplicate.
        guard let first = sites.updateValue((file, line), forKey: address) else { return true }
        sites[address] = first
        duplicates.append(.duplicateAddress(address: address, module: name, first: "\(first.file):\(first.line)", second: "\(file):\(line)"))
        return false
    }

    // MARK: Rendering

    /// The module's files by name. Each has the generated-file note under `"//"`.
    public func render() throws(TerraformError) -> [String: JSONValue] {
        try files().mapValues { $0.json }
    }

    /// The module's files by name as the text synth writes: for each, exactly
    /// `TerraformJSONWriter.pretty` of what ``render()`` returns, written straight from the
    /// blocks without building the ``JSONValue`` tree first.
    public func renderText() throws(TerraformError) -> [String: String] {
        try files(prerendering: resources.count >= Self.prerenderedResources).mapValues { members in
            var sink = JSONTextSink(pretty: true, capacity: 8192)
            members.write(into: &sink)
            return sink.finish()
        }
    }

    /// Resources from which a module's resource types are written on every core (each type's
    /// blocks apart, then spliced in order): fewer, and starting the threads costs more.
    static let prerenderedResources = 512

    /// The top-level members of each file, the one description both renderings are made from.
    /// With `prerendering`, each resource type's blocks are already written as text.
    func files(prerendering: Bool = false) throws(TerraformError) -> [String: ObjectMembers] {
        if let first = duplicates.first { throw first }
        var main = ObjectMembers(capacity: 6)
        if !resources.isEmpty {
            let types = Self.group(resources)
            // In main.tf.json a type's blocks are the value of a key two levels in: {"resource": {type: ...}}.
            main.add("resource", .object(prerendering ? types.prerendered(depth: 2) : types))
        }
        if !dataSources.isEmpty { main.add("data", .object(Self.group(dataSources))) }
        if !locals.isEmpty {
            var members = ObjectMembers(capacity: locals.count)
            for (name, value) in locals { members.add(name, .expression(value)) }
            main.add("locals", .object(members))
        }
        if !moduleCalls.isEmpty {
            var members = ObjectMembers(capacity: moduleCalls.count)
            for (name, call) in moduleCalls { members.add(name, .object(call.members)) }
            main.add("module", .object(members))
        }
        if !moved.isEmpty {
            main.add("moved", .array(moved.map { move in
                var members = ObjectMembers(capacity: 2)
                members.add("from", .string(move.from))
                members.add("to", .string(move.to))
                return .object(members)
            }))
        }

        // Files with nothing to declare are left out rather than written empty: an empty
        // `*.tf.json` says nothing to a reviewer, and some scanners reject it.
        var files: [String: ObjectMembers] = [:]
        files["main.tf.json"] = Self.file(main)
        if let settings { files["versions.tf.json"] = Self.file("terraform", .object(settings.members)) }
        if !providers.isEmpty {
            var byName: [String: [ObjectMembers]] = [:]
            for provider in providers { byName[provider.name, default: []].append(provider.members) }
            var members = ObjectMembers(capacity: byName.count)
            for (name, configurations) in byName {
                members.add(name, configurations.count == 1 ? .object(configurations[0]) : .array(configurations.map { .object($0) }))
            }
            files["providers.tf.json"] = Self.file("provider", .object(members))
        }
        if !variables.isEmpty {
            var members = ObjectMembers(capacity: variables.count)
            for (name, variable) in variables { members.add(name, .object(variable.members)) }
            files["variables.tf.json"] = Self.file("variable", .object(members))
        }
        if !outputs.isEmpty {
            var members = ObjectMembers(capacity: outputs.count)
            for (name, output) in outputs { members.add(name, .object(output.members)) }
            files["outputs.tf.json"] = Self.file("output", .object(members))
        }
        return files
    }

    /// The note at the top of every generated file.
    public static let generatedNote = "Generated by synth. Do not edit: change the Swift stack and run `swift run synth`."

    static func file(_ members: ObjectMembers) -> ObjectMembers {
        var members = members
        members.add("//", .string(generatedNote))
        return members
    }

    static func file(_ key: String, _ value: ObjectMembers.Value) -> ObjectMembers {
        var members = ObjectMembers(capacity: 2)
        members.add(key, value)
        return file(members)
    }

    /// Resources or data sources as `{type: {name: body}}`, meta-arguments merged into each body.
    static func group(_ declared: [String: Declared]) -> ObjectMembers {
        var byType: [String: ObjectMembers] = [:]
        for item in declared.values {
            byType[item.type, default: ObjectMembers()].add(item.name, .block(item.body, item.meta))
        }
        var types = ObjectMembers(capacity: byType.count)
        for (type, members) in byType { types.add(type, .object(members)) }
        return types
    }
}
