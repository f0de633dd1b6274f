import FlightDeckCore
import Testing

@Suite("Strings: escapes, Unicode and size")
struct StringEscapeTests {
    let decoder = EventDecoder()

    func logMessage(_ bytes: [UInt8]) throws -> String? {
        let envelope = Array(#"{"id":"e","type":"log.entry","timestamp":"2025-08-03T10:30:00Z","data":{"message":""#.utf8)
        guard case .log(let line) = try decoder.decode(envelope + bytes + Array(#""}}"#.utf8)).payload else { return nil }
        return line.message
    }

    func logMessage(_ escaped: String) throws -> String? {
        try logMessage(Array(escaped.utf8))
    }

    @Test("every JSON escape resolves", arguments: [
        (#"a\"b"#, "a\"b"), (#"a\\b"#, "a\\b"), (#"a\/b"#, "a/b"), (#"\b\f\n\r\t"#, "\u{8}\u{C}\n\r\t"),
        (#"\u0041\u00e9\u4e2d"#, "Aé中"), (#"\u0000"#, "\u{0}"), (#"x\u001Fy"#, "x\u{1F}y"),
    ])
    func escapes(escaped: String, expected: String) throws {
        #expect(try logMessage(escaped) == expected)
    }

    @Test("surrogate pairs join into one scalar; a lone surrogate becomes U+FFFD")
    func surrogates() throws {
        #expect(try logMessage(#"\ud83d\ude81"#) == "🚁")
        #expect(try logMessage(#"\uD83D\uDE81 ok"#) == "🚁 ok")
        #expect(try logMessage(#"\ud83d"#) == "\u{FFFD}")
        #expect(try logMessage(#"\ud83dx"#) == "\u{FFFD}x")
        #expect(try logMessage(#"\ude81\ud83d"#) == "\u{FFFD}\u{FFFD}")
        #expect(try logMessage(#"\ud83d\u0041"#) == "\u{FFFD}A")
    }

    @Test("invalid UTF-8 inside a string is repaired, not fatal")
    func invalidUTF8() throws {
        #expect(try logMessage(Array("bad ".utf8) + [0xFF, 0xFE]) == "bad \u{FFFD}\u{FFFD}")
        #expect(try logMessage([0xE4, 0xB8]) == "\u{FFFD}")
        #expect(try logMessage([0xC0, 0xAF]) == "\u{FFFD}\u{FFFD}")
    }

    @Test("a key written with escapes still names its field")
    func escapedKeys() throws {
        let text = #"{"\u0069d":"e","type":"drone.telemetry","timestamp":"2025-08-03T10:30:00Z","data":{"drone_id":"d","b\u0061ttery":50}}"#
        let event = try decoder.decode(text)
        #expect(event.id == "e")
        #expect(event.payload == .telemetry(DroneTelemetry(droneID: "d", battery: 50)))
    }

    @Test("the encoder escapes what JSON requires and writes the rest as UTF-8")
    func encoderEscapes() throws {
        let event = Event(id: "e", type: .logEntry, source: "s", timestamp: Fixtures.start,
                          payload: .log(LogLine(message: "\"q\" \\ \n\t\u{1}\u{1F} 无人机 🚁")))
        let text = String(decoding: EventEncoder.encode(event), as: UTF8.self)
        #expect(text.contains(#""message":"\"q\" \\ \n\t\u0001\u001f 无人机 🚁""#))
        guard case .log(let line) = try decoder.decode(text).payload else {
            Issue.record("not a log line")
            return
        }
        #expect(line.message == "\"q\" \\ \n\t\u{1}\u{1F} 无人机 🚁")
    }

    @Test("a 1 MB string value decodes")
    func megabyteString() throws {
        let long = String(repeating: "无人机-", count: 100_000)
        #expect(long.utf8.count >= 1_000_000)
        #expect(try logMessage(long) == long)
        let escaped = String(repeating: #"\n\u4e2d"#, count: 100_000)
        #expect(try logMessage(escaped) == String(repeating: "\n中", count: 100_000))
    }
}
