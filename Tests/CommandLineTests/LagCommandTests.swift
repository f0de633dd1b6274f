import ArgumentParser
@testable import flightdeck
import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// `flightdeck lag` on the embedded cluster: a group that stops committing while producers go on is ERR, resuming clears it.
@Suite("flightdeck lag on the embedded cluster")
struct LagCommandTests {
    static let topic = Topic.droneEvents.rawValue
    static let group = "alert-service"

    /// A cluster, a producer and the group's committing client.
    struct Pipeline {
        let cluster: EmbeddedCluster
        let producer: Producer
        let member: Consumer

        init(partitions: Int32) throws {
            cluster = try EmbeddedCluster()
            try cluster.createSystemTopics(partitions: partitions)
            producer = try Producer(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]).withDefaults(EmbeddedCluster.producerTuning))
            member = try Consumer(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers, "group.id": LagCommandTests.group]))
        }

        var properties: KafkaProperties { KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]) }

        func produce(_ count: Int) throws {
            for index in 0..<count {
                try producer.send(topic: LagCommandTests.topic, key: Array("drone-\(index % 7)".utf8), value: Array("m\(index)".utf8))
            }
            #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        }

        /// Commits every partition's end offset: a consumer that has read everything.
        func commitToEnd(partitions: Int32) throws {
            let ends = try (0..<partitions).map { partition in
                TopicPartitionOffset(topic: LagCommandTests.topic, partition: partition,
                                     offset: try member.watermarks(topic: LagCommandTests.topic, partition: partition).high)
            }
            try member.commit(ends)
        }

        func sampler(window: Int) -> LagSampler {
            LagSampler(properties: properties, given: [LagCommandTests.group], configured: [], topics: [LagCommandTests.topic],
                       policy: LagPolicy(windowSize: window))
        }
    }

    @Test("committing, then stopped while producers continue (ERR, STOP), then resumed (OK)")
    func stopAndResume() throws {
        let pipeline = try Pipeline(partitions: 2)
        let sampler = pipeline.sampler(window: 3)
        var statuses: [GroupStatus] = []
        func step(commit: Bool) throws -> LagSnapshot {
            try pipeline.produce(40)
            if commit { try pipeline.commitToEnd(partitions: 2) }
            let snapshot = sampler.sample(at: Clock.now())
            statuses.append(snapshot.worstStatus)
            return snapshot
        }
        for _ in 0..<3 { _ = try step(commit: true) }
        var stopped = try step(commit: false)
        for _ in 0..<2 { stopped = try step(commit: false) }
        let verdict = try #require(stopped.evaluations[Self.group])
        #expect(verdict.status == .error)
        #expect(verdict.partitions.allSatisfy { $0.status == .stopped })
        #expect(verdict.reason.hasPrefix("STOP drone-events[0]: no progress for "))
        #expect(verdict.totalLag == 3 * 40)
        #expect(Lag.exitCode(for: stopped) == ExitCode(2))
        #expect(LagReportText.render(stopped).contains("ERR  STOP drone-events[0]: no progress for "))

        let resumed = try step(commit: true)
        #expect(resumed.evaluations[Self.group]?.status == .ok)
        #expect(resumed.evaluations[Self.group]?.totalLag == 0)
        #expect(Lag.exitCode(for: resumed) == nil)
        // The window still holds a caught-up sample until the third sample without commits.
        #expect(statuses == [.ok, .ok, .ok, .ok, .ok, .error, .ok])
    }

    @Test("end offsets and lag agree with kcat's watermark query (kcat -Q -t topic:partition:-1)")
    func matchesKcat() throws {
        let pipeline = try Pipeline(partitions: 3)
        try pipeline.produce(90)
        try pipeline.member.commit([TopicPartitionOffset(topic: Self.topic, partition: 0, offset: 5),
                                    TopicPartitionOffset(topic: Self.topic, partition: 2, offset: 1)])
        let snapshot = pipeline.sampler(window: 2).sample(at: Clock.now())
        let reading = try #require(snapshot.groups.first)

        let query = try Self.kcat(["-b", pipeline.cluster.bootstrapServers, "-Q"] + (0..<3).flatMap { ["-t", "\(Self.topic):\($0):-1"] })
        #expect(query.status == 0, "kcat -Q failed: \(query.errorText)")
        // kcat prints "drone-events [0] offset 31" per partition.
        let kcatEnds = Dictionary(uniqueKeysWithValues: query.outputText.split(separator: "\n").compactMap { line -> (Int32, Int64)? in
            let words = line.split(separator: " ")
            guard words.count == 4, let partition = Int32(words[1].dropFirst().dropLast()), let end = Int64(words[3]) else { return nil }
            return (partition, end)
        })
        #expect(kcatEnds.count == 3)
        #expect(kcatEnds.values.reduce(0, +) == 90)
        for partition in reading.partitions {
            #expect(partition.end == kcatEnds[partition.partition], "partition \(partition.partition)")
        }
        #expect(reading.partitions.map(\.committed) == [5, nil, 1])
        #expect(reading.totalLag == (kcatEnds[0]! - 5) + (kcatEnds[2]! - 1))
    }

    @Test("the command samples its window, prints JSON and exits 2 while a group is stopped")
    func commandExitCode() throws {
        let pipeline = try Pipeline(partitions: 1)
        try pipeline.produce(10)
        try pipeline.commitToEnd(partitions: 1)
        let producing = WorkerThread(name: "test-producer", pauseMilliseconds: 50) { try? pipeline.produce(5) }
        defer { producing.stop() }
        var printed: [String] = []
        let snapshot = Lag.sample(pipeline.sampler(window: 4), every: 200, times: 4, watch: false, format: .json,
                                  stop: { false }, print: { printed.append($0) })
        #expect(printed.count == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(printed[0].utf8)) as? [String: Any])
        #expect(json["status"] as? String == "ERR")
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.first?["group"] as? String == Self.group)
        #expect((groups.first?["total_lag"] as? Int ?? 0) > 0)
        #expect(Lag.exitCode(for: snapshot) == ExitCode(2))
        #expect(throws: ExitCode(2)) {
            try Lag.parse(["--brokers", pipeline.cluster.bootstrapServers, "--group", Self.group, "--topic", Self.topic,
                           "--interval", "0.2", "--window", "3"]).run()
        }
    }

    static func kcat(_ arguments: [String]) throws -> ProcessResult {
        let path = try #require(["/usr/bin/kcat", "/usr/local/bin/kcat", "/usr/bin/kafkacat"].first(where: FileManager.default.isExecutableFile),
                                "kcat is not installed: apt-get install kcat")
        return try ChildProcess.run(path, arguments, input: nil)
    }
}
