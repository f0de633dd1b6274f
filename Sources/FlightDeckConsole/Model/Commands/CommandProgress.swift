import FlightDeckCore

/// A command's life as the operator sees it: first the console's own delivery to Kafka, then the drone
/// side's answers read back from `drone-commands`.
enum CommandProgress: Hashable, Sendable {
    /// Published, no delivery report yet.
    case pending
    /// Published, and no delivery report came within the timeout.
    case noDeliveryReport
    case undeliverable(reason: String)
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
            case .undeliverable(let reason): self = .undeliverable(reason: reason)
            case .delivered: self = .delivered
            case .pending where seen != nil: self = .delivered
            case .pending:
                let waited = now.millisecondsSinceEpoch - sent.sentAt.millisecondsSinceEpoch
                self = waited > milliseconds ? .noDeliveryReport : .pending
            }
        }
    }

    var label: String {
        switch self {
        case .pending: "pending"
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

    /// Why the command did not go through, when someone said.
    var reason: String? {
        switch self {
        case .undeliverable(let reason): reason
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
