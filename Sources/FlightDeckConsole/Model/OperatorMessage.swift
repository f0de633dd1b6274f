/// A line of feedback on the key bar, such as why a command was refused; it stays until the next key.
struct OperatorMessage: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case info, error
    }

    let text: String
    let kind: Kind

    static func info(_ text: String) -> OperatorMessage {
        OperatorMessage(text: text, kind: .info)
    }

    static func error(_ text: String) -> OperatorMessage {
        OperatorMessage(text: text, kind: .error)
    }

    static let readOnly = OperatorMessage.error("read-only: commands are disabled")
}
