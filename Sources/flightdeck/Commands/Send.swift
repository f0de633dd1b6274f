import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Sends one command to one drone, headlessly: the CLI twin of the console's command keys.
struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send a command to a drone and wait until Kafka has it (and, with --await-answer, until the drone answers).",
        discussion: """
            Publishes command.issued to drone-commands, keyed by the drone id. Exits 0 once delivered \
            (or accepted, with --await-answer); non-zero when delivery fails, the drone rejects it, or --timeout passes: \
            a command not delivered within --timeout is dropped, never delivered later.
            Examples:
              flightdeck send --brokers kafka:9092 --drone 7 return-to-base
              flightdeck send --brokers kafka:9092 --drone drone-012 goto --latitude 22.55 --longitude 114.06 --altitude 80
            """
    )

    enum Order: String, ExpressibleByArgument, CaseIterable {
        case returnToBase = "return-to-base", land, hold, resume, takeoff, goto

        var command: CommandName {
            switch self {
            case .returnToBase: .returnToBase
            case .land: .land
            case .hold: .hold
            case .resume: .resume
            case .takeoff: .takeOff
            case .goto: .goTo
            }
        }
    }

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions

    @Option(help: ArgumentHelp("The drone: its id (drone-007) or number (7).", valueName: "id"))
    var drone: String

    @Argument(help: ArgumentHelp("What to do: \(Order.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "command"))
    var order: Order

    @Option(help: "Target latitude for goto, −90…90.") var latitude: Double?
    @Option(help: "Target longitude for goto, −180…180.") var longitude: Double?
    @Option(help: "Target altitude for goto in metres, 0…500.") var altitude: Double?

    @Option(help: ArgumentHelp("Who sends it; carried in the command.", valueName: "name"))
    var `operator`: String?

    @Option(help: ArgumentHelp("Seconds to wait for the delivery report (and the answer).", valueName: "seconds"))
    var timeout: Double = 10

    @Flag(help: "Also wait for the drone side's command.accepted or command.rejected.")
    var awaitAnswer = false

    /// How long after --timeout librdkafka's own timed-out report is awaited: it checks about once a second.
    static let reportGraceSeconds = 1.5

    func validate() throws {
        if order == .goto {
            guard let latitude, let longitude, let altitude else {
                throw ValidationError("goto needs --latitude, --longitude and --altitude")
            }
            guard (-90...90).contains(latitude), (-180...180).contains(longitude), (0...500).contains(altitude) else {
                throw ValidationError("goto target out of range: latitude −90…90, longitude −180…180, altitude 0…500 m")
            }
        } else if latitude != nil || longitude != nil || altitude != nil {
            throw ValidationError("--latitude, --longitude and --altitude go with goto only")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be above 0 seconds") }
    }

    func run() throws {
        let properties = try connection.kafkaProperties(try settings.load())
        let target = order == .goto ? GeoPoint(latitude: latitude!, longitude: longitude!, altitude: altitude) : nil
        let command = DroneCommand(commandID: UUID().uuidString.lowercased(), droneID: DroneName.normalized(drone),
                                   command: order.command, target: target,
                                   operatorName: `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? "operator")
        let answers = try awaitAnswer ? AnswerWatch(properties: properties, commandID: command.commandID) : nil
        // librdkafka gives up when --timeout does, so its report names the reason and nothing is retried after exit.
        let producer = try Producer(properties: properties.withDefaults(
            [DeliveryTimeout.property: String(DeliveryTimeout.milliseconds(.milliseconds(Int64(timeout * 1000))))]))
        let delivered = DeliveryWait()
        try producer.send(OperatorEvents.commandIssued(command, id: UUID().uuidString.lowercased(), at: Clock.now()),
                          completion: delivered.settle)
        let what = "\(command.command) for \(command.droneID) (command \(command.commandID))"
        switch delivered.wait(seconds: timeout + Self.reportGraceSeconds) {
        case nil:
            producer.abandonOutstanding()
            throw SendFailure("\(what) not sent: no delivery report within \(timeout)s, so it was dropped from the queue; is the cluster reachable?")
        case .failure(let error):
            throw SendFailure("\(what) not delivered (--timeout \(timeout)s): \(error.description)")
        case .success(let receipt):
            print("delivered \(command.command) for \(command.droneID) as command \(command.commandID) to \(receipt.topic)[\(receipt.partition)]@\(receipt.offset)")
        }
        guard let answers else { return }
        guard let answer = answers.wait(seconds: timeout) else {
            throw SendFailure("the drone side did not answer within \(timeout)s")
        }
        print("\(answer.type): \(answer.message)")
        if answer.type != .commandAccepted && answer.type != .commandCompleted {
            throw ExitCode.failure
        }
    }
}

struct SendFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
