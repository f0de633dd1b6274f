import FlightDeckCore

/// A command's life as the operator sees it: first the console's own delivery to Kafka, then the drone
/// side's answers read back from `drone-commands`.
enum CommandProgress: Hashable, Sendable {
    /// Published, no delivery report yet; librdkafka gives up on it in `secondsLeft`.
    case pending(secondsLeft: Int)
    /// Published, and no delivery report came within the timeout: it may still be in librdkafka's queue.
    case noDeliveryReport
    /// Kafka's delivery report said no; `retriedAs` names the new command the operator sent in its place.
    case undeliverable(reason: String, retriedAs: String?)
    case delivered
    /// Seen on `drone-commands`, sent by another console.
    case issued
    case accepted
    case completed
    case rejected(reason: String?)
    case failed(reason: String?)

    /// Combines what this console sent (`sent`) with what `drone-commands` says (`seen`) at `now`.
    init(sent: SentCommand?, seen: CommandState?, now: Timestamp, timeout milliseconds: Int64) {
        switch seen?.phase {
        case .accepted?: self = .accepted
        case .completed?: self = .completed
        case .rejected?: self = .rejected(reason: seen?.message)
        case .failed?: self = .failed(reason: seen?.message)
        case .issued?, nil:
            guard let sent else {
                self = .issued
                return
            }
            switch sent.delivery {
            case .undeliverable(let reason): self = .undeliverable(reason: reason, retriedAs: sent.retriedAs)
            case .delivered: self = .delivered
            case .pending where seen != nil: self = .delivered
            case .pending:
                let deadline = DeliveryDeadline(sentAt: sent.sentAt, timeoutMilliseconds: milliseconds)
                self = deadline.secondsLeft(at: now).map { .pending(secondsLeft: $0) } ?? .noDeliveryReport
            }
        }
    }

    var label: String {
        switch self {
        case .pending(let secondsLeft): "pending \(secondsLeft)s left"
        case .noDeliveryReport: "no delivery report"
        case .undeliverable: "undeliverable"
        case .delivered: "delivered"
        case .issued: "issued"
        case .accepted: "accepted"
        case .completed: "completed"
        case .rejected: "rejected"
        case .failed: "failed"
        }
    }

    /// Why the command did not go through, when someone said, and what the operator did about it.
    var reason: String? {
        switch self {
        case .undeliverable(let reason, let retriedAs): retriedAs.map { "\(reason); sent again as \($0)" } ?? reason
        case .rejected(let reason), .failed(let reason): reason
        default: nil
        }
    }

    /// The label with its reason, for lines that have the room.
    var text: String {
        reason.map { "\(label): \($0)" } ?? label
    }

    var role: ThemeRole {
        switch self {
        case .pending, .delivered, .issued, .accepted: .statusWarn
        case .completed: .statusOK
        case .noDeliveryReport, .undeliverable, .rejected, .failed: .statusBad
        }
    }
}
