import FlightDeckCore
import Testing

@Suite("Malformed messages become typed errors")
struct MalformedInputTests {
    let decoder = EventDecoder()

    static func envelope(_ data: String, type: String = "drone.telemetry") -> String {
        #"{"id":"e-1","type":"\#(type)","source":"s","timestamp":"2025-08-03T10:30:00Z","data":\#(data)}"#
    }

    func error(_ text: String) -> DecodeError? {
        do {
            _ = try decoder.decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("empty and non-object messages")
    func shapes() {
        #expect(error("") == .empty)
        #expect(error("   \n") == .empty)
        #expect(error("[1,2]") == .notAnObject)
        #expect(error("\"text\"") == .notAnObject)
    }

    @Test("broken JSON names where it broke", arguments: [
        #"{"id":"e""#, #"{"id":"e",}"#, #"{"id" "e"}"#, #"{"id":tru}"#, #"{"id":01}"#, #"{"id":1.}"#,
        #"{"id":"a\x"}"#, #"{"id":"a\u12"}"#, #"{"id":"a"} trailing"#, "{\"id\":\"a\u{0}b\"}", "{\"id\":\"tab\there\"}",
        #"{"id":-}"#, #"{"id":+1}"#, #"{"id":.5}"#, #"{"id":1e}"#, #"{"id":NaN}"#, #"{"id":[1,]}"#, #"{"id":nul}"#, #"{"id":"e"}}"#,
        #"{"#, #"{"id""#,
    ])
    func brokenJSON(text: String) {
        guard case .invalidJSON(let offset, let reason) = error(text) else {
            Issue.record("\(text) gave \(String(describing: error(text)))")
            return
        }
        #expect(offset >= 0 && offset <= text.utf8.count)
        #expect(!reason.isEmpty)
    }

    @Test("missing required fields are named")
    func missingFields() {
        #expect(error(#"{"type":"drone.telemetry","timestamp":"2025-08-03T10:30:00Z","data":{"drone_id":"d"}}"#) == .missingField("id"))
        #expect(error(#"{"id":"e","type":"drone.telemetry","data":{"drone_id":"d"}}"#) == .missingField("timestamp"))
        #expect(error(#"{"id":"e","type":"drone.telemetry","timestamp":"2025-08-03T10:30:00Z"}"#) == .missingField("data"))
        #expect(error(Self.envelope(#"{"battery":50}"#)) == .missingField("drone_id"))
        #expect(error(Self.envelope(#"{"drone_id":"d"}"#, type: "drone.location.updated")) == .missingField("location"))
        #expect(error(Self.envelope(#"{"drone_id":"d","location":{"latitude":1}}"#)) == .missingField("location.longitude"))
        #expect(error(Self.envelope(#"{"progress":5}"#, type: "task.progress")) == .missingField("task_id"))
        #expect(error(Self.envelope(#"{"level":"info"}"#, type: "alert.created")) == .missingField("alert_id"))
        #expect(error(Self.envelope(#"{"command_id":"c","drone_id":"d"}"#, type: "command.issued")) == .missingField("command"))
        #expect(error(Self.envelope(#"{"name":"m"}"#, type: "metric.sample")) == .missingField("value"))
    }

    @Test("wrong types are named with what was expected")
    func wrongTypes() {
        #expect(error(Self.envelope(#"{"drone_id":"d","battery":"50"}"#)) == .wrongType(field: "battery", expected: "a number"))
        #expect(error(Self.envelope(#"{"drone_id":7}"#)) == .wrongType(field: "drone_id", expected: "a string"))
        #expect(error(Self.envelope(#"{"drone_id":"d","battery":"NaN"}"#)) == .wrongType(field: "battery", expected: "a number"))
        #expect(error(Self.envelope(#"[1]"#)) == .wrongType(field: "data", expected: "an object"))
        #expect(error(Self.envelope(#"{"drone_id":"d","location":[22,114]}"#)) == .wrongType(field: "location", expected: "an object"))
        #expect(error(Self.envelope(#"{"drone_id":"d","location":{"latitude":"22.5","longitude":114}}"#))
                == .wrongType(field: "location.latitude", expected: "a number"))
        #expect(error(#"{"id":42,"type":"drone.telemetry","timestamp":"2025-08-03T10:30:00Z","data":{"drone_id":"d"}}"#)
                == .wrongType(field: "id", expected: "a string"))
        #expect(error(#"{"id":"e","type":"drone.telemetry","timestamp":1754217000000,"data":{"drone_id":"d"}}"#)
                == .wrongType(field: "timestamp", expected: "an ISO-8601 string"))
        #expect(error(Self.envelope(#"{"name":"m","value":1,"labels":["a"]}"#, type: "metric.sample")) == .wrongType(field: "labels", expected: "an object"))
    }

    @Test("numbers outside what the field means are refused")
    func outOfRange() {
        #expect(error(Self.envelope(#"{"drone_id":"d","battery":-5}"#)) == .outOfRange(field: "battery", value: "-5"))
        #expect(error(Self.envelope(#"{"drone_id":"d","battery":100.5}"#)) == .outOfRange(field: "battery", value: "100.5"))
        #expect(error(Self.envelope(#"{"drone_id":"d","battery":1e400}"#)) == .outOfRange(field: "battery", value: "1e400"))
        #expect(error(Self.envelope(#"{"drone_id":"d","speed":-1e400}"#)) == .outOfRange(field: "speed", value: "-1e400"))
        #expect(error(Self.envelope(#"{"drone_id":"d","location":{"latitude":200,"longitude":1}}"#))
                == .outOfRange(field: "location.latitude", value: "200"))
        #expect(error(Self.envelope(#"{"drone_id":"d","location":{"latitude":1,"longitude":-180.5}}"#))
                == .outOfRange(field: "location.longitude", value: "-180.5"))
        #expect(error(Self.envelope(#"{"task_id":"t","progress":101}"#, type: "task.progress")) == .outOfRange(field: "progress", value: "101"))
    }

    @Test("nulls count as absent: fine for optional fields, missing for required ones")
    func nulls() throws {
        let event = try decoder.decode(Self.envelope(#"{"drone_id":"d","battery":null,"speed":null,"location":null}"#))
        #expect(event.payload == .telemetry(DroneTelemetry(droneID: "d")))
        #expect(try decoder.decode(#"{"id":"e","type":"log.entry","source":null,"timestamp":"2025-08-03T10:30:00Z","data":{"message":"m"}}"#).source == "")
        #expect(error(Self.envelope(#"{"drone_id":null}"#)) == .missingField("drone_id"))
        #expect(error(Self.envelope("null")) == .missingField("data"))
        #expect(error(#"{"id":null,"type":"log.entry","timestamp":"2025-08-03T10:30:00Z","data":{"message":"m"}}"#) == .missingField("id"))
    }

    @Test("NUL bytes and invalid bytes outside strings are broken JSON")
    func strayBytes() {
        let nul: [UInt8] = Array(#"{"id":"e","#.utf8) + [0] + Array(#""type":"log.entry"}"#.utf8)
        let invalidUTF8: [UInt8] = Array(#"{"id":"e","#.utf8) + [0xFF] + Array(#""type":"log.entry"}"#.utf8)
        for bytes in [nul, invalidUTF8, [0xFF, 0xFE]] {
            do {
                _ = try decoder.decode(bytes)
                Issue.record("\(bytes) decoded")
            } catch {
                if case .invalidJSON = error {} else if error == .notAnObject {} else { Issue.record("\(bytes) gave \(error)") }
            }
        }
    }

    @Test("timestamps that are not ISO-8601 are refused with the text")
    func badTimestamps() {
        for text in ["yesterday", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-08-03T25:00:00Z", "2025-08-03"] {
            let message = #"{"id":"e","type":"drone.telemetry","timestamp":"\#(text)","data":{"drone_id":"d"}}"#
            #expect(error(message) == .invalidTimestamp(text))
        }
    }

    @Test("nesting 100,000 deep is refused, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(#"{"id":"e","x":"# + deep + "}") == .tooDeep(limit: 64))
        #expect(error(Self.envelope(#"{"drone_id":"d","extra":"# + deep + "}")) == .tooDeep(limit: 64))
        #expect(throws: DecodeError.tooDeep(limit: 64)) { try JSONValue.parse(Array(deep.utf8)) }
        #expect(throws: DecodeError.tooDeep(limit: 512)) { try JSONValue.parse(Array(deep.utf8), maxDepth: 1_000_000) }
        #expect(EventDecoder(maxDepth: 1_000_000).maxDepth == 512)
    }

    @Test("nesting up to the limit is accepted")
    func nestingAtTheLimit() throws {
        let nested = String(repeating: "[", count: 62) + String(repeating: "]", count: 62)
        #expect(try decoder.decode(Self.envelope(#"{"drone_id":"d","extra":"# + nested + "}")).droneID == "d")
        let tooDeep = "[" + nested + "]"
        #expect(error(Self.envelope(#"{"drone_id":"d","extra":"# + tooDeep + "}")) == .tooDeep(limit: 64))
    }
}
