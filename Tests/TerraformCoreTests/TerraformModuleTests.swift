import Testing
@testable import TerraformCore

/// A hand-written resource in the shape synth-codegen generates, so core tests need no AWS layer.
struct TestQueue: Resource {
    static let terraformType = "aws_sqs_queue"
    let name: String
    var body = Body()
    var meta = MetaArguments()
    init(_ name: String) { self.name = name }
    var queueName: TFString? { get { body.argument("name") } set { body.setArgument("name", newValue) } }
    var delay: TFNumber? { get { body.argument("delay_seconds") } set { body.setArgument("delay_seconds", newValue) } }
    var arn: TFString { attribute("arn") }
    var redrive: Redrive? { get { body.single("redrive") } set { body.setSingle("redrive", newValue) } }
    var rules: [Redrive] { get { body.list("rule") } set { body.setList("rule", newValue) } }
    struct Redrive: BlockBody {
        var body: Body
        init(body: Body) { self.body = body }
        init(target: TFString) { self.body = Body(); self.body.setArgument("target", target) }
    }
}

struct TestRegion: DataSource {
    static let terraformType = "aws_region"
    let name: String
    var body = Body()
    var meta = MetaArguments()
    init(_ name: String) { self.name = name }
    var region: TFString { attribute("region") }
}

@Suite struct TerraformModuleTests {
    /// The file as written from the JSON tree; written straight from the blocks it must be the same.
    func pretty(_ module: TerraformModule, _ file: String) throws -> String {
        let text = TerraformJSONWriter.pretty(try module.render()[file]!)
        #expect(try module.renderText()[file] == text)
        return text
    }

    @Test func resourceWithNestedBlocksAndMetaArguments() throws {
        var module = TerraformModule("queues")
        let region = module.add(TestRegion("current"))
        let dlq = module.add(TestQueue("dlq").with { $0.queueName = "rag-genai-dev-dlq" })
        module.add(TestQueue("main").with {
            $0.queueName = "q-\(region.region)"
            $0.delay = 5
            $0.redrive = .init(target: dlq.arn)
            $0.rules = [.init(target: "a"), .init(target: "b")]
            $0.meta.dependsOn = [dlq.address]
            $0.meta.provider = "aws.us_east_1"
            $0.meta.count = 1
            $0.meta.lifecycle = Lifecycle(preventDestroy: true, ignoreChanges: ["tags"], replaceTriggeredBy: [dlq.reference("arn")])
        })
        #expect(try pretty(module, "main.tf.json") == """
        {
          "//": "\(TerraformModule.generatedNote)",
          "data": {
            "aws_region": {
              "current": {}
            }
          },
          "resource": {
            "aws_sqs_queue": {
              "dlq": {
                "name": "rag-genai-dev-dlq"
              },
              "main": {
                "count": 1,
                "delay_seconds": 5,
                "depends_on": [
                  "aws_sqs_queue.dlq"
                ],
                "lifecycle": {
                  "ignore_changes": [
                    "tags"
                  ],
                  "prevent_destroy": true,
                  "replace_triggered_by": [
                    "${aws_sqs_queue.dlq.arn}"
                  ]
                },
                "name": "q-${data.aws_region.current.region}",
                "provider": "aws.us_east_1",
                "redrive": {
                  "target": "${aws_sqs_queue.dlq.arn}"
                },
                "rule": [
                  {
                    "target": "a"
                  },
                  {
                    "target": "b"
                  }
                ]
              }
            }
          }
        }

        """)
    }

    @Test func forEachListBecomesToset() throws {
        var module = TerraformModule("m")
        var queue = TestQueue("each")
        queue.meta.forEach = .list([.string("a"), .string("b")])
        module.add(queue)
        let json = try module.render()["main.tf.json"]!
        #expect(json["resource"]?["aws_sqs_queue"]?["each"]?["for_each"] == #"${toset(["a", "b"])}"#)
    }

    @Test func variablesWithTypeDefaultValidationSensitiveNullable() throws {
        var module = TerraformModule("lambda")
        let memory: TFNumber = module.variable(Variable(
            "memory_size", type: .number, description: "Lambda memory in MB", default: .integer(512),
            validations: [.init("var.memory_size >= 128 && var.memory_size <= 10240", "memory_size must be 128-10240 MB.")],
            nullable: false))
        let _: TFMap<TFString> = module.variable(Variable("secrets", type: .map(.string), description: "Secrets", sensitive: true))
        let _: TFAny = module.variable(Variable("limits", type: .object(["rate": .number, "burst": .number]), description: "Throttling"))
        let _: TFList<TFString> = module.variable(Variable("origins", type: .list(.string), description: "CORS origins"))
        #expect(memory.expression.json == "${var.memory_size}")
        #expect(try pretty(module, "variables.tf.json") == """
        {
          "//": "\(TerraformModule.generatedNote)",
          "variable": {
            "limits": {
              "description": "Throttling",
              "type": "object({burst = number, rate = number})"
            },
            "memory_size": {
              "default": 512,
              "description": "Lambda memory in MB",
              "nullable": false,
              "type": "number",
              "validation": [
                {
                  "condition": "${var.memory_size >= 128 && var.memory_size <= 10240}",
                  "error_message": "memory_size must be 128-10240 MB."
                }
              ]
            },
            "origins": {
              "description": "CORS origins",
              "type": "list(string)"
            },
            "secrets": {
              "description": "Secrets",
              "sensitive": true,
              "type": "map(string)"
            }
          }
        }

        """)
    }

    @Test func outputsLocalsModuleCallsAndMoved() throws {
        var module = TerraformModule("prod")
        let tags = module.local("tags", TFMap<TFString>(["Environment": "prod"]))
        var storage = ModuleCall("storage", source: "../../modules-out/storage", providers: ["aws.us_east_1": "aws.us_east_1"])
        storage.set("tags", tags)
        storage.meta.dependsOn = ["module.kms"]
        module.call(storage)
        let bucket: TFString = storage.output("bucket_name")
        module.output(Output("bucket_name", value: bucket, description: "The vector bucket"))
        module.output(Output("secret", value: TFString("x"), description: "A secret", sensitive: true))
        module.moved(from: "aws_s3_bucket.old", to: "aws_s3_bucket.vectors")
        let files = try module.render()
        #expect(TerraformJSONWriter.compact(files["main.tf.json"]!) == """
        {"//":"\(TerraformModule.generatedNote)","locals":{"tags":{"Environment":"prod"}},"module":{"storage":{"depends_on":["module.kms"],"providers":{"aws.us_east_1":"aws.us_east_1"},"source":"../../modules-out/storage","tags":"${local.tags}"}},"moved":[{"from":"aws_s3_bucket.old","to":"aws_s3_bucket.vectors"}]}
        """)
        #expect(TerraformJSONWriter.compact(files["outputs.tf.json"]!) == """
        {"//":"\(TerraformModule.generatedNote)","output":{"bucket_name":{"description":"The vector bucket","value":"${module.storage.bucket_name}"},"secret":{"description":"A secret","sensitive":true,"value":"x"}}}
        """)
    }

    @Test func providersAndTerraformSettings() throws {
        var module = TerraformModule("prod")
        module.provider(.aws(region: "eu-west-1", defaultTags: ["Environment": "prod"]))
        module.provider(.aws(region: "us-east-1", alias: "us_east_1"))
        module.settings = TerraformSettings(
            requiredVersion: ">= 1.10",
            requiredProviders: ["aws": .init(source: "hashicorp/aws", version: "~> 6.0", configurationAliases: ["aws.us_east_1"])],
            backend: .s3(bucket: "state", key: "prod/terraform.tfstate", region: "eu-west-1"))
        let files = try module.render()
        #expect(TerraformJSONWriter.compact(files["providers.tf.json"]!) == """
        {"//":"\(TerraformModule.generatedNote)","provider":{"aws":[{"default_tags":{"tags":{"Environment":"prod"}},"region":"eu-west-1"},{"alias":"us_east_1","region":"us-east-1"}]}}
        """)
        #expect(TerraformJSONWriter.compact(files["versions.tf.json"]!) == """
        {"//":"\(TerraformModule.generatedNote)","terraform":{"backend":{"s3":{"bucket":"state","encrypt":true,"key":"prod/terraform.tfstate","region":"eu-west-1","use_lockfile":true}},"required_providers":{"aws":{"configuration_aliases":["aws.us_east_1"],"source":"hashicorp/aws","version":"~> 6.0"}},"required_version":">= 1.10"}}
        """)
    }

    @Test func twoThingsAtOneAddressIsAnErrorNamingBoth() {
        var module = TerraformModule("storage")
        module.add(TestQueue("dlq"), file: "Stack/A.swift", line: 3)
        module.add(TestQueue("dlq"), file: "Stack/B.swift", line: 9)
        #expect(throws: TerraformError.duplicateAddress(address: "aws_sqs_queue.dlq", module: "storage", first: "Stack/A.swift:3", second: "Stack/B.swift:9")) {
            try module.render()
        }
        #expect(TerraformError.duplicateAddress(address: "aws_sqs_queue.dlq", module: "storage", first: "A.swift:3", second: "B.swift:9").description
            == "module storage: aws_sqs_queue.dlq is declared twice, at A.swift:3 and at B.swift:9; give one of them another name")
    }

    @Test func duplicateVariablesAndOutputsAreReported() {
        var module = TerraformModule("m")
        let _: TFString = module.variable(Variable("x", type: .string, description: "x"))
        let _: TFString = module.variable(Variable("x", type: .string, description: "again"))
        #expect(module.duplicates.count == 1)
    }

    @Test func filesWithNothingToDeclareAreLeftOut() throws {
        let files = try TerraformModule("empty").render()
        #expect(files.keys.sorted() == ["main.tf.json"])
        #expect(files["main.tf.json"] == ["//": .string(TerraformModule.generatedNote)])
    }

    /// Every file of a module using every kind of block, and strings that need both kinds of
    /// escaping: the text written straight from the blocks is the pretty text of the tree.
    @Test func renderTextIsThePrettyTreeOfEveryFile() throws {
        var module = TerraformModule("everything")
        let region = module.add(TestRegion("current"))
        let environment: TFString = module.variable(Variable("environment", type: .string, description: "dev, prod, ...",
                                                             default: .string("dev"), validations: [.init("length(var.environment) > 0", "set \"environment\"")]))
        let tags = module.local("tags", TFMap<TFString>(["Environment": environment, "Note": "say \"hi\"\n${not} %{x}"]))
        let queue = module.add(TestQueue("main").with {
            $0.queueName = "q-$\(region.region)-100%\(environment)"
            $0.delay = 5
            $0.redrive = .init(target: TF.jsonencode(TFString("a \"${b}\" \(environment)")))
            $0.rules = [.init(target: "é/☕\t"), .init(target: TFString(Reference(.other("each.key"))))]
            $0.meta.forEach = .object(["a": .string("1")])
            $0.meta.lifecycle = Lifecycle(createBeforeDestroy: true)
        })
        var call = ModuleCall("child", source: "../child")
        call.set("tags", tags)
        call.set("count", TFNumber(3))
        call.meta.count = 1   // the meta-argument replaces the argument of the same name
        module.call(call)
        module.output(Output("arn", value: queue.arn, description: "The \"main\" queue"))
        module.provider(.aws(region: environment, allowedAccountIDs: ["111111111111"]))
        module.settings = TerraformSettings(requiredProviders: ["aws": .init(source: "hashicorp/aws", version: ">= 5.100")])
        module.moved(from: "aws_sqs_queue.old", to: "aws_sqs_queue.main")

        let tree = try module.render()
        let text = try module.renderText()
        #expect(text.keys.sorted() == ["main.tf.json", "outputs.tf.json", "providers.tf.json", "variables.tf.json", "versions.tf.json"])
        #expect(Set(text.keys) == Set(tree.keys))
        for (file, json) in tree { #expect(text[file] == TerraformJSONWriter.pretty(json), "\(file)") }
        #expect(tree["main.tf.json"]?["module"]?["child"]?["count"] == 1)
        #expect(tree["main.tf.json"]?["resource"]?["aws_sqs_queue"]?["main"]?["name"]
            == #"q-${"$"}${data.aws_region.current.region}-100${"%"}${var.environment}"#)
    }
}
