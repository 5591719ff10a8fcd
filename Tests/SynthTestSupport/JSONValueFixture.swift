@testable import SynthCLI
import TerraformCore

/// A JSON text parsed for a test; a parse failure is a test bug, so it traps with the reason.
struct JSONValueFixture {
    let value: JSONValue

    init(_ text: String) {
        do { value = try JSONParser.parse(text) } catch { fatalError("fixture is not JSON: \(error)") }
    }
}
