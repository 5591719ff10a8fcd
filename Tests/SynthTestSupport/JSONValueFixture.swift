import TerraformCore

/// A JSON text parsed for a test; a parse failure is a test bug, so it traps with the reason.
public struct JSONValueFixture {
    public let value: JSONValue

    public init(_ text: String) {
        do { value = try JSONParser.parse(text) } catch { fatalError("fixture is not JSON: \(error)") }
    }
}
