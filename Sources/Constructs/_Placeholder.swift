// Placeholder so the package resolves while this layer is written; delete when the first real file lands.
enum ConstructsPlaceholder {}
