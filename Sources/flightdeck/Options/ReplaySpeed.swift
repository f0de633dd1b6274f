import ArgumentParser

/// How fast a replay goes: `max`, or a multiple of the recorded pace (`1x`, `10x`, `0.5x`).
enum ReplaySpeed: Equatable, ExpressibleByArgument {
    case max
    case factor(Double)

    init?(argument: String) {
        let text = argument.lowercased()
        if text == "max" {
            self = .max
            return
        }
        guard let value = Double(text.hasSuffix("x") ? String(text.dropLast()) : text), value > 0, value.isFinite else { return nil }
        self = .factor(value)
    }
}
