import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Synchronization

/// The console wired to a cluster: a reader thread and a connection watch feed the inbox the UI drains.
struct ConsoleSession {
    let properties: KafkaProperties
    let start: StartPosition
    /// Read as a member of this consumer group instead of assigning every partition.
    let group: String?
    let topics: [String]
    /// Consumer groups shown in the lag pane, besides the console's own reader.
    let watchedGroups: [String]
    /// How often lag is sampled, how groups are judged and when lag becomes an alert.
    let lagSettings: LagSettings
    let configuration: ConsoleConfiguration
    /// Counted for `--metrics-listen`; nil counts nothing.
    var metrics: PipelineMetrics?
    /// Where to write the fleet state on exit (`--save-state`); nil writes nothing.
    var stateFile: String?

    /// Runs until the operator quits or a signal arrives; says which.
    func run() throws -> ConsoleExit {
        let inbox = ConsoleInbox(capacity: 256)
        let relay = ClientEventRelay(inbox: inbox)
        var properties = properties
        if let group { properties["group.id"] = group }
        let (configuration, producerProperties) = DeliveryTimeout.align(configuration, with: properties)
        let consumer = try Consumer(properties: properties, onEvent: relay.forward)
        if group == nil {
            try consumer.assign(topics: topics, from: start)
        } else {
            try consumer.subscribe(topics: topics)
        }
        let watch = ConnectionWatch(consumer: consumer) { state in
            inbox.push(.broker(BrokerStatus(state)))
        }
        relay.watch(with: watch)
        let reader = ReaderThread.start(reader: EventReader(consumer: consumer), inbox: inbox, metrics: metrics)
        // A read-only console creates no producer at all: nothing it does can publish.
        let producer: Producer? = if configuration.readOnly { nil } else { try Producer(properties: producerProperties, onEvent: relay.forward) }
        let sampler = LagSampler(properties: properties, given: [], configured: watchedGroups, topics: topics, policy: lagSettings.policy)
        let lag = LagPoller.start(watch: LagWatch(sampler: sampler, alerts: lagSettings.alerts, producer: producer),
                                  reader: consumer, inbox: inbox, intervalMilliseconds: lagSettings.intervalMilliseconds, metrics: metrics)
        let audit = try AuditTrail(properties: properties, operatorName: configuration.operatorName)
        let effects = EffectRunner(producer: producer, inbox: inbox, audit: audit, metrics: metrics)
        defer {
            inbox.close()
            reader.stop()
            // Lag and metadata requests wait seconds for brokers that are down; quitting does not wait for them.
            lag.stop(waitingUpTo: 0.5)
            watch.stop(waitingUpTo: 0.5)
        }
        audit.record("console start", target: configuration.title, result: configuration.readOnly ? "read-only" : "ok")
        let exit: ConsoleExit
        var finalState: FleetSnapshot?
        do {
            exit = try ConsoleApp.run(configuration: configuration, inbox: inbox, clock: Clock.now, perform: effects.perform) { state in
                if stateFile != nil { finalState = FleetSnapshot(fleet: state.fleet, consumed: state.consumed) }
            }
        } catch {
            audit.record("console stop", target: configuration.title, result: "failed: \(error)")
            audit.flush()
            throw error
        }
        audit.record("console stop", target: configuration.title, result: exit.auditResult)
        let undelivered = audit.flush()
        if undelivered > 0 {
            FileHandle.standardError.write(Data("flightdeck: \(undelivered) audit event\(undelivered == 1 ? "" : "s") not delivered: no broker answered within \(AuditTrail.flushSeconds) s\n".utf8))
        }
        if let stateFile, let finalState {
            try StateFile.write(finalState, to: stateFile)
        }
        return exit
    }
}

/// Passes librdkafka's errors and logs on: to the connection watch, so "all brokers down" shows at once,
/// and to the status line. It runs on librdkafka's threads, so it never waits for the inbox.
final class ClientEventRelay: Sendable {
    private let inbox: ConsoleInbox
    private let connection = Mutex<ConnectionWatch?>(nil)

    init(inbox: ConsoleInbox) {
        self.inbox = inbox
    }

    func watch(with watch: ConnectionWatch) {
        connection.withLock { $0 = watch }
    }

    func forward(_ event: ClientEvent) {
        connection.withLock { $0 }?.observe(event)
        _ = inbox.offer(.notice(ClientEventText.describe(event)))
    }
}

extension BrokerStatus {
    init(_ state: ConnectionState) {
        switch state {
        case .connecting: self.init(state: .connecting, detail: "")
        case .up(let brokers): self.init(state: .up, detail: "\(brokers) broker\(brokers == 1 ? "" : "s")")
        case .down(let reason): self.init(state: .down, detail: reason)
        }
    }
}

/// One line for the status bar or a log from what librdkafka reported.
enum ClientEventText {
    static func describe(_ event: ClientEvent) -> String {
        switch event {
        case .error(_, let reason, let fatal): "\(fatal ? "fatal: " : "")\(reason)"
        case .log(_, let facility, let message): "\(facility): \(message)"
        }
    }
}
