/// Why a theme could not be loaded, naming the file, line and role to fix.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(name: String, searched: [String])
    case unreadable(file: String, reason: String)
    /// A line that is not `role = foreground background [attribute …]`.
    case malformedLine(file: String, line: Int, text: String)
    case unknownRole(file: String, line: Int, role: String)
    case unknownColor(file: String, line: Int, role: String, color: String)
    case unknownAttribute(file: String, line: Int, role: String, attribute: String)
    case duplicateRole(file: String, line: Int, role: String)

    public var description: String {
        switch self {
        case .notFound(let name, let searched):
            "theme '\(name)' not found; looked for \(name).theme in: \(searched.joined(separator: ", "))"
        case .unreadable(let file, let reason):
            "\(file): cannot read theme: \(reason)"
        case .malformedLine(let file, let line, let text):
            "\(file):\(line): expected 'role = foreground background [attributes]', found '\(text)'"
        case .unknownRole(let file, let line, let role):
            "\(file):\(line): unknown role '\(role)'; roles are: "
                + ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownColor(let file, let line, let role, let color):
            "\(file):\(line): role '\(role)': unknown colour '\(color)'; use default, a name such as red "
                + "or bright-red, or a palette number 0-255"
        case .unknownAttribute(let file, let line, let role, let attribute):
            "\(file):\(line): role '\(role)': unknown attribute '\(attribute)'; use "
                + Style.Attributes.named.map(\.name).joined(separator: ", ")
        case .duplicateRole(let file, let line, let role):
            "\(file):\(line): role '\(role)' is already set earlier in the file"
        }
    }
}
