import Foundation

/// The bounded queue between the threads that consume Kafka and the console's UI loop.
///
/// Many producers push; the UI loop drains without waiting. When the inbox is full, `push` waits: nothing
/// is ever dropped, and the back pressure reaches the consumer thread (librdkafka keeps buffering).
/// `close()` wakes every waiting producer so that shutting down never hangs.
public final class ConsoleInbox: @unchecked Sendable {
    /// Inputs held at most; a batch of events counts as one.
    public let capacity: Int
    private let condition = NSCondition()
    private var inputs: [ConsoleInput] = []
    private var closed = false

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Adds `input`, waiting while the inbox is full. Returns `false`, without adding it, once the inbox is closed.
    @discardableResult
    public func push(_ input: ConsoleInput) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while inputs.count >= capacity && !closed {
            condition.wait()
        }
        guard !closed else { return false }
        inputs.append(input)
        return true
    }

    /// Adds `input` only if there is room right now: for callers that must never wait, such as librdkafka's
    /// own threads reporting a log line. Returns whether it was added.
    @discardableResult
    public func offer(_ input: ConsoleInput) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !closed, inputs.count < capacity else { return false }
        inputs.append(input)
        return true
    }

    /// Takes up to `max` inputs, oldest first, without waiting.
    public func drain(max: Int) -> [ConsoleInput] {
        condition.lock()
        defer { condition.unlock() }
        let count = min(max, inputs.count)
        guard count > 0 else { return [] }
        let taken = Array(inputs.prefix(count))
        inputs.removeFirst(count)
        condition.broadcast()
        return taken
    }

    /// Stops accepting inputs and releases every producer waiting in `push`. Inputs already queued can still be drained.
    public func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    public var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
