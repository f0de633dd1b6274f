import ArgumentParser
import FlightDeckKafka
import FlightDeckSimulator
import Foundation

/// Publishes a simulated fleet's traffic to any cluster.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish a simulated drone fleet's events to a Kafka cluster.",
        discussion: """
            Runs until Ctrl-C, printing a line of progress every few seconds. The simulated drones also answer \
            command.issued events on drone-commands, as the drone side of the system would.
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions
    @OptionGroup var fleet: FleetOptions

    @Option(help: ArgumentHelp("Stop after this many seconds (runs until Ctrl-C without it).", valueName: "seconds"))
    var duration: Double?

    func run() throws {
        let properties = try connection.kafkaProperties(try settings.load())
        let producer = try Producer(properties: properties) { event in
            FileHandle.standardError.write(Data((ClientEventText.describe(event) + "\n").utf8))
        }
        let runner = SimulatorRunner(configuration: fleet.simulatorConfiguration, rate: fleet.rate, producer: producer)
        let commands = try CommandListener.start(properties: properties, handle: runner.submit)
        defer { commands.stop() }
        guard runner.runInForeground(duration: duration, producer: producer) else {
            throw ExitCode.failure
        }
    }
}

/// The simulated fleet's size and pace.
struct FleetOptions: ParsableArguments {
    @Option(help: "Number of simulated drones.")
    var drones = 50

    @Option(help: ArgumentHelp("Position and telemetry events per second across the fleet.", valueName: "events/s"))
    var rate = 200.0

    @Option(help: ArgumentHelp("Simulated seconds per wall-clock second.", valueName: "factor"))
    var timeScale = 10.0

    @Option(help: "Seed of the simulation, for repeatable runs.")
    var seed: UInt64 = 7

    func validate() throws {
        guard rate > 0, rate.isFinite else { throw ValidationError("--rate must be above 0 events/s") }
        do {
            try simulatorConfiguration.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    var simulatorConfiguration: SimulatorConfiguration {
        SimulatorConfiguration(droneCount: drones, seed: seed, timeScale: timeScale)
    }
}
