import Stack

/// Usage text for `synth --help` and `synth COMMAND --help`.
enum HelpText {
    /// Every subcommand, in the order `synth --help` lists them.
    static let commands = ["lint", "lint-policy", "diff", "graph", "envs", "cost", "pipeline"]

    static var environmentNames: String { Environments.names.joined(separator: ", ") }

    static func usage(for command: String?) -> String {
        switch command {
        case "pipeline":
            return PipelineCommand.usage
        case "lint":
            return """
            USAGE: synth lint [--env ENV | --all] [--format text|json|sarif]

            Lints every IAM policy of the stack (role, trust, bucket, queue, key policies and Lambda
            permissions) and writes nothing. Exit 0 clean, 1 error findings, 2 usage error.
            Without --env, all environments are linted. Suppressed findings are summarized per rule;
            --show-suppressed lists them.

            """
        case "lint-policy":
            return """
            USAGE: synth lint-policy [--env ENV] [--kind identity|resource] [--format text|json|sarif] FILE...

            Lints standalone IAM policy JSON documents (for pre-commit). The kind is inferred from a
            Principal when --kind is omitted; --env enables the cross-environment rule. A file that is
            not valid JSON is an invalid-policy finding; a missing file is a usage error (exit 2).
            --kind also takes managed, role-inline, user-inline, group-inline, trust, s3-bucket, kms-key,
            sns-topic, sqs-queue, lambda-function, secret, ecr-repository, ecr-public-repository and
            serverless-application (size quotas and shapes differ). --show-suppressed lists suppressed findings.

            """
        case "diff":
            return """
            USAGE: synth diff [--env ENV | --all] [--out DIR] [--format text|json|markdown]

            Compares what synth would write now with the files under DIR (default: the current
            directory), as a reviewer reads it: blocks (resources, data sources, module calls,
            variables, outputs) added, removed and changed with each changed argument
            (memory_size: 512 → 1024); IAM access GRANTED and revoked per policy, listed first
            (+ s3:PutObject on ${var.bucket_arn}/*); blocks moved to a new address, with the
            moved block that keeps their state; files added and removed. Writes nothing.
            Without --env, all environments. Markdown fits a pull-request comment.

            OPTIONS:
              --env ENV     One environment: \(environmentNames)
              --all         Every environment (the default)
              --out DIR     Folder holding environments/ and modules-out/ (default: .)
              --format F    text (default), json or markdown

            EXIT CODES: 0 nothing differs, 1 something differs (or a policy has an error
            finding), 2 usage or configuration error.

            """
        case "graph":
            return """
            USAGE: synth graph --env ENV [--format dot|mermaid]

            Prints the environment's resource graph: resources, data sources and module calls
            (addressed as Terraform does: module.lambda.aws_iam_role.chat), one cluster per module,
            and an edge A -> B wherever A refers to B (B is created first). DOT by default
            (dot -Tsvg graph.dot -o graph.svg); Mermaid renders on GitHub in a ```mermaid block.

            OPTIONS:
              --env ENV     The environment: \(environmentNames)
              --format F    dot (default) or mermaid

            """
        case "envs":
            return """
            USAGE: synth envs [--format text|markdown|json]

            Prints every setting of every environment side by side, in promotion order
            (dev, qa, demo, staging, prod); settings that differ between environments are marked.
            Writes nothing.

            OPTIONS:
              --format F    text (default), markdown or json

            """
        case "cost":
            return """
            USAGE: synth cost [--env ENV | --all] [--format text|markdown|json]

            Estimates the monthly cost of an environment per service (Lambda, API Gateway,
            DynamoDB, S3, Bedrock, ...) from its usage settings and AWS list prices, against its
            budget. Without --env, every environment side by side. Writes nothing.

            OPTIONS:
              --env ENV     One environment: \(environmentNames)
              --all         Every environment (the default)
              --format F    text (default) or json

            """
        default:
            return """
            USAGE: synth (--env ENV | --all) [--out DIR] [--check] [-q]
                   synth COMMAND [OPTIONS]

            Lints the stack's IAM policies, then writes environments/ENV/ and modules-out/ under DIR
            (default: the current directory, the repository root). Nothing is written if a policy has
            an error finding or a setting is invalid.

            OPTIONS:
              --env ENV     One environment: \(environmentNames)
              --all         Every environment
              --out DIR     Output folder (default: .)
              --check       Write nothing; exit 1 if the files on disk differ from what synth would
                            write (without --env, every environment)
              -q            Print nothing but errors
              -h, --help    Show help

            COMMANDS:
              lint          Lint the stack's policies (write nothing)
              lint-policy   Lint standalone IAM policy JSON files
              diff          What synth would change on disk: blocks, arguments, IAM grants
              graph         The resource graph of an environment (DOT or Mermaid)
              envs          Every environment's settings side by side
              cost          Estimated monthly cost per environment and service
              pipeline      Write the GitHub Actions workflow (plan, promote, apply)

            Run 'synth COMMAND --help' for a command's options.

            EXIT CODES: 0 success, 1 error findings or drift, 2 usage or configuration error.

            """
        }
    }
}
