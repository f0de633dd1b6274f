import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Follows one drone's events across every topic: the headless twin of the console's drone view.
struct Tail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one drone's events as they arrive, until Ctrl-C.",
        discussion: """
            Reads every topic without joining a consumer group. JSON lines by default (one event per line, \
            ready for jq); --format pretty indents each event under a one-line heading.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, pretty
    }

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions

    @Option(help: ArgumentHelp("The drone: its id (drone-007) or number (7).", valueName: "id"))
    var drone: String

    @Option(help: "json (one event per line) or pretty.")
    var format: Format = .json

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Where to start: end, beginning, an RFC 3339 time or a duration back from now (-15m).", valueName: "position"))
    var from: String = "end"

    func run() throws {
        guard let start = StartPositionParser.parse(from, now: Clock.now()) else {
            throw ValidationError("--from '\(from)' is not end, beginning, an RFC 3339 time or a duration like -15m")
        }
        let droneID = DroneName.normalized(drone)
        let consumer = try Consumer(properties: try connection.kafkaProperties(try settings.load()))
        try consumer.assign(topics: Topic.allCases.map(\.rawValue), from: start)
        let reader = EventReader(consumer: consumer)
        let interrupt = InterruptSignal()
        while !interrupt.received {
            let lines = reader.readBatch(maxWaitMilliseconds: 200).events
                .filter { $0.droneID == droneID }
                .map { format == .json ? Self.jsonLine($0) : Self.prettyBlock($0) }
            guard !lines.isEmpty else { continue }
            FileHandle.standardOutput.write(Data(lines.joined().utf8))
        }
    }

    static func jsonLine(_ event: Event) -> String {
        TerminalSafeText.escapingControls(in: String(decoding: EventEncoder.encode(event), as: UTF8.self)) + "\n"
    }

    static func prettyBlock(_ event: Event) -> String {
        let body = (try? JSONValue.parse(EventEncoder.encode(event)).prettyPrinted()) ?? ""
        return "── \(event.timestamp.iso8601)  \(event.type)  \(event.source)\n" + TerminalSafeText.escapingControls(in: body) + "\n"
    }
}

/// Text from the wire made harmless for a terminal: C0 and C1 controls, DEL and bidi overrides become
/// visible `\u` escapes. Inside JSON strings this keeps the JSON equal; JSON's own newlines are kept.
enum TerminalSafeText {
    static func escapingControls(in text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
            let isBidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if isControl || isBidi {
                let hex = String(value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
