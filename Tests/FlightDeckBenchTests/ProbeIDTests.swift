import Testing
@testable import FlightDeckBench

@Suite("Event ids that carry their send time")
struct ProbeIDTests {
    @Test func roundTripsThroughItsText() throws {
        let probe = ProbeID(sequence: 123_456, sentAtNanoseconds: 98_765_432_101)
        let text = probe.text
        #expect(text.count == 36)
        #expect(text.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(ProbeID(parsing: text) == probe)
    }

    @Test func keepsTheShapeOfAVersion4UUID() {
        let text = ProbeID(sequence: 42, sentAtNanoseconds: 1_000_000_000).text
        #expect(text == "0000002a-0000-4000-8000-00003b9aca00")
    }

    @Test func otherIDsAreNotProbes() {
        #expect(ProbeID(parsing: "550e8400-e29b-41d4-a716-446655440000") == nil)
        #expect(ProbeID(parsing: "bench-command-event-1") == nil)
        #expect(ProbeID(parsing: "0000002A-0000-4000-8000-00003B9ACA00") == nil)
        #expect(ProbeID(parsing: "") == nil)
    }

    @Test func sendTimesWrapAtFortyEightBits() {
        let probe = ProbeID(sequence: 1, sentAtNanoseconds: (1 << 48) + 5)
        #expect(probe.sentAtNanoseconds == 5)
        #expect(ProbeID(parsing: probe.text)?.sentAtNanoseconds == 5)
    }
}
