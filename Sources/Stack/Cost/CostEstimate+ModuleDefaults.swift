extension CostEstimate {
    /// The module defaults the estimate prices, for reports that state their assumptions
    /// (``CostReport`` in the Review target): the modules themselves are internal to Stack.
    public enum ModuleDefaults {
        /// Aurora Serverless v2's minimum capacity (`VectorAuroraModule`).
        public static let auroraMinACU = VectorAuroraModule.defaultMinACU
        /// Availability zones of the functions' VPC, each with its interface endpoints (`NetworkModule`).
        public static let availabilityZones = NetworkModule.defaultAZCount
    }
}
