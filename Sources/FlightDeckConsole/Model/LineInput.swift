/// The bottom line while the operator types a filter (`/`) or a command (`:`).
struct LineInput: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        /// Filters the rows of the pane as the operator types.
        case filter(Pane)
        case command
    }

    let purpose: Purpose
    private(set) var text: String

    init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    var prompt: String {
        switch purpose {
        case .filter: "/"
        case .command: ":"
        }
    }

    /// Longest line accepted; enough for any command, short enough to stay on one line.
    static let maximumLength = 200

    mutating func insert(_ character: Character) {
        guard text.count < Self.maximumLength else { return }
        text.append(Sanitizer.clean(String(character)).isEmpty ? " " : character)
    }

    mutating func deleteBackward() {
        guard !text.isEmpty else { return }
        text.removeLast()
    }
}
