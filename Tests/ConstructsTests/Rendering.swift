import Constructs
import IAM
import TerraformCore

/// The policy as the `policy` argument of its resource holds it: compact JSON, references live.
func policyJSON(_ document: PolicyDocument) -> String {
    document.rendered.expression.json.stringValue ?? ""
}

/// One resource of `module`'s `main.tf.json` as compact JSON, exactly as synth writes its members.
func resourceJSON(_ module: StackModule, _ address: String) throws -> String {
    let parts = address.split(separator: ".", maxSplits: 1).map(String.init)
    let main = try module.terraform.render()["main.tf.json"]
    return TerraformJSONWriter.compact(main?["resource"]?[parts[0]]?[parts[1]] ?? .null)
}

/// Every resource address the module declares, sorted.
func addresses(_ module: StackModule) -> [String] {
    module.terraform.resources.keys.sorted()
}
