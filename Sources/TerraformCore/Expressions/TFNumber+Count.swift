extension TFNumber {
    /// A `count` that is 1 where `flag` is true and 0 where it is false:
    ///
    ///     $0.meta.count = .one(if: enableTiers)   // "${var.enable_tiers ? 1 : 0}"
    ///
    /// Pass a flag the root sets from the environment's configuration (a literal), never one
    /// computed from a resource attribute: Terraform must know every `count` at plan time.
    public static func one(if flag: TFBool) -> TFNumber {
        .conditional(flag, 1, 0)
    }
}
