/// A single-pass reader over the bytes of one JSON text.
///
/// It reads tokens in place: strings come back as `ByteSpan`s pointing into the input, so only the strings
/// a caller keeps become `String`s. Containers are entered explicitly; members nobody asked for are skipped,
/// and skipping still checks the grammar. Nesting is followed by recursion bounded by `maxDepth`, and
/// `maxDepth` itself is capped at `nestingCeiling`, so no input and no setting can exhaust the stack.
struct ByteReader {
    /// The deepest nesting any reader accepts, whatever it is asked for.
    static let nestingCeiling = 512

    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    private(set) var position = 0
    private(set) var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = min(maxDepth, Self.nestingCeiling)
    }

    // MARK: Structure

    // Inlined: every token starts with a peek, dozens per event, and compact JSON has no whitespace to skip.
    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The next significant byte, not consumed; nil at the end of the input.
    @inline(__always)
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : nil
    }

    mutating func expectEnd() throws(DecodeError) {
        guard peek() == nil else { throw failure("unexpected data after the JSON value") }
    }

    /// Consumes `{` and enters the object.
    mutating func openObject() throws(DecodeError) {
        guard peek() == UInt8(ascii: "{") else { throw failure("expected an object") }
        try enter()
    }

    /// The next member's key, with the reader placed on its value; nil once the object's `}` is consumed.
    mutating func nextKey(first: inout Bool) throws(DecodeError) -> ByteSpan? {
        var next = peek()
        if next == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return nil
        }
        if !first {
            guard next == UInt8(ascii: ",") else { throw failure("expected ',' or '}' in an object") }
            position += 1
            next = peek()
        }
        first = false
        guard next == UInt8(ascii: "\"") else { throw failure("expected a string key") }
        let key = try readStringSpan()
        guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
        position += 1
        return key
    }

    /// Consumes `[` and enters the array.
    mutating func openArray() throws(DecodeError) {
        guard peek() == UInt8(ascii: "[") else { throw failure("expected an array") }
        try enter()
    }

    /// Whether another element follows, with the reader placed on it; false once the array's `]` is consumed.
    mutating func nextElement(first: inout Bool) throws(DecodeError) -> Bool {
        if peek() == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return false
        }
        if !first {
            guard peek() == UInt8(ascii: ",") else { throw failure("expected ',' or ']' in an array") }
            position += 1
        }
        first = false
        return true
    }

    private mutating func enter() throws(DecodeError) {
        guard depth < maxDepth else { throw .tooDeep(limit: maxDepth) }
        depth += 1
        position += 1
    }

    /// Skips one value of any kind, checking its grammar.
    mutating func skipValue() throws(DecodeError) {
        switch peek() {
        case UInt8(ascii: "{"):
            try openObject()
            var first = true
            while try nextKey(first: &first) != nil {
                try skipValue()
            }
        case UInt8(ascii: "["):
            try openArray()
            var first = true
            while try nextElement(first: &first) {
                try skipValue()
            }
        case UInt8(ascii: "\""):
            _ = try readStringSpan()
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "n"):
            try readNull()
        case nil:
            throw failure("unexpected end of input")
        default:
            _ = try readNumber()
        }
    }

    // MARK: Scalars

    /// Whether the next value is `null`; consumes it if so.
    mutating func consumeNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), matches("null") else { return false }
        position += 4
        return true
    }

    mutating func readNull() throws(DecodeError) {
        guard consumeNull() else { throw failure("expected null") }
    }

    mutating func readBool() throws(DecodeError) -> Bool {
        if peek() == UInt8(ascii: "t"), matches("true") {
            position += 4
            return true
        }
        if peek() == UInt8(ascii: "f"), matches("false") {
            position += 5
            return false
        }
        throw failure("expected true or false")
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        for index in 0..<count where bytes[position + index] != literal.utf8Start[index] {
            return false
        }
        return true
    }

    /// Reads a string in place, checking its escapes; the reader must be on its opening quote.
    /// Inlined: keys and values make it the decoder's most frequent call.
    @inline(__always)
    mutating func readStringSpan() throws(DecodeError) -> ByteSpan {
        guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string") }
        let start = position + 1
        // A local cursor lets the compiler keep it in a register through the loop.
        var index = start
        var hasEscapes = false
        // Eight bytes at a time through the plain run; the byte loop below takes over at the first word holding
        // a quote, a backslash or a control character.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count,
                  !Self.holdsStringBreak(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return ByteSpan(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]), hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                position = index
                try skipEscape()
                index = position
                hasEscapes = true
            } else if byte < 0x20 {
                position = index
                throw failure("control character in a string")
            } else {
                index += 1
            }
        }
        position = index
        throw failure("unterminated string")
    }

    /// Whether any byte of `word` is a quote, a backslash or below 0x20. Uses the bit trick `(x − 0x01…) & ~x & 0x80…`, which
    /// is nonzero exactly when some byte of `x` is zero (and, with 0x20 in place of 0x01, when some byte is below 0x20).
    private static func holdsStringBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl) & (ones &* 0x80) != 0
    }

    private mutating func skipEscape() throws(DecodeError) {
        guard position + 1 < bytes.count else { throw failure("unterminated escape") }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            guard position + 5 < bytes.count,
                  (2...5).allSatisfy({ ByteSpan.hexValue(bytes[position + $0]) != nil }) else {
                throw failure("invalid \\u escape")
            }
            position += 6
        default:
            throw failure("invalid escape")
        }
    }

    /// Reads a number by JSON's grammar. Non-finite results (1e400) come back as infinity for the caller to refuse.
    mutating func readNumber() throws(DecodeError) -> Double {
        _ = peek()
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        let integerStart = position
        while position < bytes.count, let digit = Self.digit(bytes[position]) {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(digit); digits += 1 } else { exponent += 1 }
            position += 1
        }
        let integerDigits = position - integerStart
        guard integerDigits > 0 else { throw failure("invalid number") }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw failure("leading zero in a number") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < bytes.count, let digit = Self.digit(bytes[position]) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(digit); digits += 1; exponent -= 1 }
                position += 1
            }
            guard position > fractionStart else { throw failure("invalid number") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            var exponentNegative = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                exponentNegative = bytes[position] == UInt8(ascii: "-")
                position += 1
            }
            let exponentStart = position
            var written = 0
            while position < bytes.count, let digit = Self.digit(bytes[position]) {
                written = min(written * 10 + digit, 100_000)
                position += 1
            }
            guard position > exponentStart else { throw failure("invalid number") }
            exponent += exponentNegative ? -written : written
        }
        if position < bytes.count, Self.continuesNumber(bytes[position]) { throw failure("invalid number") }
        // Exact when the mantissa and the power of ten are both exact doubles (Clinger's fast path).
        if digits <= 15, abs(exponent) <= 22 {
            let value = exponent < 0 ? Double(mantissa) / Self.powersOfTen[-exponent] : Double(mantissa) * Self.powersOfTen[exponent]
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return Double(text) ?? .nan
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }

    private static func continuesNumber(_ byte: UInt8) -> Bool {
        digit(byte) != nil || byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
    }

    /// The input from `start` to the current position, for quoting a value in an error.
    func text(from start: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    func failure(_ reason: String) -> DecodeError {
        .invalidJSON(offset: position, reason: reason)
    }
}
