import ArgumentParser
import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// What the console shows and who is using it.
struct ConsoleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who is at the console; carried by every command and ack.", valueName: "name"))
    var `operator`: String?

    @Flag(help: "Refuse every command and acknowledgement.")
    var readOnly = false

    @Option(help: ArgumentHelp("Colour theme: a file name in themes/ without .theme.", valueName: "name"))
    var theme: String = "default"

    @Option(help: ArgumentHelp("Seconds without news before a drone is marked stale.", valueName: "seconds"))
    var staleAfter: Double = 10

    @Option(help: ArgumentHelp(
        "Where to start reading: end, beginning, an RFC 3339 time (2025-08-03T10:00:00Z) or a duration back from now (-15m, -2h, -30s).",
        valueName: "position"))
    var from: String?

    @Option(help: ArgumentHelp("Read as a member of this consumer group, committing offsets, instead of reading every partition alone.", valueName: "group"))
    var group: String?

    var operatorName: String {
        `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? "operator"
    }

    /// The start position asked for, or `fallback` when --from was not given.
    func validate() throws {
        guard staleAfter > 0, staleAfter.isFinite else { throw ValidationError("--stale-after must be a number of seconds above 0") }
    }

    func startPosition(now: Timestamp, fallback: StartPosition) throws -> StartPosition {
        guard let from else { return fallback }
        guard let position = StartPositionParser.parse(from, now: now) else {
            throw ValidationError("--from '\(from)' is not end, beginning, an RFC 3339 time or a duration like -15m")
        }
        return position
    }

    func configuration(title: String) throws -> ConsoleConfiguration {
        ConsoleConfiguration(
            title: title,
            operatorName: operatorName,
            readOnly: readOnly,
            staleAfter: .milliseconds(Int64(staleAfter * 1000)),
            theme: try ThemeLocator.load(named: theme)
        )
    }
}
