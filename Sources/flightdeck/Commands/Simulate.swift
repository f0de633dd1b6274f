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
    @OptionGroup var fleet: FleetOptions

    @Option(help: ArgumentHelp("Stop after this many seconds (runs until Ctrl-C without it).", valueName: "seconds"))
    var duration: Double?

    func run() throws {
        let properties = try connection.kafkaProperties()
        let producer = try Producer(properties: properties) { event in
            FileHandle.standardError.write(Data((ClientEventText.describe(event) + "\n").utf8))
        }
        let runner = SimulatorRunner(configuration: fleet.simulatorConfiguration, rate: fleet.rate, producer: producer)
        let commands = try CommandListener.start(properties: properties, handle: runner.submit)
        defer { commands.stop() }
        let interrupt = InterruptSignal()
        let started = Date()
        var nextReport = started.addingTimeInterval(5)
        while !interrupt.received, duration.map({ Date().timeIntervalSince(started) < $0 }) ?? true {
            Thread.sleep(forTimeInterval: 0.2)
            if Date() >= nextReport {
                ProgressLine.print(runner.current, producer.currentStatistics, elapsed: Date().timeIntervalSince(started))
                nextReport.addTimeInterval(5)
            }
        }
        runner.stop()
        let undelivered = producer.flush(timeoutMilliseconds: 10_000)
        ProgressLine.print(runner.current, producer.currentStatistics, elapsed: Date().timeIntervalSince(started))
        if undelivered > 0 || producer.currentStatistics.failed > 0 {
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

enum ProgressLine {
    static func print(_ progress: SimulatorRunner.Progress, _ delivery: Producer.Statistics, elapsed: Double) {
        var line = String(format: "%.0fs: published %d (%.0f events/s), delivered %d, failed %d",
                          elapsed, progress.published, Double(progress.published) / max(elapsed, 0.001),
                          delivery.delivered, delivery.failed)
        if let failure = delivery.lastFailure { line += " — last failure: \(failure)" }
        if let refusal = progress.lastRefusal { line += " — last refusal: \(refusal)" }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
