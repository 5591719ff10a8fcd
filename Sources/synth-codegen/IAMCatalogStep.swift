import SchemaCodegen

/// The IAM catalog input, relative to the package root.
let iamCatalogPath = "Sources/PolicyLint/Catalog/iam-catalog.json"

/// The IAM action constants and linter catalog data generated from the IAM catalog.
func generateIAMCatalog() throws -> [GeneratedFile] {
    try IAMCatalogCodegen.generate(catalogJSON: readBytes(iamCatalogPath))
}
