import CRdKafka
import FlightDeckCore

/// Error codes the Kafka layer reacts to, as plain integers so callers need not import librdkafka.
public enum RdKafkaCodes {
    public static let allBrokersDown = RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN.rawValue
    public static let transport = RD_KAFKA_RESP_ERR__TRANSPORT.rawValue
    public static let messageTimedOut = RD_KAFKA_RESP_ERR__MSG_TIMED_OUT.rawValue
}

/// State shared with librdkafka's C callbacks through the client's opaque pointer.
final class CallbackContext: @unchecked Sendable {
    let onEvent: ClientEventHandler
    /// Set once by a producer before the client exists; read only from librdkafka's callback thread.
    var onDelivery: ((UInt, DeliveryResult) -> Void)?

    init(onEvent: @escaping ClientEventHandler) {
        self.onEvent = onEvent
    }
}

/// Owns one `rd_kafka_t` and routes its errors and logs to a handler instead of stderr,
/// where they would tear through the console's screen.
final class ClientHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    let context: CallbackContext

    init(kind: rd_kafka_type_t, properties: KafkaProperties, context: CallbackContext) throws(KafkaError) {
        let conf = try properties.makeConfiguration()
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(context).toOpaque())
        rd_kafka_conf_set_error_cb(conf) { _, code, reason, opaque in
            guard let opaque else { return }
            let context = Unmanaged<CallbackContext>.fromOpaque(opaque).takeUnretainedValue()
            let fatal = code == RD_KAFKA_RESP_ERR__FATAL.rawValue
            context.onEvent(.error(code: code, reason: reason.map { String(cString: $0) } ?? "", fatal: fatal))
        }
        rd_kafka_conf_set_log_cb(conf) { rk, level, facility, message in
            guard let rk, let opaque = rd_kafka_opaque(rk) else { return }
            let context = Unmanaged<CallbackContext>.fromOpaque(opaque).takeUnretainedValue()
            context.onEvent(.log(level: level,
                                 facility: facility.map { String(cString: $0) } ?? "",
                                 message: message.map { String(cString: $0) } ?? ""))
        }
        if context.onDelivery != nil {
            rd_kafka_conf_set_dr_msg_cb(conf) { _, message, opaque in
                guard let message, let opaque else { return }
                let context = Unmanaged<CallbackContext>.fromOpaque(opaque).takeUnretainedValue()
                let token = UInt(bitPattern: message.pointee._private)
                let result: DeliveryResult
                if message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                    let topic = String(cString: rd_kafka_topic_name(message.pointee.rkt))
                    result = .success(DeliveryReceipt(topic: topic, partition: message.pointee.partition, offset: message.pointee.offset))
                } else {
                    result = .failure(.delivery(KafkaError.reason(message.pointee.err)))
                }
                context.onDelivery?(token, result)
            }
        }
        var errstr = [CChar](repeating: 0, count: 512)
        guard let rk = rd_kafka_new(kind, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            throw .clientCreation(String(errorBuffer: errstr))
        }
        self.pointer = rk
        self.context = context
    }

    deinit {
        rd_kafka_destroy(pointer)
    }

    /// The cluster's brokers and topics, asked of any broker that answers. Without `allTopics`, only the topics
    /// this client already uses are described: a cheap request for asking often whether the cluster answers.
    func metadata(timeoutMilliseconds: Int32 = 5000, allTopics: Bool = true) throws(KafkaError) -> ClusterMetadata {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let code = rd_kafka_metadata(pointer, allTopics ? 1 : 0, nil, &metadata, timeoutMilliseconds)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw .metadata(KafkaError.reason(code))
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        var topics: [String: Int32] = [:]
        var layouts: [TopicLayout] = []
        for index in 0..<Int(metadata.pointee.topic_cnt) {
            let topic = metadata.pointee.topics[index]
            let name = String(cString: topic.topic)
            let partitions = (0..<Int(topic.partition_cnt)).map { Self.layout(of: topic.partitions[$0]) }
            layouts.append(TopicLayout(name: name, partitions: partitions,
                                       error: topic.err == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : KafkaError.reason(topic.err)))
            guard topic.err == RD_KAFKA_RESP_ERR_NO_ERROR else { continue }
            topics[name] = topic.partition_cnt
        }
        let brokers = (0..<Int(metadata.pointee.broker_cnt)).map { index in
            let broker = metadata.pointee.brokers[index]
            return BrokerAddress(id: broker.id, host: String(cString: broker.host), port: broker.port)
        }
        return ClusterMetadata(brokerCount: brokers.count, partitionCounts: topics,
                               layout: ClusterLayout(brokers: brokers, topics: layouts))
    }

    private static func layout(of partition: rd_kafka_metadata_partition) -> PartitionLayout {
        PartitionLayout(id: partition.id, leader: partition.leader,
                        replicas: (0..<Int(partition.replica_cnt)).map { partition.replicas[$0] },
                        inSyncReplicas: (0..<Int(partition.isr_cnt)).map { partition.isrs[$0] })
    }
}

extension ClientHandle {
    /// Low and high watermarks of one partition, asked of its leader.
    func watermarks(topic: String, partition: Int32, timeoutMilliseconds: Int32) throws(KafkaError) -> (low: Int64, high: Int64) {
        var low: Int64 = 0
        var high: Int64 = 0
        let code = rd_kafka_query_watermark_offsets(pointer, topic, partition, &low, &high, timeoutMilliseconds)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw .offsets("\(topic)[\(partition)]: \(KafkaError.reason(code))")
        }
        return (low, high)
    }
}
