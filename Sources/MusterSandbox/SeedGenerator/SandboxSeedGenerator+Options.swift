extension SandboxSeedGenerator {
    /// What to generate: how many members, on which platforms, and how messy the data is.
    ///
    /// Every fraction is a probability from 0 to 1, drawn per person (and per platform where
    /// it concerns an IM account). The same options always give the same seed.
    package struct Options: Sendable, Equatable {
        /// Flashduty members, from 1 to ``SandboxSeedGenerator/maximumMembers``.
        package var members: Int
        /// The IM platforms to populate, each with a Flashduty integration.
        package var platforms: [SeedPlatform]
        /// The PRNG's seed: another value gives another organisation of the same shape.
        package var seedValue: UInt64 = 1
        /// Members with no account on a given platform.
        package var noAccountFraction = 0.08
        /// IM accounts that are deactivated, resigned or frozen.
        package var deactivatedFraction = 0.05
        /// Feishu and Lark users whose email a second user of the tenant also has.
        package var ambiguousEmailFraction = 0.01
        /// Members whose email Flashduty has not verified.
        package var unverifiedEmailFraction = 0.1
        /// Members whose phone Flashduty has not verified.
        package var unverifiedPhoneFraction = 0.4
        /// Members not yet active in Flashduty (`pending`).
        package var pendingFraction = 0.02
        /// About how many members each team has.
        package var membersPerTeam = 25

        package init(members: Int, platforms: [SeedPlatform] = SeedPlatform.allCases) {
            self.members = members
            self.platforms = platforms
        }

        /// Whether every value is in range; ``SandboxSeedGenerator/init(options:)`` checks it.
        var isValid: Bool {
            let fractions = [
                noAccountFraction, deactivatedFraction, ambiguousEmailFraction,
                unverifiedEmailFraction, unverifiedPhoneFraction, pendingFraction,
            ]
            return (1...SandboxSeedGenerator.maximumMembers).contains(members)
                && fractions.allSatisfy { (0...1).contains($0) } && membersPerTeam > 0
        }
    }
}
