import FlightDeckCore
import Foundation

/// One drone of the workload: where it is, what it is doing and how far its task has come.
struct DroneTrack: Hashable, Sendable {
    /// The statuses a drone goes through, in order, round and round.
    static let statusCycle = ["idle", "taking_off", "flying", "hovering", "flying", "returning", "landing", "charging"]

    var latitude: Double
    var longitude: Double
    var altitude: Double
    var speed: Double
    var heading: Double
    var battery: Double
    var statusIndex: Int
    var taskNumber: Int
    /// Whether the task has been created and has not ended yet; every drone starts in the middle of one.
    var hasOpenTask = true
    var progress: Double = 0
    var step = 1

    init(index: Int, taskNumber: Int, using random: inout SeededGenerator) {
        latitude = 22.5431 + Self.unit(&random) * 0.08 - 0.04
        longitude = 114.0579 + Self.unit(&random) * 0.08 - 0.04
        altitude = 60 + Self.unit(&random) * 90
        speed = Self.unit(&random) * 15
        heading = Self.unit(&random) * 360
        battery = 30 + Self.unit(&random) * 70
        statusIndex = index % Self.statusCycle.count
        self.taskNumber = taskNumber
    }

    var status: String { Self.statusCycle[statusIndex] }

    /// A few seconds of flight: a small step along a wandering heading, and a little battery spent.
    mutating func fly(using random: inout SeededGenerator) {
        heading = (heading + Self.unit(&random) * 30 - 15 + 360).truncatingRemainder(dividingBy: 360)
        speed = min(18, max(0, speed + Self.unit(&random) * 2 - 1))
        let step = speed * 0.000_01
        latitude += step * cos(heading * .pi / 180)
        longitude += step * sin(heading * .pi / 180)
        altitude = min(150, max(30, altitude + Self.unit(&random) * 4 - 2))
        battery = battery > 12 ? battery - 0.05 : 100
    }

    mutating func advanceStatus() {
        statusIndex = (statusIndex + 1) % Self.statusCycle.count
    }

    mutating func makeProgress(using random: inout SeededGenerator) {
        progress = min(99.5, progress + Self.unit(&random) * 3)
        step = 1 + Int(progress / 100 * 12)
    }

    mutating func startTask(number: Int) {
        taskNumber = number
        hasOpenTask = true
        progress = 0
        step = 1
    }

    /// A uniform draw in 0..<1.
    private static func unit(_ random: inout SeededGenerator) -> Double {
        Double(random.next() >> 11) / Double(1 << 53)
    }
}
