/// Why a benchmark could not produce trustworthy figures, and what to change.
public enum BenchmarkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The producer did not get every preloaded message acknowledged.
    case preloadIncomplete(delivered: Int, expected: Int, lastFailure: String?)
    /// The cluster kept fewer messages than were produced: the mock cluster's small retention dropped some.
    case truncated(retained: Int, produced: Int, partitions: Int32)
    /// Consuming stopped short, or read more than was produced.
    case countMismatch(consumed: Int, expected: Int, decodeFailures: Int)
    /// Nothing more arrived for too long.
    case stalled(received: Int, expected: Int, seconds: Int)
    /// Someone else published to the topics while the benchmark read them.
    case topicsChanged(extraMessages: Int)
    /// kcat read a different amount of data than was produced.
    case kcatMismatch(bytes: Int, expectedBytes: Int, messages: Int, expectedMessages: Int)
    case kcatFailed(topic: String, status: Int32)
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .preloadIncomplete(let delivered, let expected, let lastFailure):
            "only \(delivered) of \(expected) preloaded messages were delivered" + (lastFailure.map { " (last failure: \($0))" } ?? "")
        case .truncated(let retained, let produced, let partitions):
            "the cluster kept \(retained) of \(produced) messages produced over \(partitions) partitions per topic: "
                + "the embedded cluster keeps only a few MB per partition; raise --partitions or lower --events"
        case .countMismatch(let consumed, let expected, let failures):
            "consumed \(consumed) messages but \(expected) were produced (\(failures) failed to decode); the figures would be wrong"
        case .stalled(let received, let expected, let seconds):
            "received \(received) of \(expected) messages, then nothing for \(seconds) s"
        case .topicsChanged(let extra):
            "\(extra) messages from other producers arrived while the benchmark read the topics, so its counts cannot be "
                + "checked; run it on topics nobody else writes to"
        case .kcatMismatch(let bytes, let expectedBytes, let messages, let expectedMessages):
            "kcat read \(messages) messages (\(bytes) bytes) but \(expectedMessages) (\(expectedBytes) bytes) were produced"
        case .kcatFailed(let topic, let status):
            "kcat exited with status \(status) reading \(topic)"
        case .invalidParameter(let text):
            text
        }
    }
}
