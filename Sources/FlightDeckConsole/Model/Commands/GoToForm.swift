import FlightDeckCore

/// The small form `g` opens: latitude, longitude and altitude for a go-to, checked before anything is sent.
struct GoToForm: Hashable, Sendable {
    let droneID: String
    private(set) var texts: [GoToField: String]
    private(set) var focus = GoToField.latitude
    /// What is wrong with each field, after the operator tried to send.
    private(set) var errors: [GoToField: GoToInputError] = [:]

    /// Starts from where the drone is, so a short hop needs only a small edit.
    init(droneID: String, from location: GeoPoint?) {
        self.droneID = droneID
        texts = [
            .latitude: location.map { CellText.fixed($0.latitude, decimals: 5) } ?? "",
            .longitude: location.map { CellText.fixed($0.longitude, decimals: 5) } ?? "",
            .altitude: CellText.fixed(location?.altitude ?? 50, decimals: 0),
        ]
    }

    func text(of field: GoToField) -> String {
        texts[field] ?? ""
    }

    /// Adds a character to the focused field; only what a number can contain, and not beyond 16 characters.
    mutating func type(_ character: Character) {
        guard "0123456789.-+".contains(character), text(of: focus).count < 16 else { return }
        texts[focus, default: ""].append(character)
        errors[focus] = nil
    }

    mutating func deleteBackward() {
        errors[focus] = nil
        guard !text(of: focus).isEmpty else { return }
        texts[focus]?.removeLast()
    }

    mutating func focusNext() {
        focus = GoToField(rawValue: (focus.rawValue + 1) % GoToField.allCases.count)!
    }

    mutating func focusPrevious() {
        focus = GoToField(rawValue: (focus.rawValue + GoToField.allCases.count - 1) % GoToField.allCases.count)!
    }

    /// The target when every field is valid; otherwise nil, with each problem recorded in `errors` and the
    /// focus on the first field to fix.
    mutating func validatedTarget() -> GeoPoint? {
        errors = [:]
        var values: [GoToField: Double] = [:]
        for field in GoToField.allCases {
            do {
                values[field] = try field.value(from: text(of: field))
            } catch {
                errors[field] = error
            }
        }
        if let first = GoToField.allCases.first(where: { errors[$0] != nil }) {
            focus = first
            return nil
        }
        guard let latitude = values[.latitude], let longitude = values[.longitude] else { return nil }
        return GeoPoint(latitude: latitude, longitude: longitude, altitude: values[.altitude])
    }
}
