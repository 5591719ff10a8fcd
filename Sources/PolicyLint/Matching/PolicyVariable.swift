/// IAM policy variables (`${aws:username}`) in policy text.
///
/// A variable is a `${...}` whose inside has a `:` (`aws:username`, `aws:PrincipalTag/team`,
/// `cognito-identity.amazonaws.com:sub`); `${*}`, `${?}` and `${$}` are escapes, and a `${...}`
/// without `:` is a Terraform interpolation, not IAM's.
enum PolicyVariable {
    /// Variables that name the caller itself, so a resource scoped by one is the caller's own:
    /// `arn:aws:iam::*:user/${aws:username}` is "my user", however the account is written.
    static let callerScoped: Set<String> = [
        "aws:username", "aws:userid", "aws:federatedprovider", "cognito-identity.amazonaws.com:sub",
        "www.amazon.com:user_id", "graph.facebook.com:id", "accounts.google.com:sub", "saml:sub",
    ]

    /// The first variable in `text`, as written (`${aws:username}`), or `nil`.
    static func first(in text: String) -> String? {
        names(in: text).first.map { "${\($0)}" }
    }

    /// Whether `text` contains a variable that names the caller.
    static func scopesToCaller(_ text: String) -> Bool {
        names(in: text).contains { callerScoped.contains($0.lowercased()) }
    }

    /// The insides of the variables in `text`, in order.
    static func names(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var names: [String] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{"),
                  let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}"))
            else { index += 1; continue }
            let inside = bytes[(index + 2)..<close]
            if inside.contains(UInt8(ascii: ":")) { names.append(String(decoding: inside, as: UTF8.self)) }
            index = close + 1
        }
        return names
    }
}
