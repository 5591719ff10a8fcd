import IAM
import TerraformCore
import Testing

/// How policy documents render into the `policy` argument Terraform receives: compact JSON with
/// sorted keys, literal text JSON-escaped and `${` escaped, references interpolated live.
struct PolicyRenderingTests {
    let bucket = TFString(Reference(resource: "aws_s3_bucket", name: "vectors", attribute: "arn"))

    /// The rendered policy as the tf.json string value.
    func rendered(_ document: PolicyDocument) -> String {
        document.rendered.expression.json.stringValue ?? ""
    }

    @Test func interpolationStaysLive() {
        let document = PolicyDocument([.allow([.s3.getObject], on: ["\(bucket)/*"], sid: "Read")])
        #expect(rendered(document)
            == #"{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Resource":["${aws_s3_bucket.vectors.arn}/*"],"Sid":"Read"}],"Version":"2012-10-17"}"#)
    }

    @Test func literalTextIsEscaped() {
        // A quote and a backslash are JSON-escaped; an IAM policy variable is escaped for Terraform ($${).
        let document = PolicyDocument([.allow([.s3.getObject], on: [#"arn:aws:s3:::b/"q"\${aws:username}/*"#])])
        #expect(rendered(document)
            == #"{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Resource":["arn:aws:s3:::b/\"q\"\\$${aws:username}/*"]}],"Version":"2012-10-17"}"#)
    }

    @Test func actionsAreSortedAndUniqueResourcesKeepTheirOrder() {
        let document = PolicyDocument([.allow([.s3.putObject, .s3.getObject, .s3.putObject], on: ["arn:aws:s3:::b/*", "arn:aws:s3:::a/*", "arn:aws:s3:::b/*"])])
        #expect(rendered(document)
            == #"{"Statement":[{"Action":["s3:GetObject","s3:PutObject"],"Effect":"Allow","Resource":["arn:aws:s3:::b/*","arn:aws:s3:::a/*"]}],"Version":"2012-10-17"}"#)
    }

    @Test func principalsGroupByKind() {
        let statement = Statement(effect: .allow, actions: [.sqs.sendMessage], resources: ["arn:aws:sqs:eu-west-1:1:q"],
                                  principals: [.service("sns.amazonaws.com"), .aws("arn:aws:iam::1:root"), .service("events.amazonaws.com"),
                                               .service("sns.amazonaws.com")])
        #expect(rendered(PolicyDocument([statement]))
            == #"{"Statement":[{"Action":["sqs:SendMessage"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:root","Service":["sns.amazonaws.com","events.amazonaws.com"]},"Resource":["arn:aws:sqs:eu-west-1:1:q"]}],"Version":"2012-10-17"}"#)
        let anyone = Statement(effect: .deny, actions: [Action("s3:*")], resources: ["*"], principals: [.service("x.amazonaws.com"), .anyone])
        #expect(rendered(PolicyDocument([anyone])).contains(#""Principal":"*""#))
    }

    @Test func conditionsGroupByOperator() {
        let statement = Statement.allow([.kms.decrypt], on: ["*"], conditions: [
            Condition("StringEquals", "kms:ViaService", ["s3.eu-west-1.amazonaws.com"]),
            Condition("StringEquals", "aws:SourceAccount", ["1", "2", "1"]),
            Condition("Bool", "aws:SecureTransport", ["true"]),
        ])
        #expect(rendered(PolicyDocument([statement]))
            == #"{"Statement":[{"Action":["kms:Decrypt"],"Condition":{"Bool":{"aws:SecureTransport":"true"},"StringEquals":{"aws:SourceAccount":["1","2"],"kms:ViaService":"s3.eu-west-1.amazonaws.com"}},"Effect":"Allow","Resource":["*"]}],"Version":"2012-10-17"}"#)
    }

    @Test func referencesInPrincipalsAndConditionsStayLive() {
        let role = TFString(Reference(resource: "aws_iam_role", name: "reader", attribute: "arn"))
        let provider = TFString(Reference(resource: "aws_iam_openid_connect_provider", name: "github", attribute: "arn"))
        let statement = Statement(effect: .allow, actions: [.sts.assumeRoleWithWebIdentity], principals: [Principal(.federated, [provider]), .aws(role)],
                                  conditions: [Condition("StringLike", "token.actions.githubusercontent.com:sub", ["repo:acme/\(role)/*"])])
        #expect(rendered(PolicyDocument([statement]))
            == #"{"Statement":[{"Action":["sts:AssumeRoleWithWebIdentity"],"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/${aws_iam_role.reader.arn}/*"}},"Effect":"Allow","Principal":{"AWS":"${aws_iam_role.reader.arn}","Federated":"${aws_iam_openid_connect_provider.github.arn}"}}],"Version":"2012-10-17"}"#)
    }

    @Test func resolvedJSONForTheLinter() {
        let document = PolicyDocument([.allow([.s3.getObject], on: ["\(bucket)/*"])])
        let resolved = document.resolvedJSON { _ in "arn:aws:s3:::sample-bucket" }
        #expect(resolved["Statement"]?.arrayValue?.first?["Resource"] == ["arn:aws:s3:::sample-bucket/*"])
        let unknown = document.resolvedJSON { _ in nil }
        #expect(unknown["Statement"]?.arrayValue?.first?["Resource"] == ["${aws_s3_bucket.vectors.arn}/*"])
    }

    @Test func statementsRecordTheirCallSite() {
        let line = #line + 1
        let statement = Statement.allow([.s3.getObject], on: ["*"])
        #expect(statement.source == SourceLocation(fileID: "IAMTests/PolicyRenderingTests.swift", line: line))
        #expect(PolicyDocument([statement]).statementSources == [statement.source])
        #expect(statement.source?.module == "IAMTests")
        #expect(statement.source?.fileName == "PolicyRenderingTests.swift")
    }
}

struct ActionOrderTests {
    @Test func ordersAsTheirText() {
        let actions: [Action] = ["rds:X", "rds-data:X", "s3:GetObject", "s3:Get", "s3x:A", "sts:AssumeRole", "rds-db:connect", "s3:getObject", "Plain"]
        #expect(actions.sorted().map(\.description) == actions.map(\.description).sorted())
    }
}
