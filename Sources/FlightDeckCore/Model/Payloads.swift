/// A position on Earth; altitude in metres above the take-off point when known.
public struct GeoPoint: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double
    public var altitude: Double?

    public init(latitude: Double, longitude: Double, altitude: Double? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.altitude = altitude
    }
}

/// A drone's flight status. Known values have constants; any other string is kept as it came.
public struct DroneStatus: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let idle: DroneStatus = "idle"
    public static let charging: DroneStatus = "charging"
    public static let takingOff: DroneStatus = "taking_off"
    public static let flying: DroneStatus = "flying"
    public static let hovering: DroneStatus = "hovering"
    public static let returning: DroneStatus = "returning"
    public static let landing: DroneStatus = "landing"
    public static let offline: DroneStatus = "offline"
    public static let maintenance: DroneStatus = "maintenance"
    public static let emergency: DroneStatus = "emergency"

    /// Whether the drone is in the air. The header asks it of every drone each frame; the airborne statuses
    /// all differ in length, so the length picks the one comparison worth making.
    public var isAirborne: Bool {
        switch rawValue.utf8.count {
        case 10: rawValue == "taking_off"
        case 6: rawValue == "flying"
        case 8: rawValue == "hovering"
        case 9: rawValue == "returning"
        case 7: rawValue == "landing"
        default: false
        }
    }
}

/// `drone.status.changed`
public struct DroneStatusChange: Hashable, Sendable {
    public var droneID: String
    public var oldStatus: DroneStatus?
    public var newStatus: DroneStatus
    public var location: GeoPoint?
    public var battery: Double?

    public init(droneID: String, oldStatus: DroneStatus?, newStatus: DroneStatus, location: GeoPoint? = nil, battery: Double? = nil) {
        self.droneID = droneID
        self.oldStatus = oldStatus
        self.newStatus = newStatus
        self.location = location
        self.battery = battery
    }
}

/// `drone.location.updated`; speed in m/s, heading in degrees from north.
public struct DroneLocation: Hashable, Sendable {
    public var droneID: String
    public var location: GeoPoint
    public var speed: Double?
    public var heading: Double?

    public init(droneID: String, location: GeoPoint, speed: Double? = nil, heading: Double? = nil) {
        self.droneID = droneID
        self.location = location
        self.speed = speed
        self.heading = heading
    }
}

/// `drone.telemetry`: battery in percent, speed in m/s, heading in degrees.
public struct DroneTelemetry: Hashable, Sendable {
    public var droneID: String
    public var battery: Double?
    public var speed: Double?
    public var heading: Double?
    public var location: GeoPoint?

    public init(droneID: String, battery: Double? = nil, speed: Double? = nil, heading: Double? = nil, location: GeoPoint? = nil) {
        self.droneID = droneID
        self.battery = battery
        self.speed = speed
        self.heading = heading
        self.location = location
    }
}

/// `task.created`, `task.progress`, `task.completed`, `task.failed`; progress in percent.
public struct TaskUpdate: Hashable, Sendable {
    public var taskID: String
    public var droneID: String?
    public var name: String?
    public var progress: Double?
    public var currentStep: String?
    public var estimatedCompletion: Timestamp?
    public var reason: String?

    public init(taskID: String, droneID: String? = nil, name: String? = nil, progress: Double? = nil,
                currentStep: String? = nil, estimatedCompletion: Timestamp? = nil, reason: String? = nil) {
        self.taskID = taskID
        self.droneID = droneID
        self.name = name
        self.progress = progress
        self.currentStep = currentStep
        self.estimatedCompletion = estimatedCompletion
        self.reason = reason
    }
}

/// Severity of an alert, following the cockpit convention: critical acts now, warning acts soon.
public struct AlertLevel: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let info: AlertLevel = "info"
    public static let warning: AlertLevel = "warning"
    public static let critical: AlertLevel = "critical"
}

/// `alert.created`, `alert.acknowledged`, `alert.resolved`.
public struct AlertUpdate: Hashable, Sendable {
    public var alertID: String
    public var alertType: String?
    public var level: AlertLevel?
    public var message: String?
    public var droneID: String?
    public var autoAction: String?
    public var operatorName: String?

    public init(alertID: String, alertType: String? = nil, level: AlertLevel? = nil, message: String? = nil,
                droneID: String? = nil, autoAction: String? = nil, operatorName: String? = nil) {
        self.alertID = alertID
        self.alertType = alertType
        self.level = level
        self.message = message
        self.droneID = droneID
        self.autoAction = autoAction
        self.operatorName = operatorName
    }
}

/// What an operator can tell a drone to do.
public struct CommandName: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let returnToBase: CommandName = "return_to_base"
    public static let land: CommandName = "land"
    public static let hold: CommandName = "hold"
    public static let resume: CommandName = "resume"
    public static let takeOff: CommandName = "takeoff"
    public static let goTo: CommandName = "goto"
}

/// `command.issued`: an operator's command, published to `drone-commands`.
public struct DroneCommand: Hashable, Sendable {
    public var commandID: String
    public var droneID: String
    public var command: CommandName
    public var target: GeoPoint?
    public var operatorName: String?

    public init(commandID: String, droneID: String, command: CommandName, target: GeoPoint? = nil, operatorName: String? = nil) {
        self.commandID = commandID
        self.droneID = droneID
        self.command = command
        self.target = target
        self.operatorName = operatorName
    }
}

/// `command.accepted`, `command.rejected`, `command.completed`, `command.failed`: the drone side's answer.
public struct CommandResult: Hashable, Sendable {
    public var commandID: String
    public var droneID: String?
    public var command: CommandName?
    public var message: String?

    public init(commandID: String, droneID: String? = nil, command: CommandName? = nil, message: String? = nil) {
        self.commandID = commandID
        self.droneID = droneID
        self.command = command
        self.message = message
    }
}

/// `user.*`: operator activity.
public struct UserActivity: Hashable, Sendable {
    public var userID: String?
    public var action: String?
    public var target: String?
    public var result: String?
    /// The machine the operator acted from.
    public var host: String?

    public init(userID: String? = nil, action: String? = nil, target: String? = nil, result: String? = nil, host: String? = nil) {
        self.userID = userID
        self.action = action
        self.target = target
        self.result = result
        self.host = host
    }
}

/// `system.*`: a service's health or lifecycle notice.
public struct SystemNotice: Hashable, Sendable {
    public var component: String?
    public var status: String?
    public var level: AlertLevel?
    public var message: String?

    public init(component: String? = nil, status: String? = nil, level: AlertLevel? = nil, message: String? = nil) {
        self.component = component
        self.status = status
        self.level = level
        self.message = message
    }
}

/// `metric.sample` on `monitoring-data`.
public struct MetricSample: Hashable, Sendable {
    public var name: String
    public var value: Double
    public var labels: [String: String]

    public init(name: String, value: Double, labels: [String: String] = [:]) {
        self.name = name
        self.value = value
        self.labels = labels
    }
}

/// `log.entry` on `application-logs`.
public struct LogLine: Hashable, Sendable {
    public var level: String?
    public var service: String?
    public var message: String

    public init(level: String? = nil, service: String? = nil, message: String) {
        self.level = level
        self.service = service
        self.message = message
    }
}
