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
}
