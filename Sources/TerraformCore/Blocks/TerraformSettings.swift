/// The `terraform` block: required version, required providers and the state backend.
public struct TerraformSettings: Sendable, Hashable {
    /// `nil` in shared modules: the roots pin the Terraform version.
    public var requiredVersion: String?
    public var requiredProviders: [String: RequiredProvider]
    public var backend: Backend?

    public init(requiredVersion: String? = nil, requiredProviders: [String: RequiredProvider], backend: Backend? = nil) {
        self.requiredVersion = requiredVersion
        self.requiredProviders = requiredProviders
        self.backend = backend
    }

    /// One entry of `required_providers`.
    public struct RequiredProvider: Sendable, Hashable {
        public var source: String
        public var version: String
        /// Aliases a module expects its caller to pass, for example `aws.us_east_1`.
        public var configurationAliases: [String]
        public init(source: String, version: String, configurationAliases: [String] = []) {
            self.source = source
            self.version = version
            self.configurationAliases = configurationAliases
        }
    }

    /// A backend: its type (`s3`) and settings (literals only; Terraform allows no references here).
    public struct Backend: Sendable, Hashable {
        public var type: String
        public var settings: [String: JSONValue]
        public init(type: String, settings: [String: JSONValue]) {
            self.type = type
            self.settings = settings
        }

        /// An S3 backend with server-side encryption and S3 native locking (`use_lockfile`).
        /// With `roleARN`, Terraform reaches the bucket through that role (the nested
        /// `assume_role` object of Terraform >= 1.10; the top-level `role_arn` is gone).
        public static func s3(bucket: String, key: String, region: String, kmsKeyID: String? = nil, roleARN: String? = nil) -> Backend {
            var settings: [String: JSONValue] = [
                "bucket": .string(bucket), "key": .string(key), "region": .string(region),
                "encrypt": true, "use_lockfile": true,
            ]
            if let kmsKeyID { settings["kms_key_id"] = .string(kmsKeyID) }
            if let roleARN { settings["assume_role"] = ["role_arn": .string(roleARN)] }
            return Backend(type: "s3", settings: settings)
        }
    }

    public var json: JSONValue { members.json }

    var members: ObjectMembers {
        var members = ObjectMembers(capacity: 3)
        if let requiredVersion { members.add("required_version", .string(requiredVersion)) }
        var providers = ObjectMembers(capacity: requiredProviders.count)
        for (name, provider) in requiredProviders {
            var entry = ObjectMembers(capacity: 3)
            entry.add("source", .string(provider.source))
            entry.add("version", .string(provider.version))
            if !provider.configurationAliases.isEmpty {
                entry.add("configuration_aliases", .array(provider.configurationAliases.map(ObjectMembers.Value.string)))
            }
            providers.add(name, .object(entry))
        }
        members.add("required_providers", .object(providers))
        if let backend { members.add("backend", .json([backend.type: .object(backend.settings)])) }
        return members
    }
}
