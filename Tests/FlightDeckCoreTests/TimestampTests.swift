import FlightDeckCore
import Testing

@Suite("ISO-8601 timestamps")
struct TimestampTests {
    @Test("forms operators and services write", arguments: [
        ("2025-08-03T10:30:00Z", 1_754_217_000_000 as Int64),
        ("2025-08-03T10:30:00.5Z", 1_754_217_000_500),
        ("2025-08-03T10:30:00.123456Z", 1_754_217_000_123),
        ("2025-08-03t10:30:00z", 1_754_217_000_000),
        ("2025-08-03T18:30:00+08:00", 1_754_217_000_000),
        ("2025-08-03T05:00:00-05:30", 1_754_217_000_000),
        ("2025-08-03T10:30:00", 1_754_217_000_000),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59.999Z", -1),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000),
        ("2000-02-29T12:00:00Z", 951_825_600_000),
        ("2025-08-03T10:30:00.999999999Z", 1_754_217_000_999),
        ("2025-08-04T00:15:00+13:45", 1_754_217_000_000),
        ("1900-01-01T00:00:00Z", -2_208_988_800_000),
    ])
    func parses(text: String, milliseconds: Int64) {
        #expect(Timestamp(iso8601: text)?.millisecondsSinceEpoch == milliseconds)
    }

    @Test("impossible dates and times are refused", arguments: [
        "2025-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2025-00-10T00:00:00Z", "2025-08-03T24:00:00Z",
        "2025-08-03T10:60:00Z", "2025-08-03T10:30:00.Z", "2025-08-03T10:30:00+8", "25-08-03T10:30:00Z", "",
        "1900-02-29T00:00:00Z", "2025-08-03T25:00:00Z", "2025-08-03T10:30:60Z", "2025-08-03 10:30:00Z", "2025-08-03T10:30:00Z ",
        "2025-08-03T10:30Z", "2025-08-03T10:30:00+24:00", "2025-08-03T10:30:00+08:60", "2025-8-3T10:30:00Z", "2025-08-03T10:30:00ZZ",
    ])
    func refuses(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test("formatting round-trips across eras and milliseconds")
    func formats() {
        #expect(Timestamp(millisecondsSinceEpoch: 1_754_217_000_000).iso8601 == "2025-08-03T10:30:00Z")
        #expect(Timestamp(millisecondsSinceEpoch: 1_754_217_000_050).iso8601 == "2025-08-03T10:30:00.050Z")
        #expect(Timestamp(millisecondsSinceEpoch: -1).iso8601 == "1969-12-31T23:59:59.999Z")
        var generator = SeededGenerator(seed: 8_601)
        for _ in 0..<2000 {
            let time = Timestamp(millisecondsSinceEpoch: Int64.random(in: -2_000_000_000_000...8_000_000_000_000, using: &generator))
            #expect(Timestamp(iso8601: time.iso8601) == time)
        }
    }
}
