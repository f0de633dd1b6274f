import FlightDeckCore

/// Reads what the operator typed after `:`.
enum CommandLineParser {
    struct Usage: Hashable, Sendable {
        let name: String
        let syntax: String
        let meaning: String
    }

    /// Every command, for the help overlay and for error messages.
    static let usage: [Usage] = [
        Usage(name: "rtb", syntax: "rtb [DRONE]", meaning: "return to base"),
        Usage(name: "land", syntax: "land [DRONE]", meaning: "land where it is"),
        Usage(name: "hold", syntax: "hold [DRONE]", meaning: "hold position"),
        Usage(name: "resume", syntax: "resume [DRONE]", meaning: "resume after a hold"),
        Usage(name: "takeoff", syntax: "takeoff [DRONE]", meaning: "take off"),
        Usage(name: "goto", syntax: "goto LAT LON ALT [DRONE]", meaning: "fly to a position, altitude in m"),
        Usage(name: "ack", syntax: "ack [ALERT]", meaning: "acknowledge an alert (default: selected)"),
        Usage(name: "retry", syntax: "retry [COMMAND]", meaning: "send an undelivered command again (default: as R)"),
        Usage(name: "drone", syntax: "drone DRONE", meaning: "open a drone's detail view (7 means drone-007)"),
        Usage(name: "help", syntax: "help", meaning: "show the keys"),
        Usage(name: "q", syntax: "q", meaning: "quit"),
    ]

    private static let droneCommands: [String: CommandName] = [
        "rtb": .returnToBase, "land": .land, "hold": .hold,
        "resume": .resume, "takeoff": .takeOff,
    ]

    /// The request in `line`, or nil for an empty line.
    static func parse(_ line: String) throws(CommandLineError) -> CommandLineRequest? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first?.lowercased() else { return nil }
        let arguments = Array(words.dropFirst())
        if let command = droneCommands[name] {
            guard arguments.count <= 1 else { throw .wrongArguments(usage: syntax(of: name)) }
            return .drone(command, droneID: arguments.first, target: nil)
        }
        switch name {
        case "goto":
            guard (3...4).contains(arguments.count) else { throw .wrongArguments(usage: syntax(of: name)) }
            do {
                let target = GeoPoint(latitude: try GoToField.latitude.value(from: arguments[0]),
                                      longitude: try GoToField.longitude.value(from: arguments[1]),
                                      altitude: try GoToField.altitude.value(from: arguments[2]))
                return .drone(.goTo, droneID: arguments.count == 4 ? arguments[3] : nil, target: target)
            } catch {
                throw .invalidValue(error)
            }
        case "ack":
            guard arguments.count <= 1 else { throw .wrongArguments(usage: syntax(of: name)) }
            return .acknowledge(alertID: arguments.first)
        case "retry":
            guard arguments.count <= 1 else { throw .wrongArguments(usage: syntax(of: name)) }
            return .retry(commandID: arguments.first)
        case "drone":
            guard arguments.count == 1 else { throw .wrongArguments(usage: syntax(of: name)) }
            return .showDrone(arguments[0])
        case "help":
            return .help
        case "q", "quit":
            return .quit
        default:
            throw .unknownCommand(name)
        }
    }

    private static func syntax(of name: String) -> String {
        usage.first { $0.name == name }?.syntax ?? name
    }
}
