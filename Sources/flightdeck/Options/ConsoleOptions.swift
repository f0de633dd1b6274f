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

    @Option(help: ArgumentHelp("Colour theme: a file name in themes/ without .theme (default: default).", valueName: "name"))
    var theme: String?

    @Option(help: ArgumentHelp("Seconds without news before a drone is marked stale (default: 10).", valueName: "seconds"))
    var staleAfter: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Where to start reading: end, beginning, an RFC 3339 time (2025-08-03T10:00:00Z) or a duration back from now (-15m, -2h, -30s).",
        valueName: "position"))
    var from: String?

    @Option(help: ArgumentHelp("Read as a member of this consumer group, committing offsets, instead of reading every partition alone.", valueName: "group"))
    var group: String?

    @Option(help: ArgumentHelp("On exit, write the fleet state and the offsets it was built from to this file, for `flightdeck verify`.",
                               valueName: "file"))
    var saveState: String?

    func operatorName(_ settings: ConfigFile) -> String {
        `operator` ?? settings.operatorName ?? ProcessInfo.processInfo.environment["USER"] ?? "operator"
    }

    /// The consumer group to read as, if any.
    func group(_ settings: ConfigFile) -> String? {
        group ?? settings.groupID
    }

    /// The start position asked for, or `fallback` when --from was not given.
    func validate() throws {
        if let staleAfter, !(staleAfter > 0 && staleAfter.isFinite) {
            throw ValidationError("--stale-after must be a number of seconds above 0")
        }
    }

    /// The start position asked for, else the settings file's auto_offset_reset, else `fallback`.
    func startPosition(now: Timestamp, settings: ConfigFile, fallback: StartPosition) throws -> StartPosition {
        guard let from else {
            switch settings.autoOffsetReset {
            case "earliest": return .beginning
            case "latest": return .end
            default: return fallback
            }
        }
        guard let position = StartPositionParser.parse(from, now: now) else {
            throw ValidationError("--from '\(from)' is not end, beginning, an RFC 3339 time or a duration like -15m")
        }
        return position
    }

    func configuration(title: String, settings: ConfigFile) throws -> ConsoleConfiguration {
        ConsoleConfiguration(
            title: title,
            operatorName: operatorName(settings),
            readOnly: readOnly || settings.readOnly == true,
            staleAfter: .milliseconds(Int64((staleAfter ?? settings.staleAfter ?? 10) * 1000)),
            theme: try ThemeLocator.load(named: theme ?? settings.theme ?? "default")
        )
    }
}
