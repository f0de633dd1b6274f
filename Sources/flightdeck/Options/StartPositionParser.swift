import FlightDeckCore
import FlightDeckKafka

/// Reads `--from`: `end`, `beginning`, an RFC 3339 time, or a duration back from now (`-15m`, `-2h`, `-30s`, `-1d`).
enum StartPositionParser {
    static func parse(_ text: String, now: Timestamp) -> StartPosition? {
        switch text.lowercased() {
        case "end", "latest", "now": return .end
        case "beginning", "earliest", "start": return .beginning
        default: break
        }
        if let time = Timestamp(iso8601: text) {
            return .time(time)
        }
        guard text.hasPrefix("-"), let unit = text.last, let amount = Double(text.dropFirst().dropLast()), amount >= 0 else {
            return nil
        }
        let secondsPerUnit: Double
        switch unit {
        case "s": secondsPerUnit = 1
        case "m": secondsPerUnit = 60
        case "h": secondsPerUnit = 3600
        case "d": secondsPerUnit = 86_400
        default: return nil
        }
        return .time(now.adding(milliseconds: -Int64(amount * secondsPerUnit * 1000)))
    }
}
