import Foundation
import ProcessSupport
import Testing

/// Every operator action reaches `user-events` as `user.action`; kcat and `flightdeck audit` read it back.
@Suite("The audit trail", .serialized)
struct AuditTrailTests {
    @Test("a command, a read-only refusal and both consoles' start and stop are on user-events")
    func actionsAreAudited() throws {
        let demo = try ChildProcess(path: try Executable.flightdeck, arguments: ["demo", "--headless", "--drones", "6", "--rate", "100"])
        defer {
            demo.terminate()
            demo.wait()
        }
        let bootstrap = try #require((demo.readLine() ?? "").split(separator: " ").last.map(String.init))
        let flightdeck = try Executable.flightdeck

        let operating = try TmuxSession(command: "\(flightdeck) console --brokers \(bootstrap) --from beginning --operator audit-ops")
        defer { operating.kill() }
        #expect(try eventually(seconds: 40) { try operating.screen().contains("drone-00") }, "no fleet:\n\(operating.snapshot)")
        try operating.send("h")
        // Delivered first; the drone side may answer before the next look, accepting or rejecting it.
        let delivered = try eventually(seconds: 15) {
            try operating.screen().range(of: "last cmd hold → drone-[0-9]+: (delivered|accepted|rejected|completed)",
                                         options: .regularExpression) != nil
        }
        #expect(delivered, "the hold was not delivered:\n\(operating.snapshot)")
        try operating.send("q")
        #expect(try eventually(seconds: 15) { try operating.screen().contains("EXITED-0") })

        let watching = try TmuxSession(command: "\(flightdeck) console --brokers \(bootstrap) --from beginning --operator audit-ro --read-only")
        defer { watching.kill() }
        #expect(try eventually(seconds: 40) { try watching.screen().contains("drone-00") }, "no fleet:\n\(watching.snapshot)")
        try watching.send("l")
        #expect(try eventually(seconds: 5) { try watching.screen().contains("read-only: commands are disabled") })
        try watching.send("q")
        #expect(try eventually(seconds: 15) { try watching.screen().contains("EXITED-0") })

        let kcat = try Executable.tool("kcat")
        let trail = try OperatorFlowTests.read(kcat, bootstrap: bootstrap, topic: "user-events").filter { $0.contains(#""type":"user.action""#) }
        let host = ProcessInfo.processInfo.hostName
        for (who, action, result) in [("audit-ops", "console start", "ok"), ("audit-ops", "command hold", "delivered"),
                                      ("audit-ops", "console stop", "quit"), ("audit-ro", "console start", "read-only"),
                                      ("audit-ro", "command land", "refused: read-only"), ("audit-ro", "console stop", "quit")] {
            #expect(trail.contains { $0.contains(#""user_id":"\#(who)""#) && $0.contains(#""action":"\#(action)""#)
                    && $0.contains(#""result":"\#(result)""#) && $0.contains(#""host":"\#(host)""#) },
                    "no \(who) \(action) \(result) in:\n\(trail.joined(separator: "\n"))")
        }

        let printed = try ChildProcess.run(flightdeck, ["audit", "--brokers", bootstrap, "--operator", "audit-ro"])
        #expect(printed.status == 0, "\(printed.errorText)")
        let lines = printed.outputText.split(separator: "\n")
        #expect(lines.count == 3, "\(printed.outputText)")
        #expect(lines.allSatisfy { $0.contains("audit-ro@\(host)") })
        #expect(lines.contains { $0.contains("command land") && $0.hasSuffix("refused: read-only") }, "\(printed.outputText)")

        let recent = try ChildProcess.run(flightdeck, ["audit", "--brokers", bootstrap, "--since=-10m"])
        #expect(recent.outputText.split(separator: "\n").count == 6, "\(recent.outputText)\(recent.errorText)")
    }
}
