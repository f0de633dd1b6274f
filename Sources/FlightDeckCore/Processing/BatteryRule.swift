/// Battery alerts: `battery_low` below a threshold, and `battery_drain_predicted` when the battery will not
/// last the flight home — raised from the drain rate, before the battery is actually low.
public struct BatteryRule: Sendable {
    public struct Policy: Hashable, Sendable {
        /// `battery_low` below this percent; cleared again at `clearPercent`.
        public var lowPercent: Double = 20
        public var clearPercent: Double = 25
        /// What must be left on landing: flight time is counted down to this percent.
        public var reservePercent: Double = 10
        /// Speed home in m/s when the drone's own track does not tell.
        public var returnSpeed: Double = 10
        /// Added to the time home: take-off of the estimate's error, landing, wind.
        public var marginSeconds: Double = 30
        public var marginFactor: Double = 1.2
        /// Closer to home than this, the drone is landing, not returning: no prediction.
        public var minimumDistance: Double = 100
        /// Known bases: home is the nearest; without bases, where the drone was first seen.
        public var bases: [GeoPoint] = []

        public init() {}
    }

    private struct DroneBattery {
        var estimator = DrainEstimator()
        var home: GeoPoint?
        var position: GeoPoint?
        var hasReading = false
        var low = false
        var predicted = false
    }

    public let policy: Policy
    private var drones: [String: DroneBattery] = [:]

    public init(policy: Policy = Policy()) {
        self.policy = policy
    }

    /// A drone's position, for the way home.
    public mutating func observe(droneID: String, location: GeoPoint) {
        // Taken out while changed, so the dictionary does not share (and copy) the drone's sample buffer.
        var drone = drones.removeValue(forKey: droneID) ?? DroneBattery()
        if drone.home == nil { drone.home = nearestBase(to: location) ?? location }
        drone.position = location
        drones[droneID] = drone
    }

    /// A status change: on the ground or charging, drain tells nothing about the next flight, and a predicted
    /// shortfall is over (also one left open by an earlier run of the processor).
    public mutating func statusChanged(droneID: String, to status: DroneStatus, at time: Timestamp) -> [AlertSignal] {
        guard !status.isAirborne else { return [] }
        var drone = drones.removeValue(forKey: droneID) ?? DroneBattery()
        drone.estimator.reset()
        drone.predicted = false
        drones[droneID] = drone
        return [.cleared(key(droneID, ProcessedAlertType.batteryDrainPredicted), at: time)]
    }

    /// A battery reading; `groundSpeed` is the drone's recent average speed in m/s when known.
    public mutating func observe(droneID: String, battery: Double, groundSpeed: Double?, at time: Timestamp) -> [AlertSignal] {
        var drone = drones.removeValue(forKey: droneID) ?? DroneBattery()
        // The first reading also clears, so a `battery_low` left open by an earlier run of the processor settles.
        let firstReading = !drone.hasReading
        drone.hasReading = true
        drone.estimator.add(battery, at: time)
        var signals: [AlertSignal] = []

        let lowKey = key(droneID, ProcessedAlertType.batteryLow)
        if !drone.low && battery < policy.lowPercent {
            drone.low = true
            signals.append(.raised(AlertCondition(key: lowKey, level: .warning,
                                                  message: "\(droneID) battery at \(Self.percent(battery)), below \(Self.percent(policy.lowPercent))",
                                                  autoAction: CommandName.returnToBase.rawValue), at: time))
        } else if (drone.low || firstReading) && battery >= policy.clearPercent {
            drone.low = false
            signals.append(.cleared(lowKey, at: time))
        }

        let predictedKey = key(droneID, ProcessedAlertType.batteryDrainPredicted)
        if let outlook = outlook(for: drone, groundSpeed: groundSpeed) {
            if !drone.predicted && battery >= policy.lowPercent && outlook.flightLeft < outlook.timeHome {
                drone.predicted = true
                signals.append(.raised(AlertCondition(
                    key: predictedKey, level: .warning,
                    message: "\(droneID) has ~\(Int(outlook.flightLeft)) s of flight left but needs ~\(Int(outlook.timeHome)) s "
                        + "to return \(Int(outlook.distanceHome)) m home", autoAction: CommandName.returnToBase.rawValue), at: time))
            } else if drone.predicted && outlook.flightLeft >= outlook.timeHome * 1.25 {
                drone.predicted = false
                signals.append(.cleared(predictedKey, at: time))
            }
        }
        drones[droneID] = drone
        return signals
    }

    private struct Outlook {
        var flightLeft: Double
        var timeHome: Double
        var distanceHome: Double
    }

    private func outlook(for drone: DroneBattery, groundSpeed: Double?) -> Outlook? {
        guard let home = drone.home, let position = drone.position else { return nil }
        let distance = home.distance(to: position)
        guard distance >= policy.minimumDistance, let flightLeft = drone.estimator.secondsUntil(policy.reservePercent) else { return nil }
        let speed = groundSpeed.flatMap { $0 > 1 ? $0 : nil } ?? policy.returnSpeed
        return Outlook(flightLeft: flightLeft, timeHome: distance / speed * policy.marginFactor + policy.marginSeconds,
                       distanceHome: distance)
    }

    private func nearestBase(to location: GeoPoint) -> GeoPoint? {
        policy.bases.min { $0.distance(to: location) < $1.distance(to: location) }
    }

    private func key(_ droneID: String, _ type: String) -> AlertKey {
        AlertKey(droneID: droneID, type: type)
    }

    /// One decimal, so 19.6% is not shown as a rounded-up 20% next to "below 20%".
    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.down))
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
