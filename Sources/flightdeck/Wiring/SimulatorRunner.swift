import FlightDeckCore
import FlightDeckKafka
import FlightDeckSimulator
import Foundation
import Synchronization

/// Drives the simulated fleet at a steady rate on its own thread and publishes what it says to Kafka.
final class SimulatorRunner: Sendable {
    /// What the runner has done so far.
    struct Progress: Sendable {
        var published = 0
        var refused = 0
        var lastRefusal: String?
    }

    private let progress = Mutex(Progress())
    private let commands = Mutex<[DroneCommand]>([])
    private let worker: Mutex<WorkerThread?> = Mutex(nil)

    /// Publishes about `rate` position and telemetry events a second, plus the transitions they cause.
    init(configuration: SimulatorConfiguration, rate: Double, producer: Producer, metrics: PipelineMetrics? = nil) {
        let thread = WorkerThread(name: "flightdeck-simulator") { [self] worker in
            let started = Date()
            var simulator = FleetSimulator(configuration: configuration, startTime: Clock.now())
            var scheduled = 0
            while worker.isRunning {
                for command in commands.withLock({ pending in defer { pending = [] }; return pending }) {
                    publish(simulator.handle(command, at: Clock.now()), with: producer, metrics: metrics)
                }
                let due = Int(rate * Date().timeIntervalSince(started)) - scheduled
                guard due > 0 else {
                    worker.pause(milliseconds: 2)
                    continue
                }
                let count = min(due, 2000)
                scheduled += count
                publish(simulator.tick(at: Clock.now(), count: count), with: producer, metrics: metrics)
            }
        }
        worker.withLock { $0 = thread }
    }

    var current: Progress { progress.withLock { $0 } }

    /// Hands an operator's command to the simulated fleet; its answers are published like any other event.
    func submit(_ command: DroneCommand) {
        commands.withLock { $0.append(command) }
        // The answer goes out now rather than after the loop's 2 ms pause: it is part of the command round trip.
        worker.withLock { $0 }?.wake()
    }

    func stop() {
        worker.withLock { $0 }?.stop()
    }

    private func publish(_ events: [Event], with producer: Producer, metrics: PipelineMetrics?) {
        var refused: [String] = []
        var queued: [Event] = []
        queued.reserveCapacity(metrics == nil ? 0 : events.count)
        for event in events {
            do {
                try producer.send(event)
                if metrics != nil { queued.append(event) }
            } catch {
                refused.append(error.description)
            }
        }
        if let metrics {
            metrics.countPublished(queued)
            metrics.recordDeliveryFailures(total: producer.currentStatistics.failed, source: "simulator")
        }
        progress.withLock { progress in
            progress.published += events.count - refused.count
            progress.refused += refused.count
            if let last = refused.last { progress.lastRefusal = last }
        }
    }
}
