import FlightDeckCore

/// An alert a simulated drone has raised and not yet resolved.
struct DroneAlert: Hashable, Sendable {
    let id: String
    let kind: Kind

    enum Kind: Hashable, Sendable {
        case batteryLow
        /// `landsInPlace` when home is out of reach and the drone comes down where it is.
        case batteryCritical(landsInPlace: Bool)
        case linkDegraded
        case gpsWeak
        /// Gusts in metres per second.
        case highWind(gust: Int)
    }

    /// The `type` inside the alert's data.
    var type: String {
        switch kind {
        case .batteryLow: "battery_low"
        case .batteryCritical: "battery_critical"
        case .linkDegraded: "link_degraded"
        case .gpsWeak: "gps_weak"
        case .highWind: "high_wind"
        }
    }

    var level: AlertLevel {
        switch kind {
        case .batteryCritical: .critical
        case .batteryLow, .linkDegraded, .gpsWeak: .warning
        case .highWind: .info
        }
    }

    var message: String {
        switch kind {
        case .batteryLow: "无人机电量低于20%"
        case .batteryCritical: "无人机电量严重不足"
        case .linkDegraded: "通信链路信号弱"
        case .gpsWeak: "GPS信号弱，定位精度下降"
        case .highWind(let gust): "阵风\(gust) m/s，超过建议值"
        }
    }

    /// What the drone does about it on its own.
    var autoAction: String? {
        switch kind {
        case .batteryLow: "return_to_base"
        case .batteryCritical(let landsInPlace): landsInPlace ? "land" : "return_to_base"
        case .linkDegraded, .gpsWeak, .highWind: nil
        }
    }

    var isBattery: Bool {
        switch kind {
        case .batteryLow, .batteryCritical: true
        default: false
        }
    }
}
