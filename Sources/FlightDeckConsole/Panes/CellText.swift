import FlightDeckCore

/// Number and time formatting for cells, without the locale: the same text in tests and terminals.
enum CellText {
    /// `value` with exactly `decimals` digits after the point, e.g. `fixed(-33.868801, decimals: 4)` is "-33.8688".
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "?" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return value < 0 ? "-∞" : "∞" }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(units) }
        let fraction = String(units % divisor)
        let padding = String(repeating: "0", count: decimals - fraction.count)
        return sign + String(units / divisor) + "." + padding + fraction
    }

    /// `12345` as "12,345".
    static func grouped(_ value: Int) -> String {
        CountText.grouped(Int64(value))
    }

    /// How long before `now` `time` was, as `age(milliseconds:)` writes it.
    static func age(of time: Timestamp, at now: Timestamp) -> String {
        age(milliseconds: now.millisecondsSinceEpoch - time.millisecondsSinceEpoch)
    }

    /// A short age: "3s", "2m", "5h", "4d". Ages below zero (clock skew) show as "0s".
    static func age(milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds) / 1000
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        default: return "\(seconds / 86_400)d"
        }
    }

    /// The time of day in UTC with milliseconds, "10:30:00.250", as event times are compared across services.
    static func clock(_ time: Timestamp) -> String {
        let millisecondsPerDay: Int64 = 86_400_000
        let ofDay = ((time.millisecondsSinceEpoch % millisecondsPerDay) + millisecondsPerDay) % millisecondsPerDay
        let seconds = ofDay / 1000
        return padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2) + ":" + padded(seconds % 60, 2)
            + "." + padded(ofDay % 1000, 3)
    }

    private static func padded(_ value: Int64, _ digits: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
