/// A field of the go-to form and of `:goto`, with the values it accepts.
enum GoToField: Int, CaseIterable, Hashable, Sendable {
    case latitude, longitude, altitude

    var label: String {
        switch self {
        case .latitude: "Latitude"
        case .longitude: "Longitude"
        case .altitude: "Altitude (m)"
        }
    }

    var name: String {
        switch self {
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .altitude: "altitude"
        }
    }

    /// Degrees for latitude and longitude; metres above the take-off point for altitude.
    var range: ClosedRange<Double> {
        switch self {
        case .latitude: -90...90
        case .longitude: -180...180
        case .altitude: 0...500
        }
    }

    func value(from text: String) throws(GoToInputError) -> Double {
        let trimmed = text.trimmingWhitespace()
        guard let value = Double(trimmed), value.isFinite, range.contains(value) else {
            throw GoToInputError(field: self, text: String(trimmed))
        }
        return value
    }
}
