import Stack
import Testing
@testable import Review
import SynthTestSupport

/// `synth graph` on a small root module and two modules (``GraphFixtures``): exact DOT and
/// Mermaid text for each view, switched-off resources left out, data sources on request.
@Suite struct ResourceGraphTests {
    static func graph(_ options: ResourceGraph.Options = .init()) throws -> ResourceGraph {
        try ResourceGraph.build(files: GraphFixtures.files, rootFolder: "environments/test", options: options)
    }

    static let header = """
          // 2 resources switched off in this environment (count 0) are not drawn
          rankdir=LR;
          ranksep=0.3;
          nodesep=0.15;
          fontname="Helvetica";
          node [shape=box, fontname="Helvetica", fontsize=11];
          edge [color="#555555"];
        """

    @Test func resourcesViewHasAClusterPerModuleWithoutDataOrSwitchedOffResources() throws {
        let graph = try Self.graph()
        #expect(graph.switchedOff == 2)
        #expect(graph.dot == """
        digraph synth {
        \(Self.header)
          subgraph "cluster_lambda" {
            label="module.lambda (modules-out/lambda)";
            "module.lambda.aws_cloudwatch_log_group.chat" [label="cloudwatch_log_group\\nchat"];
            "module.lambda.aws_iam_role.chat" [label="iam_role\\nchat"];
            "module.lambda.aws_iam_role_policy.chat" [label="iam_role_policy\\nchat"];
            "module.lambda.aws_lambda_function.chat" [label="lambda_function\\nchat"];
            "module.lambda.aws_security_group.chat" [label="security_group\\nchat"];
          }
          subgraph "cluster_storage" {
            label="module.storage (modules-out/storage)";
            "module.storage.aws_s3_bucket.vectors" [label="s3_bucket\\nvectors"];
          }
          "module.lambda.aws_iam_role_policy.chat" -> "module.lambda.aws_iam_role.chat";
          "module.lambda.aws_lambda_function.chat" -> "module.lambda.aws_cloudwatch_log_group.chat";
          "module.lambda.aws_lambda_function.chat" -> "module.lambda.aws_iam_role.chat";
        }

        """)
        #expect(graph.mermaid == """
        flowchart LR
          %% 2 resources switched off in this environment (count 0) are not drawn
          subgraph cluster_lambda["module.lambda (modules-out/lambda)"]
            module_lambda_aws_cloudwatch_log_group_chat["cloudwatch_log_group<br>chat"]
            module_lambda_aws_iam_role_chat["iam_role<br>chat"]
            module_lambda_aws_iam_role_policy_chat["iam_role_policy<br>chat"]
            module_lambda_aws_lambda_function_chat["lambda_function<br>chat"]
            module_lambda_aws_security_group_chat["security_group<br>chat"]
          end
          subgraph cluster_storage["module.storage (modules-out/storage)"]
            module_storage_aws_s3_bucket_vectors["s3_bucket<br>vectors"]
          end
          module_lambda_aws_iam_role_policy_chat --> module_lambda_aws_iam_role_chat
          module_lambda_aws_lambda_function_chat --> module_lambda_aws_cloudwatch_log_group_chat
          module_lambda_aws_lambda_function_chat --> module_lambda_aws_iam_role_chat

        """)
    }

    @Test func dataSourcesAppearOnRequest() throws {
        let dot = try Self.graph(.init(includeData: true)).dot
        #expect(dot.contains("    \"module.lambda.data.aws_region.current\" [label=\"data region\\ncurrent\", style=dashed];\n"))
        #expect(dot.contains("  \"module.lambda.aws_iam_role_policy.chat\" -> \"module.lambda.data.aws_region.current\";\n"))
        #expect(try !Self.graph().dot.contains("data.aws_region"))
    }

    @Test func modulesViewHasOneNodePerModuleCallAndEdgesFromWiring() throws {
        let graph = try Self.graph(.init(view: .modules))
        #expect(graph.dot == """
        digraph synth {
        \(Self.header)
          "module.lambda" [label="module.lambda\\n5 resources", shape=component];
          "module.storage" [label="module.storage\\n1 resource", shape=component];
          "module.lambda" -> "module.storage";
        }

        """)
        #expect(graph.mermaid == """
        flowchart LR
          %% 2 resources switched off in this environment (count 0) are not drawn
          module_lambda[["module.lambda<br>5 resources"]]
          module_storage[["module.storage<br>1 resource"]]
          module_lambda --> module_storage

        """)
    }

    @Test func moduleViewDrawsOneModule() throws {
        let dot = try Self.graph(.init(view: .module("lambda"))).dot
        #expect(dot.contains("subgraph \"cluster_lambda\""))
        #expect(!dot.contains("storage"))
        #expect(throws: ResourceGraph.UnknownModule(name: "nope", known: ["lambda", "storage"])) {
            try Self.graph(.init(view: .module("nope")))
        }
    }

    @Test func labelsBreakLongTypesAfterAnUnderscore() {
        #expect(ResourceGraph.wrap("lambda_provisioned_concurrency_config") == "lambda_provisioned_\nconcurrency_config")
        #expect(ResourceGraph.wrap("iam_role") == "iam_role")
    }

    @Test func referencesIgnoreVariablesQuotedTextAndIndexedAttributes() {
        let body: JSONValueFixture = .init(#"{"a": "${var.x} ${aws_iam_role.chat.arn}", "b": "${replace(\"aws_s3_bucket.fake\", local.y, aws_s3_bucket.real[0].arn)}"}"#)
        #expect(ResourceGraph.references(in: body.value, known: ["aws_iam_role.chat", "aws_s3_bucket.real", "aws_s3_bucket.fake"])
            == ["aws_iam_role.chat", "aws_s3_bucket.real"])
    }

    @Test func moduleSourcesResolveAgainstTheRootFolder() {
        #expect(ResourceGraph.resolve("../../modules-out/lambda", from: "environments/prod") == "modules-out/lambda")
        #expect(ResourceGraph.resolve("./local", from: "environments/prod") == "environments/prod/local")
    }

    // MARK: The real stack

    static func stackGraph(_ config: EnvironmentConfig, _ options: ResourceGraph.Options = .init()) throws -> ResourceGraph {
        try ResourceGraph.build(files: Synthesizer.synthesize([config]).files, rootFolder: "environments/\(config.name)", options: options)
    }

    /// Dev has no provisioned concurrency, VPC or WAF; prod turns them on.
    @Test func devLeavesOutWhatItSwitchesOff() throws {
        let dev = try Self.stackGraph(Environments.dev, .init(view: .module("lambda"))).dot
        #expect(!dev.contains("aws_lambda_provisioned_concurrency_config"))
        #expect(!dev.contains("aws_appautoscaling_target"))
        let prod = try Self.stackGraph(Environments.prod, .init(view: .module("lambda"))).dot
        #expect(prod.contains("aws_lambda_provisioned_concurrency_config.chat_live"))
        #expect(prod.contains("aws_appautoscaling_target.chat_provisioned_concurrency"))
    }

    /// The default prod graph is small enough to read: no data sources, no module-call boxes,
    /// and a Mermaid text well under GitHub's 50,000-character limit.
    @Test func theDefaultProdGraphStaysReadable() throws {
        let graph = try Self.stackGraph(Environments.prod)
        #expect(graph.nodes.allSatisfy { $0.kind == .resource })
        #expect(graph.nodes.count < 180)
        #expect(graph.mermaid.count < 40_000)
        #expect(try Self.stackGraph(Environments.prod, .init(view: .modules)).nodes.count == graph.modules.count)
    }
}
