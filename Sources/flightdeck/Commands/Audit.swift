import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Prints the operators' audit trail: the `user.action` events consoles publish to `user-events`.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the operators' actions (console start and stop, commands, acks, read-only refusals) and exit.",
        discussion: """
            Reads user-events up to now, one action per line: time, operator@host, action, target, result.
            Example: flightdeck audit --brokers kafka:9092 --operator 李工 --since -2h
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions

    @Option(help: ArgumentHelp("Only this operator's actions.", valueName: "name"))
    var `operator`: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Where to start: beginning, an RFC 3339 time or a duration back from now (-2h).", valueName: "time"))
    var since: String = "beginning"

    /// Empty polls in a row after which the trail is taken to be read up to now.
    static let idlePolls = 3

    func run() throws {
        guard let start = StartPositionParser.parse(since, now: Clock.now()) else {
            throw ValidationError("--since '\(since)' is not beginning, an RFC 3339 time or a duration like -2h")
        }
        let consumer = try Consumer(properties: try connection.kafkaProperties(try settings.load()))
        try consumer.assign(topics: [Topic.userEvents.rawValue], from: start)
        let reader = EventReader(consumer: consumer)
        var idle = 0
        while idle < Self.idlePolls {
            let batch = reader.readBatch(maxWaitMilliseconds: 300)
            idle = batch.isEmpty ? idle + 1 : 0
            let lines = batch.events.compactMap(line)
            if !lines.isEmpty {
                FileHandle.standardOutput.write(Data(lines.joined().utf8))
            }
        }
    }

    /// One action as a line, or nil for other events and other operators.
    func line(_ event: Event) -> String? {
        guard event.type == .userAction, case .user(let activity) = event.payload else { return nil }
        if let wanted = `operator`, activity.userID != wanted { return nil }
        let fields = [event.timestamp.iso8601, "\(activity.userID ?? "?")@\(activity.host ?? "?")", activity.action ?? "?",
                      activity.target ?? "-", activity.result ?? "-"]
        return TerminalSafeText.escapingControls(in: fields.joined(separator: "  ").replacingOccurrences(of: "\n", with: " ")) + "\n"
    }
}
