import Testing
@testable import TerraformCore

/// Typed conditions and conditionals render as the HCL a person would write, with parentheses
/// exactly where precedence needs them, and their references stay visible.
@Suite struct OperatorTests {
    let email = TFString(Reference(.variable("alarm_email")))
    let count = TFNumber(Reference(.variable("az_count")))

    @Test func aConditionalCountRendersAsOneInterpolation() {
        let value: TFNumber = .conditional(email.equals(""), 0, 1)
        #expect(value.expression.json == .string("${var.alarm_email == \"\" ? 0 : 1}"))
        #expect(TFNumber.one(if: count > 0).expression.hcl == "var.az_count > 0 ? 1 : 0")
    }

    @Test func rangesNeedNoParenthesesAndNestedConditionalsGetThem() {
        #expect((count >= 2 && count <= 4).expression.hcl == "var.az_count >= 2 && var.az_count <= 4")
        let inner: TFNumber = .conditional(email.notEquals(""), 1, 2)
        let outer: TFNumber = .conditional(count > 0, inner, 3)
        #expect(outer.expression.hcl == "var.az_count > 0 ? (var.alarm_email != \"\" ? 1 : 2) : 3")
        // Left-associative: an equal-precedence right operand is parenthesized.
        let minus = Expression.binary(.minus, .integer(1), .binary(.minus, .integer(2), .integer(3)))
        #expect(minus.hcl == "1 - (2 - 3)")
        #expect(Expression.binary(.times, .binary(.plus, .integer(1), .integer(2)), .integer(3)).hcl == "(1 + 2) * 3")
    }

    @Test func whenLeavesTheArgumentNullWhereTheConditionIsFalse() {
        let read: TFNumber = .when(email.equals("x"), count)
        #expect(read.expression.hcl == "var.alarm_email == \"x\" ? var.az_count : null")
        #expect(read.expression.references.map(\.hcl) == ["var.alarm_email", "var.az_count"])
    }

    @Test func splatsIndexesAndNestedAttributes() {
        #expect(Reference(resource: "aws_subnet", name: "private", attribute: "id").indexed("*").hcl == "aws_subnet.private[*].id")
        let zones = Reference(.data(type: "aws_availability_zones", name: "available"), path: ["names"]).indexing(TFNumber.countIndex.expression)
        #expect(zones.hcl == "data.aws_availability_zones.available.names[count.index]")
        #expect(Reference(resource: "aws_elasticache_serverless_cache", name: "main", attribute: "endpoint").appending("0").appending("port").hcl
            == "aws_elasticache_serverless_cache.main.endpoint[0].port")
    }
}
