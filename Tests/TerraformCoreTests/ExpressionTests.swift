import Testing
@testable import TerraformCore

@Suite struct ExpressionTests {
    let bucketARN = TFString(Reference(resource: "aws_s3_bucket", name: "vectors", attribute: "arn"))

    @Test func referenceRendersAsInterpolation() {
        #expect(bucketARN.expression.json == "${aws_s3_bucket.vectors.arn}")
    }

    @Test func stringInterpolationMixesReferencesAndText() {
        let objects: TFString = "\(bucketARN)/*"
        #expect(objects.expression.json == "${aws_s3_bucket.vectors.arn}/*")
    }

    @Test func literalInterpolationSyntaxIsEscaped() {
        let text: TFString = "arn:aws:s3:::bucket/${aws:username}/%{x}"
        #expect(text.expression.json == "arn:aws:s3:::bucket/$${aws:username}/%%{x}")
        let swiftText = "${not.a.reference}"
        let interpolated: TFString = "\(swiftText)-\(bucketARN)"
        #expect(interpolated.expression.json == "$${not.a.reference}-${aws_s3_bucket.vectors.arn}")
    }

    @Test func literalSigilBeforeAnInterpolationStaysLiteral() {
        let environment = TFString(Reference(.variable("environment")))
        let filter: TFString = "user:Environment$\(environment)"
        #expect(filter.expression.json == #"user:Environment${"$"}${var.environment}"#)
        let percent: TFString = "100%\(environment)$$"
        #expect(percent.expression.json == #"100${"%"}${var.environment}$$"#)
        #expect(TF.jsonencode(filter).expression.json == #"${jsonencode("user:Environment${"$"}${var.environment}")}"#)
    }

    @Test func nestedTemplatesFlatten() {
        let prefix: TFString = "\(bucketARN)/tenants"
        let full: TFString = "\(prefix)/*"
        #expect(full.expression == .template([.interpolation(bucketARN.expression), .literal("/tenants/*")]))
    }

    @Test func dataVariableLocalModuleAndIndexedReferences() {
        #expect(Reference(.data(type: "aws_region", name: "current"), path: ["region"]).hcl == "data.aws_region.current.region")
        #expect(Reference(.variable("memory_size")).hcl == "var.memory_size")
        #expect(Reference(.local("tags")).hcl == "local.tags")
        #expect(Reference(.module("storage"), path: ["bucket_arn"]).hcl == "module.storage.bucket_arn")
        #expect(Reference(resource: "aws_sqs_queue", name: "dlq", attribute: "arn").indexed("0").hcl == "aws_sqs_queue.dlq[0].arn")
        #expect(Reference(resource: "aws_s3_bucket", name: "b", attribute: "versioning").appending("0").appending("enabled").hcl
            == "aws_s3_bucket.b.versioning[0].enabled")
        #expect(Reference(.other("each.value"), path: ["12", "name"]).hcl == "each.value[12].name")
        #expect(Reference(.variable("list"), path: ["\u{663}"]).hcl == "var.list[\u{663}]")   // any numeric Character is an index, as before
        #expect(Reference(.variable("map"), path: ["1a"]).hcl == "var.map.1a")
    }

    @Test func functionCallsRenderHCLArguments() {
        let tags: TFMap<TFString> = ["Name": "x"]
        #expect(TF.jsonencode(tags).expression.json == #"${jsonencode({"Name" = "x"})}"#)
        #expect(TF.format("%s-%s", TFString("a"), bucketARN).expression.json == #"${format("%s-%s", "a", aws_s3_bucket.vectors.arn)}"#)
        let a: TFMap<TFString> = ["a": "1"]
        #expect(TF.merge(a, TFMap(Reference(.variable("tags")))).expression.json == #"${merge({"a" = "1"}, var.tags)}"#)
        #expect(TF.lookup(TFMap<TFString>(Reference(.variable("models"))), "chat", default: "none").expression.json
            == #"${lookup(var.models, "chat", "none")}"#)
        #expect(TF.tomap(TFMap<TFString>(Reference(.variable("m")))).expression.json == "${tomap(var.m)}")
        #expect(TF.toset(TFList<TFString>(["a", "b"])).expression.json == #"${toset(["a", "b"])}"#)
    }

    @Test func quotedStringsInsideFunctionsEscapeQuotesAndSigils() {
        let odd = TFString("say \"${hi}\"")
        #expect(TF.jsonencode(odd).expression.json == #"${jsonencode("say \"$${hi}\"")}"#)
    }

    @Test func templateInsideFunctionIsQuoted() {
        let objects: TFString = "\(bucketARN)/*"
        #expect(TF.jsonencode(objects).expression.json == #"${jsonencode("${aws_s3_bucket.vectors.arn}/*")}"#)
    }

    @Test func literalsOfEveryKind() {
        let list: TFList<TFNumber> = [1, 2.5]
        #expect(list.expression.json == [1, 2.5])
        let flag: TFBool = true
        #expect(flag.expression.json == true)
        let any: TFAny = ["a": [1, "b"], "c": true]
        #expect(any.expression.json == ["a": [1, "b"], "c": true])
        #expect(TFAny(json: ["x": "${y}"]).expression.json == ["x": "$${y}"])
        #expect(Expression.null.json == .null)
    }

    @Test func collectsReferencesInOrder() {
        let text: TFString = "\(bucketARN):\(TFString(Reference(.variable("x"))))"
        #expect(text.expression.references.map(\.hcl) == ["aws_s3_bucket.vectors.arn", "var.x"])
    }
}
