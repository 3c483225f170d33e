/// A small, fast pseudo-random generator with a 64-bit state (Steele, Lea and Flood's
/// SplitMix64).
///
/// The same seed value always yields the same sequence, on every platform and Swift version,
/// because it relies on no standard-library algorithm: ``SandboxSeedGenerator`` draws only
/// through ``next()``, ``index(below:)`` and ``chance(_:)``.
package struct SplitMix64: Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number from 0 up to, but not including, `bound`.
    package mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "index(below:) needs a positive bound")
        return Int(next() % UInt64(bound))
    }

    /// True with probability `probability` (0 never, 1 always).
    package mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One of `elements`, which must not be empty.
    package mutating func element<T>(of elements: [T]) -> T {
        elements[index(below: elements.count)]
    }

    /// `count` lowercase hexadecimal digits.
    package mutating func hexDigits(_ count: Int) -> String {
        var digits = ""
        while digits.count < count {
            digits += String(next(), radix: 16).leftPadded(to: 16)
        }
        return String(digits.prefix(count))
    }
}
