import Foundation
import Testing

/// An operator's round trip through Kafka in a real terminal: open a drone's tail, send it home,
/// acknowledge an alert, and check with kcat that both went out on the wire.
@Suite("An operator at the console", .serialized)
struct OperatorFlowTests {
    static let alertID = "alert-e2e-\(getpid())"

    @Test("tail a drone, send it home, acknowledge an alert raised by kcat, and find both on the topics")
    func operatorRoundTrip() throws {
        let session = try TmuxSession(command: "\(try Executable.flightdeck) demo --drones 12 --rate 300 --operator e2e-ops")
        defer { session.kill() }
        let bootstrap = try #require(try session.bootstrapAddress(), "no bootstrap address:\n\(session.snapshot)")

        let airborne = try eventually(seconds: 60) { try Self.flyingDrone(in: session.screen()) != nil }
        let drone = try #require(try Self.flyingDrone(in: session.screen()), "no drone took off:\n\(session.snapshot)")
        #expect(airborne)

        try session.send(":", "drone \(drone)", "Enter")
        let tail = try eventually(seconds: 10) {
            let screen = try session.screen()
            return screen.contains("DRONE \(drone)") && screen.contains("EVENTS newest first") && screen.contains("drone.")
        }
        #expect(tail, "the drone's tail did not open:\n\(session.snapshot)")

        try session.send("r")
        #expect(try eventually(seconds: 5) { try session.screen().contains("yes, send it") },
                "no confirmation for an airborne drone:\n\(session.snapshot)")
        try session.send("y")
        let home = try eventually(seconds: 20) {
            let screen = try session.screen()
            return screen.contains("return to base") && screen.range(of: #"completed|accepted"#, options: .regularExpression) != nil
                && (screen.contains("DRONE \(drone)  returning") || screen.contains("DRONE \(drone)  landing")
                    || screen.contains("DRONE \(drone)  idle") || screen.contains("DRONE \(drone)  charging"))
        }
        #expect(home, "the drone did not turn home:\n\(session.snapshot)")

        let kcat = try Executable.tool("kcat")
        let alert = #"{"id":"e2e-\#(Self.alertID)","type":"alert.created","source":"e2e","timestamp":"\#(Self.now())","data":{"alert_id":"\#(Self.alertID)","type":"e2e_probe","level":"critical","message":"端到端测试告警 \u001b]0;x\u0007\u001b[2J","drone_id":"\#(drone)","auto_action":"hold"}}"#
        let produced = try Executable.run(kcat, ["-b", bootstrap, "-P", "-t", "alert-events", "-k", drone], input: alert + "\n")
        #expect(produced.status == 0)

        try session.send("Escape", "3", "/", "端到端", "Enter")
        let listed = try eventually(seconds: 15) { try session.screen().contains("端到端测试告警") }
        #expect(listed, "the alert kcat raised is not in the feed:\n\(session.snapshot)")
        #expect(!session.snapshot.contains("]0;x"), "escape sequences reached the screen")
        try session.send("a")
        let acked = try eventually(seconds: 15) {
            try session.screen().split(separator: "\n").contains { $0.contains("端到端测试告警") && $0.contains("acked") }
        }
        #expect(acked, "the ack did not come back from Kafka:\n\(session.snapshot)")

        let commands = try Self.read(kcat, bootstrap: bootstrap, topic: "drone-commands")
        #expect(commands.contains { $0.contains(#""type":"command.issued""#) && $0.contains(#""drone_id":"\#(drone)""#)
                && $0.contains("return_to_base") && $0.contains("e2e-ops") }, "kcat did not find the command:\n\(commands)")
        let alerts = try Self.read(kcat, bootstrap: bootstrap, topic: "alert-events")
        #expect(alerts.contains { $0.contains(#""type":"alert.acknowledged""#) && $0.contains(Self.alertID) && $0.contains("e2e-ops") },
                "kcat did not find the acknowledgement:\n\(alerts.suffix(5))")

        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("EXITED-0") })
    }

    /// The first fleet row whose status is `flying`.
    static func flyingDrone(in screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count > 1, fields[0].hasPrefix("drone-"), fields[1] == "flying" { return String(fields[0]) }
        }
        return nil
    }

    static func read(_ kcat: String, bootstrap: String, topic: String) throws -> [Substring] {
        let result = try Executable.run(kcat, ["-b", bootstrap, "-C", "-t", topic, "-o", "beginning", "-e", "-q",
                                               "-X", "fetch.wait.max.ms=5"])
        return result.output.split(separator: "\n")
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
