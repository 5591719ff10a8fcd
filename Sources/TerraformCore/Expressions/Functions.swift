/// Terraform built-in functions as typed calls. Each returns the Terraform type the function
/// returns, so `jsonencode` gives a ``TFString`` that fits a `policy` argument.
public enum TF {
    public static func jsonencode(_ value: some TerraformValue) -> TFString { call("jsonencode", value.expression) }
    public static func format(_ spec: String, _ arguments: any TerraformValue...) -> TFString {
        TFString(expression: .call("format", [.string(spec)] + arguments.map { $0.expression }))
    }
    public static func merge<V: TerraformValue>(_ maps: V...) -> V { V(expression: .call("merge", maps.map { $0.expression })) }
    public static func lookup<E: TerraformValue>(_ map: TFMap<E>, _ key: TFString, default fallback: E) -> E {
        E(expression: .call("lookup", [map.expression, key.expression, fallback.expression]))
    }
    public static func tomap<E: TerraformValue>(_ value: TFMap<E>) -> TFMap<E> { TFMap(expression: .call("tomap", [value.expression])) }
    public static func toset<E: TerraformValue>(_ value: TFList<E>) -> TFList<E> { TFList(expression: .call("toset", [value.expression])) }
    public static func length(_ value: some TerraformValue) -> TFNumber { TFNumber(expression: .call("length", [value.expression])) }
    public static func filebase64sha256(_ path: TFString) -> TFString { call("filebase64sha256", path.expression) }

    private static func call(_ name: String, _ argument: Expression) -> TFString {
        TFString(expression: .call(name, [argument]))
    }
}
