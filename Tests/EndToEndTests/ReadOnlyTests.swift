import Foundation
import Testing

/// `--read-only`: every command key and `:` command is refused on screen, and nothing reaches the topics.
@Suite("A read-only console publishes nothing", .serialized)
struct ReadOnlyTests {
    @Test("command keys, the command line and acknowledgements are refused, and the topics stay empty")
    func refusesEverything() throws {
        let session = try TmuxSession(command: "\(try Executable.flightdeck) demo --drones 8 --rate 200 --read-only --operator ro-ops")
        defer { session.kill() }
        let bootstrap = try #require(try session.bootstrapAddress(), "no bootstrap address:\n\(session.snapshot)")
        #expect(try eventually(seconds: 40) { try session.screen().contains("drone-00") }, "no fleet:\n\(session.snapshot)")
        #expect(session.snapshot.contains("READ-ONLY"))

        for keys in [["r"], ["y"], ["l"], ["y"], ["h"], ["u"], ["t"], ["g"], ["Escape"], [":", "hold 1", "Enter"],
                     [":", "goto 22.5 114.0 80 2", "Enter"], ["Enter"], ["r"], ["Escape"], ["3"], ["a"], ["A"], ["y"],
                     [":", "ack", "Enter"]] {
            try session.send(keys)
            let refused = try eventually(seconds: 5) { try session.screen().contains("read-only: commands are disabled") }
            #expect(refused || keys == ["y"] || keys == ["Escape"] || keys == ["Enter"] || keys == ["3"],
                    "\(keys) was not refused:\n\(session.snapshot)")
        }
        Thread.sleep(forTimeInterval: 2)

        let kcat = try Executable.tool("kcat")
        let commands = try OperatorFlowTests.read(kcat, bootstrap: bootstrap, topic: "drone-commands")
        #expect(commands.isEmpty, "a read-only console published commands:\n\(commands)")
        let alerts = try OperatorFlowTests.read(kcat, bootstrap: bootstrap, topic: "alert-events")
        #expect(!alerts.contains { $0.contains("alert.acknowledged") }, "a read-only console acknowledged an alert")
        #expect(!alerts.contains { $0.contains("ro-ops") })
        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("EXITED-0") })
    }
}
