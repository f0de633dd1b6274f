/// Lowercase hexadecimal text for ids.
enum HexText {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The 128 bits `high` then `low` in the 8-4-4-4-12 form of a UUID.
    static func uuid(high: UInt64, low: UInt64) -> String {
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
