@testable import flightdeck
import FlightDeckConsole
import FlightDeckCore
import Foundation
import Testing

@Suite("Secrets in settings files and the audit trail's lines")
struct SafetyTests {
    func file(mode: Int) throws -> String {
        let path = NSTemporaryDirectory() + "fd-mode-\(getpid())-\(Int.random(in: 0..<1_000_000)).yaml"
        try "kafka: {}".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode_t(mode))
        return path
    }

    @Test("a file holding a secret warns when group or others can read it, naming properties and never values")
    func permissions() throws {
        let secrets = ["sasl.password": "hunter2", "ssl.key.password": "k", "security.protocol": "SASL_SSL"]
        for (mode, warns) in [(0o600, false), (0o400, false), (0o640, true), (0o644, true), (0o604, true)] {
            let path = try file(mode: mode)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let warning = SecretFilePermissions.warning(path: path, properties: secrets)
            #expect((warning != nil) == warns, "mode \(String(mode, radix: 8))")
            if let warning {
                #expect(warning.contains("(sasl.password, ssl.key.password)") && warning.contains("chmod 600 \(path)"))
                #expect(warning.contains("mode 0\(String(mode, radix: 8))"))
                #expect(!warning.contains("hunter2"))
            }
            #expect(SecretFilePermissions.warning(path: path, properties: ["security.protocol": "SSL"]) == nil)
        }
    }

    @Test("audit lines keep one operator's user.action events, with escapes made visible")
    func auditLines() throws {
        var audit = try Audit.parse(["--brokers", "b:9092", "--operator", "李工"])
        let time = Timestamp(millisecondsSinceEpoch: 1_754_217_000_000)
        let mine = AuditTrail.event(UserActivity(userID: "李工", action: "command land", target: "drone-7\u{1b}[2J",
                                                 result: "refused: read-only", host: "ops-1"), at: time)
        #expect(audit.line(mine) == "2025-08-03T10:30:00Z  李工@ops-1  command land  drone-7\\u001b[2J  refused: read-only\n")
        let theirs = AuditTrail.event(UserActivity(userID: "bob", action: "console start", result: "ok"), at: time)
        #expect(audit.line(theirs) == nil)
        audit.operator = nil
        #expect(audit.line(theirs) == "2025-08-03T10:30:00Z  bob@?  console start  -  ok\n")
    }

    @Test("every console effect names an action for the trail")
    func effectActions() {
        let command = DroneCommand(commandID: "c1", droneID: "drone-3", command: .returnToBase, operatorName: "a")
        #expect(AuditTrail.action(of: .issueCommand(command)) == ("command return_to_base", "drone-3"))
        #expect(AuditTrail.action(of: .acknowledge(alertID: "a1", droneID: nil, operatorName: "a")) == ("acknowledge", "a1"))
        #expect(AuditTrail.action(of: .refuse(action: "acknowledge all shown", target: nil)) == ("acknowledge all shown", nil))
    }
}
