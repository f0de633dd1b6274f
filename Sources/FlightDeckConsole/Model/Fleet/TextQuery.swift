/// What the operator typed after `/`: matches any of a row's texts, ignoring case.
struct TextQuery: Hashable, Sendable {
    private let needle: String

    init(_ text: String) {
        needle = text.lowercased()
    }

    var isEmpty: Bool { needle.isEmpty }

    func matches(_ texts: String?...) -> Bool {
        guard !needle.isEmpty else { return true }
        return texts.contains { text in text.map { $0.lowercased().contains(needle) } ?? false }
    }
}
