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

    /// The state column: the alert's own phase, unless this console's acknowledgement is on its way or failed.
    static func state(of phase: AlertPhase, acknowledgement: AcknowledgementLog.Entry?, now: Timestamp,
                      timeout: Int64) -> (text: String, role: ThemeRole) {
        guard phase == .open, let acknowledgement else {
            return (label(of: phase), phase == .open ? .statusWarn : .dim)
        }
        switch acknowledgement.delivery {
        case .undeliverable:
            return ("ack failed", .statusBad)
        case .pending where now.millisecondsSinceEpoch - acknowledgement.sentAt.millisecondsSinceEpoch > timeout:
            return ("ack no report", .statusBad)
        case .pending, .delivered:
            return ("ack sent…", .statusWarn)
        }
    }
}
