import FlightDeckCore

/// A message that could not be decoded, and where it sits.
public struct DecodeFailure: Hashable, Sendable, CustomStringConvertible {
    public var topic: String
    public var partition: Int32
    public var offset: Int64
    public var error: DecodeError

    public var description: String { "\(topic)[\(partition)]@\(offset): \(error)" }
}

/// What one read returned: the decoded events in arrival order, and what failed to decode.
public struct ReadBatch: Sendable {
    public var events: [Event] = []
    public var failures: [DecodeFailure] = []
    public var bytes = 0
    /// How long decoding took for a sample of the events (one in `EventReader.timingInterval`), for metrics.
    public var decodeTimings: [(type: EventType, seconds: Double)] = []
    /// The offsets this read took in, per partition, decoded or not.
    public var consumed = ConsumedRanges()
    /// Per partition read from, the offset after the last message read: what a group commits once the batch is handled.
    public var nextOffsets: [TopicPartitionOffset] {
        consumed.ranges.map { TopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: $0.next) }
    }

    public init() {}

    public var isEmpty: Bool { events.isEmpty && failures.isEmpty }
}

/// Polls a consumer and decodes on the polling thread, handing events over in batches
/// so the UI thread only folds them into state.
public struct EventReader: Sendable {
    public let consumer: Consumer
    public let decoder: EventDecoder
    public let batchSize: Int
    public let clockSkew: ClockSkewBound
    /// One message in this many (by offset) has its decode timed: two clock reads, not two per message.
    public static let timingInterval = 64

    public init(consumer: Consumer, decoder: EventDecoder = EventDecoder(), batchSize: Int = 1000,
                clockSkew: ClockSkewBound = .standard) {
        self.consumer = consumer
        self.decoder = decoder
        self.batchSize = batchSize
        self.clockSkew = clockSkew
    }

    /// Waits up to `maxWaitMilliseconds` for the first message, then takes what is already there, up to `batchSize`.
    /// With `bounds`, a message is taken only below where that range ends in its partition: the rest is passed over.
    public func readBatch(maxWaitMilliseconds: Int32, within bounds: ConsumedRanges? = nil) -> ReadBatch {
        var batch = ReadBatch()
        var wait = maxWaitMilliseconds
        while batch.events.count + batch.failures.count < batchSize {
            let got = consumer.poll(timeoutMilliseconds: wait) { record in
                if let bounds, record.offset >= bounds.next(topic: record.topic, partition: record.partition) ?? 0 { return }
                batch.bytes += record.value.count
                // Chosen by offset, so the sample holds across batches of any size.
                let started: ContinuousClock.Instant? = record.offset % Int64(Self.timingInterval) == 0 ? .now : nil
                batch.consumed.record(topic: record.topic, partition: record.partition, offset: record.offset)
                let messageTime = record.timestampMilliseconds.map(Timestamp.init(millisecondsSinceEpoch:))
                switch Result(catching: { () throws(DecodeError) in
                    let event = try decoder.decode(record.value)
                    try clockSkew.check(event, messageTime: messageTime)
                    return event
                }) {
                case .success(let event):
                    if let started {
                        batch.decodeTimings.append((event.type, (ContinuousClock.now - started) / .seconds(1)))
                    }
                    batch.events.append(event)
                case .failure(let error):
                    batch.failures.append(DecodeFailure(topic: record.topic, partition: record.partition, offset: record.offset, error: error))
                }
            }
            guard got else { break }
            wait = 0
        }
        return batch
    }
}
