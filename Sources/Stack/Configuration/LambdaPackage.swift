import TerraformCore

/// The functions' code: one zip of the application team's handlers (`chat_handler`,
/// `ingest_handler`, `rotation_handler`), built by `synth package` before `terraform plan`.
///
///     swift run synth package --source ../rag-genai-app/src --out build/lambda/rag-genai-handlers.zip
///
/// The zip's bytes depend only on the files' paths and contents, so `filebase64sha256` of it
/// changes — and a function redeploys — only when the code changed, on any machine. Every
/// environment deploys the same package: the pipeline promotes one build from dev to prod.
public enum LambdaPackage {
    /// The handlers' folder, relative to the repository root (a checkout of the application
    /// repository beside this one).
    public static let sourceDirectory = "../rag-genai-app/src"
    /// Where `synth package` writes the zip, relative to the repository root (git-ignored).
    public static let path = "build/lambda/rag-genai-handlers.zip"

    /// The zip as a root module (`environments/<env>/`, two folders below the repository root) sees it.
    static var rootArgument: TFString {
        "\(Reference(.other("path.root")))/../../\(path)"
    }

    /// The description of the modules' `package_path` variable.
    static let variableDescription = "Path of the handlers' zip (written by `synth package` before plan); its SHA-256 decides when a function redeploys."
}
