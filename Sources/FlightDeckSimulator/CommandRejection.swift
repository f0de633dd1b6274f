import FlightDeckCore

/// Why a drone refuses an operator command; the description is the `message` of `command.rejected`.
enum CommandRejection: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownDrone(String)
    case unsupported(CommandName)
    case notAirborne(DroneStatus)
    case alreadyAirborne(DroneStatus)
    case batteryTooLow(battery: Double, required: Double)
    case notHolding(DroneStatus)
    case missingTarget
    case invalidTarget(latitude: Double, longitude: Double)
    case outsideGeofence(distance: Double, limit: Double)
    case altitudeOutOfRange(Double, allowed: ClosedRange<Double>)

    var description: String {
        switch self {
        case .unknownDrone(let id):
            "未知的无人机 \(id)"
        case .unsupported(let command):
            "不支持的指令 \(command)，可用指令：return_to_base、land、hold、resume、takeoff、goto"
        case .notAirborne(let status):
            "无人机未在空中（当前状态 \(status)）"
        case .alreadyAirborne(let status):
            "无人机已在空中（当前状态 \(status)）"
        case .batteryTooLow(let battery, let required):
            "电量\(Int(battery.rounded()))%，低于起飞所需的\(Int(required))%，请先充电"
        case .notHolding(let status):
            "无人机未处于悬停状态（当前状态 \(status)），无可恢复的任务"
        case .missingTarget:
            "goto 指令缺少目标位置（parameters.latitude / longitude）"
        case .invalidTarget(let latitude, let longitude):
            "目标位置 (\(latitude), \(longitude)) 无效：纬度须在 ±90 以内，经度须在 ±180 以内"
        case .outsideGeofence(let distance, let limit):
            "目标距基地 \(Self.kilometres(distance)) km，超出 \(Self.kilometres(limit)) km 电子围栏"
        case .altitudeOutOfRange(let altitude, let allowed):
            "目标高度 \(Self.wholeNumber(altitude)) m 超出允许范围 "
                + "\(Int(allowed.lowerBound))–\(Int(allowed.upperBound)) m"
        }
    }

    /// `value` without decimals, or as it is when it is not a reasonable number.
    private static func wholeNumber(_ value: Double) -> String {
        abs(value) < 1e9 ? String(Int(value.rounded())) : String(value)
    }

    private static func kilometres(_ metres: Double) -> String {
        let tenths = Int((metres / 100).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
