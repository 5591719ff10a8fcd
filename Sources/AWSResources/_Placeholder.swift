// Placeholder until the generated resources land; removed by the codegen change.
enum AWSResourcesPlaceholder {}
