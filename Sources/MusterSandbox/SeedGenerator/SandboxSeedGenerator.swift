import Foundation

/// Generates a large, realistic organisation for the sandbox: Flashduty members with teams
/// and channels, and the same people on each requested IM platform.
///
/// The output is a pure function of the ``Options``: the same options give a byte-identical
/// seed (see ``encoded(_:)``). Each platform draws from its own stream of ``SplitMix64``, so
/// adding a platform does not change the others. The data is messy the way real directories
/// are: some members have no account on a platform, some accounts are deactivated, some
/// Feishu and Lark emails belong to two users, and phones come in several country formats,
/// each stored as that platform stores it (see ``SeedPhone``).
package struct SandboxSeedGenerator: Sendable {
    /// The most members one seed can hold while keeping every phone unique.
    package static let maximumMembers = 1_000_000

    package let options: Options

    package init(options: Options) {
        precondition(options.isValid, "seed generator options out of range: \(options)")
        self.options = options
    }

    /// The whole seed.
    package func makeSeed() -> SandboxSeed {
        let people = makePeople()
        var seed = SandboxSeed()
        for platform in options.platforms {
            var random = stream(platform.rawValue)
            switch platform {
            case .slack: seed.slack = makeSlack(people, &random)
            case .feishu: seed.feishu = makeFeishu(people, brand: .feishu, &random)
            case .lark: seed.lark = makeFeishu(people, brand: .lark, &random)
            case .dingtalk: seed.dingtalk = makeDingTalk(people, &random)
            case .wecom: seed.wecom = makeWeCom(people, &random)
            }
        }
        var random = stream("flashduty")
        seed.flashduty = makeFlashduty(people, &random)
        return seed
    }

    /// The seed as JSON with sorted keys: the same seed always gives the same bytes.
    ///
    /// - Throws: An `EncodingError`, which a seed's plain values never cause.
    package static func encoded(_ seed: SandboxSeed) throws -> Data {
        try JSONCoding.encoder.encode(seed)
    }

    /// Whether a platform account exists for a person, and if so whether it is active.
    func accountState(_ random: inout SplitMix64) -> (exists: Bool, isActive: Bool) {
        let exists = !random.chance(options.noAccountFraction)
        return (exists, !random.chance(options.deactivatedFraction))
    }

    private func makePeople() -> [SeedPerson] {
        var random = stream("people")
        return (1...options.members).map { SeedPerson.make($0, &random) }
    }

    /// A generator for one part of the seed, independent of the other parts.
    private func stream(_ name: String) -> SplitMix64 {
        var salt: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { salt = (salt ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return SplitMix64(seed: options.seedValue ^ salt)
    }
}
