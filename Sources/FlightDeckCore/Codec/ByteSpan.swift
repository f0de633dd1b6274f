/// A JSON string as it sits in the input: its bytes between the quotes, escapes not yet resolved.
struct ByteSpan {
    let bytes: UnsafeBufferPointer<UInt8>
    let hasEscapes: Bool

    /// The length of the string's UTF-8, escapes resolved.
    var utf8Count: Int {
        hasEscapes ? string.utf8.count : bytes.count
    }

    /// Whether the string spells `literal`. Unescaped spans, which is every key in practice, compare in place;
    /// a span with escapes is resolved first, so `"b\u0061ttery"` still means `battery`.
    func equals(_ literal: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard hasEscapes else { return Self.same(bytes, expected) }
        var text = string
        return text.withUTF8 { Self.same($0, expected) }
    }

    private static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in 0..<lhs.count where lhs[index] != rhs[index] {
            return false
        }
        return true
    }

    /// The string's text; invalid UTF-8 and lone surrogates become U+FFFD rather than failing.
    var string: String {
        guard hasEscapes else { return String(decoding: bytes, as: UTF8.self) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = codeUnit(at: index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar), index + 6 <= bytes.count,
                   bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let low = codeUnit(at: index + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                utf8.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
            default: utf8.append(escaped)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private func codeUnit(at index: Int) -> UInt32 {
        (index..<index + 4).reduce(0) { value, offset in value << 4 | UInt32(Self.hexValue(bytes[offset]) ?? 0) }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
