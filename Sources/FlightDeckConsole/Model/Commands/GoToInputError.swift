/// A go-to value that is not a number in its field's range.
struct GoToInputError: Error, Hashable, Sendable, CustomStringConvertible {
    let field: GoToField
    let text: String

    var description: String {
        let range = "\(Self.bound(field.range.lowerBound)) to \(Self.bound(field.range.upperBound))"
        guard !text.isEmpty else { return "\(field.name): enter a number from \(range)" }
        return "\(field.name) must be a number from \(range), not '\(text)'"
    }

    private static func bound(_ value: Double) -> String {
        CellText.fixed(value, decimals: 0)
    }
}
