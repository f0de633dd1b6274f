import FlightDeckCore
import Testing

@Suite("Generic JSON values")
struct JSONValueTests {
    @Test("parses every kind of value and pretty-prints it back to equal JSON")
    func prettyRoundTrip() throws {
        let text = #"{"a":[1,2.5,-3e2,true,false,null],"b":{"c":"中\n\"x\""},"e":{},"f":[]}"#
        let value = try JSONValue.parse(Array(text.utf8))
        #expect(value["a"] == .array([.number(1), .number(2.5), .number(-300), .bool(true), .bool(false), .null]))
        #expect(value["b"]?["c"]?.stringValue == "中\n\"x\"")
        let pretty = value.prettyPrinted()
        #expect(pretty.contains("\n  \"a\": [\n    1,\n    2.5,"))
        #expect(try JSONValue.parse(Array(pretty.utf8)) == value)
    }

    @Test("keeps member order and refuses what is not JSON")
    func orderAndErrors() throws {
        guard case .object(let members) = try JSONValue.parse(Array(#"{"z":1,"a":2}"#.utf8)) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a"])
        for bad in ["", "{", "[1,]", "{\"a\"}", "nul", "1 2"] {
            #expect(throws: DecodeError.self) { try JSONValue.parse(Array(bad.utf8)) }
        }
    }

    @Test("a repeated key reads as its last value, as the event decoder reads it")
    func repeatedKeys() throws {
        let value = try JSONValue.parse(Array(#"{"battery":10,"battery":20}"#.utf8))
        #expect(value["battery"] == .number(20))
        let event = try EventDecoder().decode(#"{"id":"e","type":"drone.telemetry","timestamp":"2025-08-03T10:30:00Z","data":{"drone_id":"d","battery":10,"battery":20}}"#)
        #expect(event.payload == .telemetry(DroneTelemetry(droneID: "d", battery: 20)))
    }

    @Test("pretty printing escapes strings and writes whole numbers without a fraction")
    func prettyPrintingDetails() {
        let value = JSONValue.object([(key: "msg", value: .string("a\"b\n\u{1}")), (key: "n", value: .number(120)),
                                      (key: "x", value: .number(0.1)), (key: "list", value: .array([.null]))])
        #expect(value.prettyPrinted(indent: 4) == "{\n    \"msg\": \"a\\\"b\\n\\u0001\",\n    \"n\": 120,\n    \"x\": 0.1,\n    \"list\": [\n        null\n    ]\n}")
    }
}
