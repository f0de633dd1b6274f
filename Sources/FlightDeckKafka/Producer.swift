import CRdKafka
import FlightDeckCore
import Foundation

/// Publishes messages with delivery reports: every message ends in exactly one `DeliveryResult`.
///
/// Idempotent and snappy-compressed by default. A background thread serves librdkafka's delivery
/// reports, so callers never poll and completions run on that thread.
public final class Producer: @unchecked Sendable {
    /// Counts of delivery reports so far.
    public struct Statistics: Hashable, Sendable {
        public var delivered = 0
        public var failed = 0
        public var lastFailure: String?
    }

    public static let defaults: [String: String] = [
        "enable.idempotence": "true",
        "compression.codec": "snappy",
    ]

    private let handle: ClientHandle
    private let ledger: DeliveryLedger
    private let topicsLock = NSLock()
    private var topics: [String: OpaquePointer] = [:]
    private let poller: WorkerThread

    public init(properties: KafkaProperties, onEvent: @escaping ClientEventHandler = { _ in }) throws(KafkaError) {
        let context = CallbackContext(onEvent: onEvent)
        let ledger = DeliveryLedger()
        context.onDelivery = { token, result in ledger.settle(token, with: result) }
        self.ledger = ledger
        handle = try ClientHandle(kind: RD_KAFKA_PRODUCER, properties: properties.forProducer().withDefaults(Self.defaults), context: context)
        let handle = self.handle
        poller = WorkerThread(name: "flightdeck-producer") { _ = rd_kafka_poll(handle.pointer, 100) }
    }

    deinit {
        poller.stop()
        rd_kafka_flush(handle.pointer, 1000)
        for topic in topics.values {
            rd_kafka_topic_destroy(topic)
        }
    }

    public var currentStatistics: Statistics { ledger.currentStatistics }

    /// Queues one message. `completion` runs once with the delivery report (on the producer's thread).
    /// Blocks while librdkafka's queue is full rather than dropping the message.
    public func send(topic: String, key: [UInt8]?, value: [UInt8],
                     completion: (@Sendable (DeliveryResult) -> Void)? = nil) throws(KafkaError) {
        let topicHandle = try topicHandle(named: topic)
        let token = ledger.register(completion)
        while true {
            let status = value.withUnsafeBytes { valueBytes in
                withOptionalBytes(key) { keyBytes in
                    rd_kafka_produce(topicHandle, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY,
                                     UnsafeMutableRawPointer(mutating: valueBytes.baseAddress), valueBytes.count,
                                     keyBytes?.baseAddress, keyBytes?.count ?? 0,
                                     UnsafeMutableRawPointer(bitPattern: token))
                }
            }
            if status == 0 { return }
            let code = rd_kafka_last_error()
            if code == RD_KAFKA_RESP_ERR__QUEUE_FULL {
                usleep(1000)
                continue
            }
            ledger.cancel(token)
            throw .produce(KafkaError.reason(code))
        }
    }

    /// Publishes an event to its topic, keyed by its drone id.
    public func send(_ event: Event, completion: (@Sendable (DeliveryResult) -> Void)? = nil) throws(KafkaError) {
        let topic = Topic.destination(of: event.type).rawValue
        try send(topic: topic, key: event.droneID.map { Array($0.utf8) }, value: EventEncoder.encode(event), completion: completion)
    }

    /// Waits until every queued message has its delivery report; returns how many are still outstanding.
    @discardableResult
    public func flush(timeoutMilliseconds: Int32) -> Int {
        _ = rd_kafka_flush(handle.pointer, timeoutMilliseconds)
        return Int(rd_kafka_outq_len(handle.pointer))
    }

    /// Drops every message still queued or in flight, so librdkafka stops trying to deliver it once the caller
    /// has given up on it (their delivery reports say "purged"); returns how many there were. A message already
    /// written to a broker's socket may still land: librdkafka cannot call it back.
    @discardableResult
    public func abandonOutstanding() -> Int {
        let outstanding = Int(rd_kafka_outq_len(handle.pointer))
        _ = rd_kafka_purge(handle.pointer, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT)
        return outstanding
    }

    private func topicHandle(named name: String) throws(KafkaError) -> OpaquePointer {
        topicsLock.lock()
        defer { topicsLock.unlock() }
        if let existing = topics[name] { return existing }
        guard let created = rd_kafka_topic_new(handle.pointer, name, nil) else {
            throw .produce("topic '\(name)': \(KafkaError.reason(rd_kafka_last_error()))")
        }
        topics[name] = created
        return created
    }
}

private func withOptionalBytes<R>(_ bytes: [UInt8]?, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    guard let bytes else { return body(nil) }
    return bytes.withUnsafeBytes { body($0) }
}
