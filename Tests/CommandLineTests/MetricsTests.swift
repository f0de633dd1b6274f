@testable import flightdeck
import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import FlightDeckSimulator
import Foundation
import ProcessSupport
import Testing

/// `--metrics-listen`: the simulator's and the reader's counts, scraped over HTTP and parsed as Prometheus text.
@Suite("Prometheus metrics over HTTP")
struct MetricsTests {
    @Test("counters scraped from /metrics match the events the simulator published and the reader consumed")
    func scrapeMatchesEvents() throws {
        let metrics = PipelineMetrics()
        let server = try MetricsServer(listening: "127.0.0.1:0") { metrics.exposition() }
        defer { server.stop() }
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 2)
        let properties = KafkaProperties(["bootstrap.servers": cluster.bootstrapServers])
        let producer = try Producer(properties: properties.withDefaults(EmbeddedCluster.producerTuning))
        let simulator = SimulatorRunner(configuration: SimulatorConfiguration(droneCount: 5), rate: 400, producer: producer, metrics: metrics)
        Thread.sleep(forTimeInterval: 0.5)
        simulator.stop()
        try producer.send(topic: Topic.droneEvents.rawValue, key: nil, value: Array("not json".utf8))
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        let published = simulator.current.published
        #expect(published > 0)

        let consumer = try Consumer(properties: properties.withDefaults(EmbeddedCluster.consumerTuning))
        try consumer.assign(topics: Topic.allCases.map(\.rawValue), from: .beginning)
        let inbox = ConsoleInbox(capacity: 100_000)
        let reader = ReaderThread.start(reader: EventReader(consumer: consumer), inbox: inbox, metrics: metrics)
        defer { inbox.close(); reader.stop() }
        metrics.recordLag(LagSnapshot(groups: [GroupLag(group: "alert-service", partitions: [
            PartitionLag(topic: "drone-events", partition: 1, committed: 40, end: 100),
        ])], takenAt: Clock.now()))

        var scrape = Exposition(text: "")
        let deadline = Date().addingTimeInterval(20)
        repeat {
            Thread.sleep(forTimeInterval: 0.2)
            scrape = try Exposition(text: Self.get(port: server.port, path: "/metrics"))
        } while scrape.sum(PipelineMetrics.Name.consumed) < Double(published) && Date() < deadline

        #expect(scrape.malformed.isEmpty, "not Prometheus text: \(scrape.malformed)")
        #expect(scrape.sum(PipelineMetrics.Name.published) == Double(published))
        #expect(scrape.sum(PipelineMetrics.Name.consumed) == Double(published))
        #expect(scrape.types[PipelineMetrics.Name.published] == "counter")
        #expect(scrape.types[PipelineMetrics.Name.processing] == "histogram")
        #expect(scrape.value(PipelineMetrics.Name.decodeErrors, ["topic": "drone-events"]) == 1)
        #expect(scrape.value(PipelineMetrics.Name.lag, ["group": "alert-service", "topic": "drone-events", "partition": "1"]) == 60)
        let telemetry = ["topic": "drone-events", "event_type": "drone.telemetry"]
        #expect((scrape.value(PipelineMetrics.Name.published, telemetry) ?? 0) > 0)
        #expect(scrape.value(PipelineMetrics.Name.published, telemetry) == scrape.value(PipelineMetrics.Name.consumed, telemetry))
        // One decode in 64 is timed: the histogram's count follows the events read.
        let timed = scrape.sum(PipelineMetrics.Name.processing + "_count")
        #expect(timed >= Double(published / EventReader.timingInterval / 2) && timed <= Double(published))
        #expect(try Self.get(port: server.port, path: "/").hasPrefix("not found"))
    }

    @Test("a taken port or a malformed address is refused with a message saying which")
    func badAddresses() throws {
        let first = try MetricsServer(listening: "127.0.0.1:0") { [] }
        defer { first.stop() }
        #expect(throws: MetricsServer.Failure.self) { try MetricsServer(listening: "127.0.0.1:\(first.port)") { [] } }
        #expect(throws: MetricsServer.Failure.self) { try MetricsServer(listening: "9464") { [] } }
    }

    /// The body of an HTTP GET, by curl: an independent client.
    static func get(port: UInt16, path: String) throws -> String {
        let result = try ChildProcess.run("/usr/bin/curl", ["-sS", "--max-time", "5", "http://127.0.0.1:\(port)\(path)"], input: nil)
        #expect(result.status == 0, "curl failed: \(result.errorText)")
        return result.outputText
    }
}

/// A Prometheus text exposition, parsed strictly enough to catch a malformed line.
struct Exposition {
    var samples: [(name: String, labels: [String: String], value: Double)] = []
    var types: [String: String] = [:]
    var malformed: [String] = []

    init(text: String) {
        for line in text.split(separator: "\n").map(String.init) where !line.isEmpty {
            if line.hasPrefix("# TYPE ") {
                let words = line.split(separator: " ")
                if words.count == 4 { types[String(words[2])] = String(words[3]) } else { malformed.append(line) }
            } else if line.hasPrefix("#") {
                continue
            } else if let sample = Self.sample(line) {
                samples.append(sample)
            } else {
                malformed.append(line)
            }
        }
    }

    func sum(_ name: String) -> Double {
        samples.filter { $0.name == name }.reduce(0) { $0 + $1.value }
    }

    func value(_ name: String, _ labels: [String: String]) -> Double? {
        samples.first { $0.name == name && $0.labels == labels }?.value
    }

    /// `name{a="x",b="y"} 12` or `name 12`.
    private static func sample(_ line: String) -> (name: String, labels: [String: String], value: Double)? {
        guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { return nil }
        let series = line[..<space]
        let name = series.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
        guard !name.isEmpty, name.first?.isNumber == false else { return nil }
        var rest = series.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            guard rest.last == "}" else { return nil }
            rest = rest.dropFirst().dropLast()
            for pair in rest.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[1].hasPrefix("\""), parts[1].hasSuffix("\""), parts[1].count >= 2 else { return nil }
                labels[String(parts[0])] = String(parts[1].dropFirst().dropLast())
            }
        } else if !rest.isEmpty {
            return nil
        }
        return (String(name), labels, value)
    }
}
