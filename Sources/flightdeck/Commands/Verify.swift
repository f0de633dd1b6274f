import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Checks that a console lost nothing and applied nothing twice: rebuilds the fleet from the same messages
/// the console read and compares the two, drone by drone.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the fleet state from Kafka and compare it, drone by drone, with a console's --save-state file.",
        discussion: """
            Reads exactly the offsets the console read (the beginning, when it ran with --from beginning) and folds \
            them with the same reducer. Prints every difference and exits 1 if there is any, or if the console \
            skipped offsets; exits 0 when the states are identical.
            Example: flightdeck console --from beginning --save-state fleet.json; flightdeck verify fleet.json
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions

    @Argument(help: ArgumentHelp("The file the console wrote with --save-state.", valueName: "state-file"))
    var stateFile: String

    @Option(help: ArgumentHelp("Seconds to spend reading before giving up on partitions not read to their end.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(help: ArgumentHelp("Differences printed at most.", valueName: "count"))
    var limit = 50

    func run() throws {
        let live = try StateFile.read(from: stateFile)
        let target = ConsumedRanges(live.consumed)
        let rebuilt = try rebuild(target)
        let unread = rebuilt.consumed.shortfall(against: target)
        guard unread.isEmpty else {
            // Without every message the console read there is nothing fair to compare.
            print("could not read \(unread.count) of \(live.consumed.count) partitions up to the console's offsets within \(timeout) s:"
                  + " is the cluster reachable, and does it still hold those messages?")
            for (range, reached) in unread.prefix(limit) {
                print("  \(range.topic)[\(range.partition)]: read \(range.first)..<\(reached) of \(range.first)..<\(range.next)")
            }
            throw ExitCode.failure
        }
        let rebuiltSnapshot = FleetSnapshot(fleet: rebuilt.fleet, consumed: rebuilt.consumed)
        let comparison = SnapshotComparison(live: live, rebuilt: rebuiltSnapshot)
        print(VerifyReport(live: live, rebuilt: rebuiltSnapshot, comparison: comparison, limit: limit).text)
        guard comparison.isIdentical, live.skipped == 0 else { throw ExitCode.failure }
    }

    /// Folds the messages of `target`'s ranges, as the console's reader does.
    private func rebuild(_ target: ConsumedRanges) throws -> (fleet: FleetState, consumed: ConsumedRanges) {
        let consumer = try Consumer(properties: try connection.kafkaProperties(try settings.load()))
        try consumer.assign(exactly: target.ranges.map { TopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: $0.first) })
        let reader = EventReader(consumer: consumer)
        var fleet = FleetState()
        var consumed = ConsumedRanges()
        let deadline = Date().addingTimeInterval(timeout)
        while !consumed.shortfall(against: target).isEmpty, Date() < deadline {
            let batch = reader.readBatch(maxWaitMilliseconds: 200, within: target)
            batch.events.forEach { fleet.apply($0) }
            consumed.append(batch.consumed)
        }
        return (fleet, consumed)
    }
}
