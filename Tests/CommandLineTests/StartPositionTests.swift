@testable import flightdeck
import FlightDeckCore
import Testing

@Suite("Times operators type")
struct StartPositionTests {
    @Test("--from takes end, beginning, RFC 3339 and durations back from now")
    func forms() {
        #expect(StartPositionParser.parse("end", now: Fixed.now) == .end)
        #expect(StartPositionParser.parse("beginning", now: Fixed.now) == .beginning)
        #expect(StartPositionParser.parse("2025-08-03T10:00:00Z", now: Fixed.now) == .time(Timestamp(iso8601: "2025-08-03T10:00:00Z")!))
        #expect(StartPositionParser.parse("-15m", now: Fixed.now) == .time(Fixed.now.adding(milliseconds: -900_000)))
        #expect(StartPositionParser.parse("-2h", now: Fixed.now) == .time(Fixed.now.adding(milliseconds: -7_200_000)))
        #expect(StartPositionParser.parse("-30s", now: Fixed.now) == .time(Fixed.now.adding(milliseconds: -30_000)))
        for bad in ["soon", "-15", "15m", "-m", "-1y", ""] {
            #expect(StartPositionParser.parse(bad, now: Fixed.now) == nil, "accepted \(bad)")
        }
    }

    @Test("drone numbers mean the simulator's and the seed's ids")
    func droneNames() {
        #expect(DroneName.normalized("7") == "drone-007")
        #expect(DroneName.normalized("1234") == "drone-1234")
        #expect(DroneName.normalized("drone-012") == "drone-012")
        #expect(DroneName.normalized("uav-9") == "uav-9")
    }

    @Test("tail output cannot steer the terminal")
    func terminalSafeText() {
        let hostile = "a\u{1b}]0;x\u{07}\u{1b}[2J\u{9b}b\u{202e}c\nd"
        let safe = TerminalSafeText.escapingControls(in: hostile)
        #expect(safe == "a\\u001b]0;x\\u0007\\u001b[2J\\u009bb\\u202ec\nd")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
