import FlightDeckCore
import Testing

@Suite("Clock-skew bound")
struct ClockSkewBoundTests {
    let messageTime = Fixtures.start
    let bound = ClockSkewBound.standard

    func telemetry(at time: Timestamp, battery: Double, id: String) -> Event {
        Event(id: id, type: .droneTelemetry, source: "test", timestamp: time,
              payload: .telemetry(DroneTelemetry(droneID: "drone-1", battery: battery)))
    }

    @Test("an event up to five minutes ahead of its message passes; one millisecond more is refused with both times")
    func edge() throws {
        try bound.check(telemetry(at: messageTime.adding(milliseconds: 300_000), battery: 50, id: "a"), messageTime: messageTime)
        let late = telemetry(at: messageTime.adding(milliseconds: 300_001), battery: 50, id: "b")
        #expect(throws: DecodeError.aheadOfMessageTime(timestamp: late.timestamp, messageTime: messageTime, boundSeconds: 300)) {
            try bound.check(late, messageTime: messageTime)
        }
        try bound.check(telemetry(at: Timestamp(millisecondsSinceEpoch: 0), battery: 50, id: "c"), messageTime: messageTime)
    }

    @Test("a message without a Kafka timestamp has nothing to be measured against")
    func noMessageTime() throws {
        try bound.check(telemetry(at: Timestamp(millisecondsSinceEpoch: .max), battery: 50, id: "a"), messageTime: nil)
    }

    @Test("the reason names the event's time, the message's time and the bound")
    func reason() {
        let error = DecodeError.aheadOfMessageTime(timestamp: Timestamp(iso8601: "9999-12-31T23:59:59Z")!,
                                                   messageTime: messageTime, boundSeconds: 300)
        #expect(error.description == "timestamp 9999-12-31T23:59:59Z is more than 300s ahead of its Kafka message (2025-08-03T10:13:20Z)")
    }

    @Test("without the bound, one event dated 9999 pins its drone: later true events count as out of order")
    func pinningIsWhatItPrevents() throws {
        let future = telemetry(at: Timestamp(iso8601: "9999-12-31T23:59:59Z")!, battery: 1, id: "future")
        let truth = telemetry(at: messageTime.adding(milliseconds: 1000), battery: 80, id: "truth")
        var unguarded = FleetState()
        unguarded.apply(future)
        #expect(unguarded.apply(truth) == .outOfOrder)

        var guarded = FleetState()
        for event in [future, truth] {
            if (try? bound.check(event, messageTime: messageTime)) != nil { guarded.apply(event) }
        }
        #expect(guarded.drones["drone-1"]?.battery == 80)
    }
}
