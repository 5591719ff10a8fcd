import Testing
@testable import SynthCLI

/// `synth graph` on a small root module and two modules: exact DOT and Mermaid text.
@Suite struct ResourceGraphTests {
    let graph = ResourceGraph.build(files: GraphFixtures.files, rootFolder: "environments/test")

    @Test func dotHasClustersPerModuleAndSortedEdges() {
        #expect(graph.dot == """
        digraph synth {
          rankdir=LR;
          node [shape=box, fontname="Helvetica"];
          subgraph "cluster_lambda" {
            label="module.lambda (modules-out/lambda)";
            "module.lambda" [label="module.lambda", shape=component];
            "module.lambda.aws_cloudwatch_log_group.chat" [label="aws_cloudwatch_log_group.chat"];
            "module.lambda.aws_iam_role.chat" [label="aws_iam_role.chat"];
            "module.lambda.aws_iam_role_policy.chat" [label="aws_iam_role_policy.chat"];
            "module.lambda.aws_lambda_function.chat" [label="aws_lambda_function.chat"];
            "module.lambda.data.aws_region.current" [label="data.aws_region.current", style=dashed];
          }
          subgraph "cluster_storage" {
            label="module.storage (modules-out/storage)";
            "module.storage" [label="module.storage", shape=component];
            "module.storage.aws_s3_bucket.vectors" [label="aws_s3_bucket.vectors"];
          }
          "module.lambda" -> "module.storage";
          "module.lambda.aws_iam_role_policy.chat" -> "module.lambda.aws_iam_role.chat";
          "module.lambda.aws_iam_role_policy.chat" -> "module.lambda.data.aws_region.current";
          "module.lambda.aws_lambda_function.chat" -> "module.lambda.aws_cloudwatch_log_group.chat";
          "module.lambda.aws_lambda_function.chat" -> "module.lambda.aws_iam_role.chat";
        }

        """)
    }

    @Test func mermaidSanitizesIDs() {
        #expect(graph.mermaid == """
        flowchart LR
          subgraph cluster_lambda["module.lambda (modules-out/lambda)"]
            module_lambda[["module.lambda"]]
            module_lambda_aws_cloudwatch_log_group_chat["aws_cloudwatch_log_group.chat"]
            module_lambda_aws_iam_role_chat["aws_iam_role.chat"]
            module_lambda_aws_iam_role_policy_chat["aws_iam_role_policy.chat"]
            module_lambda_aws_lambda_function_chat["aws_lambda_function.chat"]
            module_lambda_data_aws_region_current(["data.aws_region.current"])
          end
          subgraph cluster_storage["module.storage (modules-out/storage)"]
            module_storage[["module.storage"]]
            module_storage_aws_s3_bucket_vectors["aws_s3_bucket.vectors"]
          end
          module_lambda --> module_storage
          module_lambda_aws_iam_role_policy_chat --> module_lambda_aws_iam_role_chat
          module_lambda_aws_iam_role_policy_chat --> module_lambda_data_aws_region_current
          module_lambda_aws_lambda_function_chat --> module_lambda_aws_cloudwatch_log_group_chat
          module_lambda_aws_lambda_function_chat --> module_lambda_aws_iam_role_chat

        """)
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
}
