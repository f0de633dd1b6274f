import FlightDeckCore

extension CommandName {
    /// How the console names the command to the operator.
    var label: String {
        switch self {
        case .returnToBase: "return to base"
        case .land: "land"
        case .hold: "hold"
        case .resume: "resume"
        case .takeOff: "take off"
        case .goTo: "go to"
        default: rawValue
        }
    }

    /// The label starting a sentence: "Return to base".
    var title: String {
        label.prefix(1).uppercased() + label.dropFirst()
    }
}
