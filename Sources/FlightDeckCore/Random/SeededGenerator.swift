/// SplitMix64: a small, fast generator whose whole output follows from its seed.
///
/// The simulator and the benchmark workload draw every random choice from one of these, so a seed replays
/// the same feed and two runs of a benchmark measure the same messages; tests use it to replay a failing case.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        self.state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random version-4 UUID in its lowercase 8-4-4-4-12 text form, as the services write event ids.
    public mutating func uuid() -> String {
        let high = (next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let low = (next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return HexText.uuid(high: high, low: low)
    }

    /// `count` random lowercase hex digits, for short readable identifiers.
    public mutating func hex(count: Int) -> String {
        var word = next()
        return String(unsafeUninitializedCapacity: count) { text in
            for position in 0..<count {
                if position % 16 == 0 && position > 0 { word = next() }
                text[position] = HexText.digits[Int(word & 0xF)]
                word >>= 4
            }
            return count
        }
    }
}

/// Lowercase hexadecimal text for ids.
public enum HexText {
    static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The 128 bits `high` then `low` in the 8-4-4-4-12 form of a UUID.
    public static func uuid(high: UInt64, low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 36) { text in
            var cursor = 0
            for word in [high, low] {
                for shift in stride(from: 60, through: 0, by: -4) {
                    if [8, 13, 18, 23].contains(cursor) {
                        text[cursor] = UInt8(ascii: "-")
                        cursor += 1
                    }
                    text[cursor] = digits[Int((word >> UInt64(shift)) & 0xF)]
                    cursor += 1
                }
            }
            return cursor
        }
    }
}
