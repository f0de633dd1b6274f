import FlightDeckCore
import Testing

@Suite("Encoding and decoding round trips")
struct RoundTripTests {
    /// Decodes without keeping raw bytes, so a decoded event can equal the constructed one.
    let decoder = EventDecoder(keepsRawBytes: false)

    @Test("seed messages re-encode to exactly the bytes received")
    func seedMessagesKeepTheirBytes() throws {
        for text in [Fixtures.droneStatusChanged, Fixtures.taskProgress, Fixtures.alertCreated] {
            let event = try EventDecoder().decode(text)
            #expect(String(decoding: EventEncoder.encode(event), as: UTF8.self) == text)
        }
    }

    @Test("seed messages re-encoded from their typed payload decode to the same event")
    func seedMessagesFromPayload() throws {
        for text in [Fixtures.droneStatusChanged, Fixtures.taskProgress, Fixtures.alertCreated] {
            let event = try decoder.decode(text)
            #expect(try decoder.decode(EventEncoder.encode(event)) == event)
        }
    }

    @Test("every payload kind survives encode then decode", arguments: Fixtures.everyPayload)
    func constructedEvents(event: Event) throws {
        #expect(try decoder.decode(EventEncoder.encode(event)) == event)
    }

    @Test("the encoder writes compact JSON, envelope keys in order, absent optionals left out")
    func encodedForm() {
        let event = Event(id: "e-1", type: .droneTelemetry, source: "drone-control-service",
                          timestamp: Timestamp(millisecondsSinceEpoch: 1_754_217_000_123),
                          payload: .telemetry(DroneTelemetry(droneID: "drone-007", battery: 85, speed: 12.5)))
        let expected = #"{"id":"e-1","type":"drone.telemetry","source":"drone-control-service","timestamp":"2025-08-03T10:30:00.123Z","data":{"drone_id":"drone-007","battery":85,"speed":12.5}}"#
        #expect(String(decoding: EventEncoder.encode(event), as: UTF8.self) == expected)
    }

    @Test("a command's target is written as its parameters")
    func commandParameters() throws {
        let command = DroneCommand(commandID: "c-1", droneID: "drone-007", command: .goTo,
                                   target: GeoPoint(latitude: 22.5, longitude: 114, altitude: 80))
        let event = Event(id: "e", type: .commandIssued, source: "console", timestamp: Fixtures.start, payload: .command(command))
        let value = try JSONValue.parse(EventEncoder.encode(event))
        #expect(value["data"]?["parameters"] == .object([(key: "latitude", value: .number(22.5)), (key: "longitude", value: .number(114)),
                                                          (key: "altitude", value: .number(80))]))
    }

    @Test("thousands of random valid events of every kind round-trip", arguments: [1, 2, 3] as [UInt64])
    func randomEvents(seed: UInt64) throws {
        var events = RandomEvents(seed: seed)
        for _ in 0..<1500 {
            let event = events.event()
            let bytes = EventEncoder.encode(event)
            let decoded = try decoder.decode(bytes)
            #expect(decoded == event, "\(String(decoding: bytes, as: UTF8.self))")
            #expect(EventEncoder.encode(decoded) == bytes)
        }
    }
}
