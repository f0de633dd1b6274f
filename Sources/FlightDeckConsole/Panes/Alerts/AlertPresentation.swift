import FlightDeckCore

/// How alerts look wherever they are shown: red for critical (act now), amber for warnings (act soon),
/// the advisory colour for the rest, as cockpits do.
enum AlertPresentation {
    static func role(of level: AlertLevel) -> ThemeRole {
        switch level {
        case .critical: .alertCritical
        case .warning: .alertWarning
        default: .alertInfo
        }
    }

    static func label(of phase: AlertPhase) -> String {
        switch phase {
        case .open: "open"
        case .acknowledged: "acked"
        case .resolved: "resolved"
        }
    }

    /// The state column: the alert's own phase, unless this console's acknowledgement is on its way (with the
    /// seconds librdkafka has left to deliver it) or failed.
    static func state(of phase: AlertPhase, acknowledgement: AcknowledgementLog.Entry?, now: Timestamp,
                      timeout: Int64) -> (text: String, role: ThemeRole) {
        guard phase == .open, let acknowledgement else {
            return (label(of: phase), phase == .open ? .statusWarn : .dim)
        }
        switch acknowledgement.delivery {
        case .undeliverable:
            return ("ack failed", .statusBad)
        case .pending:
            let deadline = DeliveryDeadline(sentAt: acknowledgement.sentAt, timeoutMilliseconds: timeout)
            guard let secondsLeft = deadline.secondsLeft(at: now) else { return ("ack no report", .statusBad) }
            return ("ack \(secondsLeft)s left", .statusWarn)
        case .delivered:
            return ("ack sent…", .statusWarn)
        }
    }
}
