/// Decodes one message into an `Event` in a single pass over its bytes.
///
/// This is the console's hot path: it reads only what the state needs, allocates only the strings it keeps,
/// and never uses Foundation's JSON parsers (ten times slower than librdkafka delivers). Any malformed input
/// ends in a `DecodeError` naming the reason, never a crash; nesting is bounded by `maxDepth`.
public struct EventDecoder: Sendable {
    public let maxDepth: Int
    /// Keep the message's bytes in `Event.raw`, so unknown fields survive and the detail view can show them.
    public let keepsRawBytes: Bool

    /// - Parameters:
    ///   - maxDepth: The deepest nesting of objects and arrays a message may have, between 2 and 512.
    ///   - keepsRawBytes: Whether decoded events carry the message's bytes in `Event.raw`.
    public init(maxDepth: Int = 64, keepsRawBytes: Bool = true) {
        self.maxDepth = min(max(2, maxDepth), ByteReader.nestingCeiling)
        self.keepsRawBytes = keepsRawBytes
    }

    /// Decodes a message held in an array; the event's `raw` shares the array's storage instead of copying it.
    public func decode(_ bytes: [UInt8]) throws(DecodeError) -> Event {
        var event = try bytes.withUnsafeBufferPointer { (buffer) throws(DecodeError) -> Event in
            try Self.event(from: buffer, maxDepth: maxDepth)
        }
        if keepsRawBytes { event.raw = bytes }
        return event
    }

    /// Decodes a message in memory someone else owns, such as a Kafka message's payload.
    public func decode(_ bytes: UnsafeRawBufferPointer) throws(DecodeError) -> Event {
        try decode(bytes.assumingMemoryBound(to: UInt8.self))
    }

    public func decode(_ text: String) throws(DecodeError) -> Event {
        try decode(Array(text.utf8))
    }

    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> Event {
        var event = try Self.event(from: bytes, maxDepth: maxDepth)
        if keepsRawBytes { event.raw = Array(bytes) }
        return event
    }

    /// Reads the envelope and its data in one pass. `DataFields` collects every field any payload uses,
    /// so `data` can be read where it stands, before or after `type`.
    private static func event(from bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws(DecodeError) -> Event {
        var reader = ByteReader(bytes, maxDepth: maxDepth)
        guard let first = reader.peek() else { throw .empty }
        guard first == UInt8(ascii: "{") else {
            try reader.skipValue()
            throw .notAnObject
        }
        var envelope = Envelope()
        try reader.openObject()
        var isFirst = true
        while let key = try reader.nextKey(first: &isFirst) {
            try envelope.read(key, from: &reader)
        }
        try reader.expectEnd()

        guard let id = envelope.id else { throw .missingField("id") }
        guard let type = envelope.type else { throw .missingField("type") }
        guard let timestamp = envelope.timestamp else { throw .missingField("timestamp") }
        guard let fields = envelope.data else { throw .missingField("data") }
        return Event(id: id, type: type, source: envelope.source ?? "", timestamp: timestamp,
                     payload: try PayloadBuilder.payload(of: type, from: fields))
    }
}

/// The envelope's own fields and its data.
private struct Envelope {
    var id: String?
    var type: EventType?
    var source: String?
    var timestamp: Timestamp?
    var data: DataFields?

    mutating func read(_ key: ByteSpan, from reader: inout ByteReader) throws(DecodeError) {
        // The length picks the one key worth comparing, as in `DataFields`.
        switch key.utf8Count {
        case 2 where key.equals("id"):
            id = try DataFields.string("id", &reader)
        case 4 where key.equals("type"):
            type = try DataFields.stringSpan("type", &reader).map(Self.eventType)
        case 6 where key.equals("source"):
            source = try DataFields.string("source", &reader)
        case 9 where key.equals("timestamp"):
            timestamp = try DataFields.timestamp("timestamp", &reader)
        case 4 where key.equals("data"):
            if reader.consumeNull() {
                data = nil
                return
            }
            guard reader.peek() == UInt8(ascii: "{") else { throw DataFields.wrongType("data", expected: "an object", &reader) }
            data = try DataFields(reading: &reader)
        default:
            try reader.skipValue()
        }
    }

    /// The type `span` names. Known types longer than 15 bytes, which a `String` would keep on the heap,
    /// reuse their constants, so the hot path allocates nothing for them.
    private static func eventType(_ span: ByteSpan) -> EventType {
        switch span.bytes.count {
        case 20 where span.equals("drone.status.changed"): .droneStatusChanged
        case 22 where span.equals("drone.location.updated"): .droneLocationUpdated
        case 18 where span.equals("alert.acknowledged"): .alertAcknowledged
        case 16 where span.equals("command.accepted"): .commandAccepted
        case 16 where span.equals("command.rejected"): .commandRejected
        case 17 where span.equals("command.completed"): .commandCompleted
        default: EventType(rawValue: span.string)
        }
    }
}
