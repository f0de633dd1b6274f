import CRdKafka
import FlightDeckCore

/// Asks the cluster about itself: the consumer groups it knows, and the health of its brokers and partitions.
public final class ClusterInspector: @unchecked Sendable {
    private let handle: ClientHandle

    public init(properties: KafkaProperties, onEvent: @escaping ClientEventHandler = { _ in }) throws(KafkaError) {
        handle = try ClientHandle(kind: RD_KAFKA_PRODUCER, properties: properties.forProducer(), context: CallbackContext(onEvent: onEvent))
    }

    /// Every consumer group's id, by the admin API's ListConsumerGroups. The mock cluster answers
    /// "unsupported"; that is thrown, so the caller can fall back to a configured list and say why.
    public func consumerGroups(timeoutMilliseconds: Int32 = 5000) throws(KafkaError) -> [String] {
        let queue = rd_kafka_queue_new(handle.pointer)
        defer { rd_kafka_queue_destroy(queue) }
        let options = rd_kafka_AdminOptions_new(handle.pointer, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        var errstr = [CChar](repeating: 0, count: 512)
        _ = rd_kafka_AdminOptions_set_request_timeout(options, timeoutMilliseconds, &errstr, errstr.count)
        rd_kafka_ListConsumerGroups(handle.pointer, options, queue)
        guard let event = rd_kafka_queue_poll(queue, timeoutMilliseconds + 1000) else {
            throw .groupListing("the cluster did not answer in time")
        }
        defer { rd_kafka_event_destroy(event) }
        guard rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_NO_ERROR, let result = rd_kafka_event_ListConsumerGroups_result(event) else {
            throw .groupListing(String(cString: rd_kafka_event_error_string(event)))
        }
        var errorCount = 0
        if let errors = rd_kafka_ListConsumerGroups_result_errors(result, &errorCount), errorCount > 0, let first = errors[0] {
            throw .groupListing(String(cString: rd_kafka_error_string(first)))
        }
        var count = 0
        let listings = rd_kafka_ListConsumerGroups_result_valid(result, &count)
        return (0..<count).compactMap { index in
            listings?[index].map { String(cString: rd_kafka_ConsumerGroupListing_group_id($0)) }
        }.sorted()
    }

    /// Brokers up or down, offline and under-replicated partitions, and which of `expectedTopics` are missing.
    public func health(expectedTopics: [String], timeoutMilliseconds: Int32 = 5000) throws(KafkaError) -> ClusterHealth {
        let layout = try handle.metadata(timeoutMilliseconds: timeoutMilliseconds).layout
        let reachable = layout.brokers.filter { BrokerProbe.isReachable(host: $0.host, port: $0.port) }.map(\.id)
        return ClusterHealth.evaluate(layout, reachable: Set(reachable), expectedTopics: expectedTopics)
    }
}
