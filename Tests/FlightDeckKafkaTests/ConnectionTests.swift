import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("Connection state")
struct ConnectionTests {
    @Test("the watch reports up, then down when every broker goes, then up again")
    func upDownUp() throws {
        let cluster = try TestCluster()
        let states = StateLog()
        let consumer = try cluster.consumer(["reconnect.backoff.max.ms": "500", "socket.connection.setup.timeout.ms": "1000"])
        let watch = ConnectionWatch(consumer: consumer, intervalMilliseconds: 300, answerMilliseconds: 300) { states.append($0) }
        defer { watch.stop() }

        #expect(states.waitFor(seconds: 10) { if case .up = $0 { true } else { false } })
        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setBroker(broker, up: false) }
        #expect(states.waitFor(seconds: 10) { if case .down = $0 { true } else { false } })
        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setBroker(broker, up: true) }
        #expect(states.waitFor(seconds: 15) { if case .up = $0 { true } else { false } })
    }

    @Test("a busy reader that loses every broker is marked down by the failed connections, not the next periodic look")
    func downOnFailedConnections() throws {
        let cluster = try TestCluster()
        let states = StateLog()
        let watchBox = WatchBox()
        let consumer = try cluster.consumer { watchBox.watch?.observe($0) }
        try consumer.assign(topics: Topic.eventTopics.map(\.rawValue), from: .end)
        // A minute between periodic looks: only the connection failures can bring the news within the test's wait.
        let watch = ConnectionWatch(consumer: consumer, intervalMilliseconds: 60_000) { states.append($0) }
        watchBox.watch = watch
        defer { watch.stop() }
        let producer = try cluster.producer()
        let reader = EventReader(consumer: consumer)
        #expect(states.waitFor(seconds: 10) { if case .up = $0 { true } else { false } })
        for event in SampleEvents.telemetry(drones: 20, perDrone: 20) { try producer.send(event) }
        _ = reader.readBatch(maxWaitMilliseconds: 500)

        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setBroker(broker, up: false) }
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, case .up = watch.current {
            _ = reader.readBatch(maxWaitMilliseconds: 100)
        }
        guard case .down(let reason) = watch.current else {
            Issue.record("still \(watch.current) 15 s after every broker went down")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test("brokers that keep their connections open but stop answering are found down by an unanswered look, then up again")
    func silentBrokers() throws {
        let cluster = try TestCluster()
        let states = StateLog()
        let consumer = try cluster.consumer()
        let watch = ConnectionWatch(consumer: consumer) { states.append($0) }
        defer { watch.stop() }
        #expect(states.waitFor(seconds: 10) { if case .up = $0 { true } else { false } })
        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setRoundTripTime(broker: broker, milliseconds: 30_000) }
        #expect(states.waitFor(seconds: 5) { if case .down(let reason) = $0 { reason.contains("metadata") } else { false } })
        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setRoundTripTime(broker: broker, milliseconds: 0) }
        #expect(states.waitFor(seconds: 40) { if case .up = $0 { true } else { false } })
    }
}

/// Lets a client's event handler reach a watch created after the client.
final class WatchBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: ConnectionWatch?

    var watch: ConnectionWatch? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

final class StateLog: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [ConnectionState] = []

    func append(_ state: ConnectionState) { lock.withLock { states.append(state) } }

    /// Waits until the newest state matches.
    func waitFor(seconds: Double, _ matches: (ConnectionState) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let last = lock.withLock({ states.last }), matches(last) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
