import Testing
@testable import TerraformCore

/// A module with many resources has each resource type's blocks written on every core and
/// spliced into main.tf.json: the file must be exactly what one sink writes.
@Suite struct PrerenderedResourcesTests {
    struct TestTopic: Resource {
        static let terraformType = "aws_sns_topic"
        let name: String
        var body = Body()
        var meta = MetaArguments()
        init(_ name: String) { self.name = name }
        var topicName: TFString? { get { body.argument("name") } set { body.setArgument("name", newValue) } }
    }

    @Test func manyResourcesRenderAsTheirPrettyTree() throws {
        var module = TerraformModule("many")
        let count = TerraformModule.prerenderedResources
        for index in 0..<count {
            let queue = module.add(TestQueue("q\(index)").with {
                $0.queueName = "queue-é-\(index)"
                $0.redrive = .init(target: "arn:\"\(index)\"")
                if index % 7 == 0 { $0.meta.count = 2 }
            })
            module.add(TestTopic("t\(index)").with { $0.topicName = "topic-\(queue.arn)" })
        }
        module.add(TestRegion("current"))
        let text = try module.renderText()["main.tf.json"]
        #expect(text == TerraformJSONWriter.pretty(try module.render()["main.tf.json"]!))
        #expect(text?.contains("\n    \"aws_sns_topic\": {\n      \"t0\": {\n        \"name\": \"topic-${aws_sqs_queue.q0.arn}\"\n      },") == true)
    }

    @Test func aFragmentIsTheTextAtItsDepth() {
        var inner = ObjectMembers()
        inner.add("b", .string("x"))
        inner.add("a", .bool(true))
        var outer = ObjectMembers()
        outer.add("k", .prerendered(inner, text: JSONTextSink.fragment(inner, depth: 1)))
        let expected = "{\n  \"k\": {\n    \"a\": true,\n    \"b\": \"x\"\n  }\n}\n"
        var first = JSONTextSink(pretty: true, capacity: 64)
        outer.write(into: &first)
        #expect(first.finish() == expected)
        // The blocks were taken over: written again, the members are written instead.
        var second = JSONTextSink(pretty: true, capacity: 64)
        outer.write(into: &second)
        #expect(second.finish() == expected)
    }
}
