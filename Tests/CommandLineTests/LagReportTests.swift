@testable import flightdeck
import FlightDeckConsole
import FlightDeckCore
import Foundation
import Testing

@Suite("flightdeck lag's output and settings")
struct LagReportTests {
    static let time = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)

    static func snapshot(group: String) -> LagSnapshot {
        let partitions = [
            PartitionEvaluation(offsets: PartitionLag(topic: "drone-events", partition: 0, committed: 1_000, end: 2_500),
                                status: .warning, reason: "lag grew from 900 to 1,500 over 27s while consuming", lagSeconds: 12),
            PartitionEvaluation(offsets: PartitionLag(topic: "drone-events", partition: 1, committed: 10, end: 10), status: .ok, reason: "caught up"),
        ]
        let evaluation = GroupEvaluation(group: group, partitions: partitions, takenAt: time)
        let health = ClusterHealth(brokers: [.init(id: 1, address: "k1:9092", isUp: true)], offlinePartitions: [],
                                   underReplicated: [], missingTopics: ["task-events"])
        return LagSnapshot(groups: [evaluation.offsets], takenAt: time, evaluations: [evaluation], health: health,
                           problems: ["could not list consumer groups: unsupported: showing the configured groups"])
    }

    @Test("the table lists the group's verdict, its partitions, the per-topic sum and the cluster")
    func table() {
        let lines = LagReportText.render(Self.snapshot(group: "alert-service")).split(separator: "\n").map(String.init)
        #expect(lines.count == 8)
        #expect(lines[1].hasPrefix("alert-service") && lines[1].hasSuffix("1,500    12s  WARN  WARN drone-events[0]: lag grew from 900 to 1,500 over 27s while consuming"))
        #expect(lines[2].hasPrefix("  drone-events          0       1,000       2,500     1,500    12s  WARN"))
        #expect(lines[3].hasSuffix("10         0      –  OK     caught up"))
        #expect(lines[4].hasPrefix("  drone-events (all)") && lines[4].hasSuffix(" 1,500"))
        #expect(lines[5] == "cluster: 1/1 brokers up, 1 problem")
        #expect(lines[6] == "  topic task-events missing")
        #expect(lines[7] == "note: could not list consumer groups: unsupported: showing the configured groups")
        #expect(Lag.exitCode(for: Self.snapshot(group: "g")) == .init(3))
    }

    @Test("names from the cluster cannot put control characters on the terminal")
    func hostileNames() {
        let text = LagReportText.render(Self.snapshot(group: "evil\u{1B}[2J\u{7}"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("evil\\u001b[2J\\u0007"))
    }

    @Test("JSON carries the same numbers, one object per sample")
    func json() throws {
        let text = LagReportJSON.render(Self.snapshot(group: "alert-service"))
        #expect(!text.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "WARN")
        let group = try #require((object["groups"] as? [[String: Any]])?.first)
        #expect(group["total_lag"] as? Int == 1_500 && group["topics"] as? [String: Int] == ["drone-events": 1_500])
        let partitions = try #require(group["partitions"] as? [[String: Any]])
        #expect(partitions.map { $0["status"] as? String } == ["WARN", "OK"])
        #expect((object["cluster"] as? [String: Any])?["missing_topics"] as? [String] == ["task-events"])
    }

    @Test("lag settings come from the settings file, with the seed's defaults")
    func settings() throws {
        let file = try ConfigFile.parse("""
            console:
              lag_interval: 1.5
              lag_window: 4
              lag_alert_threshold: 50
              lag_alert_after: 60
            """, file: "ops.yaml")
        let custom = LagSettings(file)
        #expect(custom.intervalMilliseconds == 1_500 && custom.policy.windowSize == 4)
        #expect(custom.alerts == LagAlertPolicy(threshold: 50, holdSeconds: 60))
        let defaults = LagSettings(ConfigFile())
        #expect(defaults.alerts == LagAlertPolicy(threshold: 1_000, holdSeconds: 300) && defaults.policy.windowSize == 10)
        #expect(throws: ConfigError(file: "ops.yaml", line: 2, message: "'lag_window' should be a whole number of at least 2")) {
            try ConfigFile.parse("console:\n  lag_window: 1\n", file: "ops.yaml")
        }
    }
}
