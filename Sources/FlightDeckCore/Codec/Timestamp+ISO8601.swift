extension Timestamp {
    /// Parses an ISO-8601 date-time such as `2025-08-03T10:30:00Z`, `2025-08-03T18:30:00.5+08:00`
    /// or `2025-08-03t10:30:00.123456z`; one without an offset is taken as UTC.
    ///
    /// Fractional seconds may have any number of digits; beyond milliseconds they are truncated.
    /// Dates and times that do not exist (month 13, February 30, hour 25) are rejected.
    public init?(iso8601 text: String) {
        var text = text
        guard let timestamp = text.withUTF8({ Timestamp.parse(iso8601: $0) }) else { return nil }
        self = timestamp
    }

    /// The time in UTC, as `2025-08-03T10:30:00Z`, with milliseconds only when there are any.
    public var iso8601: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendISO8601(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses the UTF-8 of an ISO-8601 date-time straight from a message's bytes, without making a `String`.
    static func parse(iso8601 bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        var reader = ISO8601Reader(bytes: bytes)
        guard let year = reader.number(digits: 4), reader.consume(UInt8(ascii: "-")),
              let month = reader.number(digits: 2), reader.consume(UInt8(ascii: "-")),
              let day = reader.number(digits: 2),
              reader.consume(UInt8(ascii: "T")) || reader.consume(UInt8(ascii: "t")),
              let hour = reader.number(digits: 2), reader.consume(UInt8(ascii: ":")),
              let minute = reader.number(digits: 2), reader.consume(UInt8(ascii: ":")),
              let second = reader.number(digits: 2),
              let milliseconds = reader.fractionalMilliseconds(),
              let offsetSeconds = reader.utcOffsetSeconds(),
              reader.isAtEnd,
              let date = CivilDate(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3_600 + minute * 60 + second - offsetSeconds)
        return Timestamp(millisecondsSinceEpoch: seconds * 1_000 + Int64(milliseconds))
    }

    func appendISO8601(to bytes: inout [UInt8]) {
        let millisecondsPerDay: Int64 = 86_400_000
        var days = millisecondsSinceEpoch / millisecondsPerDay
        var millisecondOfDay = millisecondsSinceEpoch % millisecondsPerDay
        if millisecondOfDay < 0 {
            days -= 1
            millisecondOfDay += millisecondsPerDay
        }
        let date = CivilDate(daysSinceEpoch: Int(days))
        let milliseconds = Int(millisecondOfDay)
        let secondOfDay = milliseconds / 1_000

        if date.year < 0 { bytes.append(UInt8(ascii: "-")) }
        Self.append(abs(date.year), digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(date.month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(date.day, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        Self.append(secondOfDay / 3_600, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(secondOfDay / 60 % 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(secondOfDay % 60, digits: 2, to: &bytes)
        if milliseconds % 1_000 != 0 {
            bytes.append(UInt8(ascii: "."))
            Self.append(milliseconds % 1_000, digits: 3, to: &bytes)
        }
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Appends `value` in decimal, zero-padded to at least `digits` digits.
    private static func append(_ value: Int, digits: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        var width = 1
        while width < digits || value / divisor >= 10 {
            divisor *= 10
            width += 1
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}

/// Reads the fixed-width fields of an ISO-8601 date-time.
private struct ISO8601Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    var isAtEnd: Bool { position == bytes.count }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard bytes.count - position >= digits else { return nil }
        var value = 0
        for _ in 0..<digits {
            let byte = bytes[position]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }

    /// `.` and one or more digits, as whole milliseconds; 0 when there is no fraction.
    mutating func fractionalMilliseconds() -> Int? {
        guard consume(UInt8(ascii: ".")) else { return 0 }
        var milliseconds = 0
        var digits = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            if digits < 3 {
                milliseconds = milliseconds * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            }
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        for _ in digits..<max(digits, 3) {
            milliseconds *= 10
        }
        return milliseconds
    }

    /// `Z`, `z`, `+hh:mm` or `-hh:mm`, as seconds east of UTC; a time without an offset is read as UTC.
    mutating func utcOffsetSeconds() -> Int? {
        if isAtEnd || consume(UInt8(ascii: "Z")) || consume(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if consume(UInt8(ascii: "+")) {
            sign = 1
        } else if consume(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2), consume(UInt8(ascii: ":")), let minutes = number(digits: 2),
              hours < 24, minutes < 60 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
