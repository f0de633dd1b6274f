/// Why a message could not be decoded into an `Event`. Every malformed input ends here, never in a crash.
public enum DecodeError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    /// The bytes are not valid JSON; `offset` is where the parser gave up.
    case invalidJSON(offset: Int, reason: String)
    /// Objects or arrays nested deeper than the decoder accepts.
    case tooDeep(limit: Int)
    case notAnObject
    case missingField(String)
    case wrongType(field: String, expected: String)
    case invalidTimestamp(String)
    /// A number that cannot be what the field means (latitude 200, battery -5, 1e400).
    case outOfRange(field: String, value: String)
    /// The event's timestamp runs further ahead of its Kafka message's timestamp than `ClockSkewBound` allows.
    case aheadOfMessageTime(timestamp: Timestamp, messageTime: Timestamp, boundSeconds: Int64)

    public var description: String {
        switch self {
        case .empty: "empty message"
        case .invalidJSON(let offset, let reason): "invalid JSON at byte \(offset): \(reason)"
        case .tooDeep(let limit): "JSON nested deeper than \(limit) levels"
        case .notAnObject: "message is not a JSON object"
        case .missingField(let field): "missing field '\(field)'"
        case .wrongType(let field, let expected): "field '\(field)' should be \(expected)"
        case .invalidTimestamp(let text): "timestamp '\(Self.excerpt(text))' is not ISO-8601"
        case .outOfRange(let field, let value): "field '\(field)' is out of range: \(Self.excerpt(value))"
        case .aheadOfMessageTime(let timestamp, let messageTime, let bound):
            "timestamp \(timestamp) is more than \(bound)s ahead of its Kafka message (\(messageTime))"
        }
    }

    /// Text quoted from a message, cut short: a reason must fit on the status line whatever a sender put in the field.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        text.count <= limit ? text : text.prefix(limit) + "…"
    }
}
