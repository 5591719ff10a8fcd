import Testing
import TerraformCore
@testable import Review

/// The shapes of `count` the stack writes, evaluated over known variables; anything else is
/// unknown, and an unknown count keeps its resource.
@Suite struct ExpressionEvaluatorTests {
    typealias Value = ExpressionEvaluator.Value

    static let evaluator = ExpressionEvaluator(variables: [
        "provisioned_concurrency": .number(0), "max": .number(5), "vpc_id": .string(""), "billing_mode": .string("PROVISIONED"),
        "subnet_arns": .list([]), "az_count": .number(2), "enable_cache": .bool(true), "services": .list([.string("kms"), .string("kms"), .string("logs")]),
        "environments": .object(["dev": .string("1"), "prod": .string("2")]), "from_module": .unknown,
    ])

    @Test(arguments: [
        ("${var.provisioned_concurrency > 0 ? 1 : 0}", Value.number(0)),
        ("${var.max > 0 ? 1 : 0}", .number(1)),
        ("${var.vpc_id == \"\" ? 0 : 1}", .number(0)),
        ("${var.billing_mode == \"PROVISIONED\" ? 1 : 0}", .number(1)),
        ("${length(var.subnet_arns) > 0 ? 1 : 0}", .number(0)),
        ("${var.az_count}", .number(2)),
        ("${var.enable_cache ? 1 : 0}", .number(1)),
        ("${!var.enable_cache ? 1 : 0}", .number(0)),
        ("${var.enable_cache && var.max >= 5 ? 1 : 0}", .number(1)),
        ("${var.az_count * 2 - 1}", .number(3)),
        ("${toset(var.services)}", .list([.string("kms"), .string("logs")])),
        ("${var.environments}", .object(["dev": .string("1"), "prod": .string("2")])),
        ("${var.from_module == \"\" ? 0 : 1}", .unknown),
        ("${var.not_declared ? 1 : 0}", .unknown),
        ("${module.network.vpc_id == \"\" ? 0 : 1}", .unknown),
        ("${local.count}", .unknown),
        ("${lookup(var.environments, \"dev\")}", .unknown),
    ])
    func evaluates(expression: String, expected: Value) {
        #expect(Self.evaluator.evaluate(.string(expression)) == expected)
    }

    @Test func instanceCounts() {
        #expect(Value.number(0).instanceCount == 0)
        #expect(Value.list([]).instanceCount == 0)
        #expect(Value.object([:]).instanceCount == 0)
        #expect(Value.unknown.instanceCount == nil)
        #expect(Self.evaluator.evaluate(.integer(3)).instanceCount == 3)
        // A literal string with an escaped interpolation is text, not an expression.
        #expect(Value(.string("$${var.x}")) == .string("${var.x}"))
        #expect(Value(.string("arn:${var.x}")) == .unknown)
    }
}
