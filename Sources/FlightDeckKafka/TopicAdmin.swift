import CRdKafka

/// Creates topics on a real cluster with the admin API. (The mock cluster cannot: use `EmbeddedCluster.createTopic`.)
public final class TopicAdmin: @unchecked Sendable {
    private let handle: ClientHandle

    public init(properties: KafkaProperties, onEvent: @escaping ClientEventHandler = { _ in }) throws(KafkaError) {
        handle = try ClientHandle(kind: RD_KAFKA_PRODUCER, properties: properties.forProducer(), context: CallbackContext(onEvent: onEvent))
    }

    /// Creates each topic that does not exist yet; returns the names it created.
    @discardableResult
    public func createTopics(_ names: [String], partitions: Int32, replicationFactor: Int32,
                             timeoutMilliseconds: Int32 = 15_000) throws(KafkaError) -> [String] {
        let existing = try handle.metadata(timeoutMilliseconds: timeoutMilliseconds).partitionCounts
        let missing = names.filter { existing[$0] == nil }
        guard !missing.isEmpty else { return [] }

        var errstr = [CChar](repeating: 0, count: 512)
        var newTopics: [OpaquePointer?] = []
        defer { newTopics.forEach { rd_kafka_NewTopic_destroy($0) } }
        for name in missing {
            guard let topic = rd_kafka_NewTopic_new(name, partitions, replicationFactor, &errstr, errstr.count) else {
                throw .topicCreation(topic: name, reason: String(errorBuffer: errstr))
            }
            newTopics.append(topic)
        }
        let queue = rd_kafka_queue_new(handle.pointer)
        defer { rd_kafka_queue_destroy(queue) }
        let options = rd_kafka_AdminOptions_new(handle.pointer, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMilliseconds, &errstr, errstr.count)

        rd_kafka_CreateTopics(handle.pointer, &newTopics, newTopics.count, options, queue)
        guard let event = rd_kafka_queue_poll(queue, timeoutMilliseconds + 5000) else {
            throw .topicCreation(topic: missing.joined(separator: ","), reason: "the cluster did not answer in time")
        }
        defer { rd_kafka_event_destroy(event) }
        guard rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_NO_ERROR, let result = rd_kafka_event_CreateTopics_result(event) else {
            throw .topicCreation(topic: missing.joined(separator: ","), reason: String(cString: rd_kafka_event_error_string(event)))
        }
        var count = 0
        let topics = rd_kafka_CreateTopics_result_topics(result, &count)
        for index in 0..<count {
            guard let topicResult = topics?[index] else { continue }
            let code = rd_kafka_topic_result_error(topicResult)
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR || code == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS else {
                let name = String(cString: rd_kafka_topic_result_name(topicResult))
                let message = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) } ?? KafkaError.reason(code)
                throw .topicCreation(topic: name, reason: message)
            }
        }
        return missing
    }
}
