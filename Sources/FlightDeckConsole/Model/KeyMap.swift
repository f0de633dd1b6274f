/// Which key does what: the one table of bindings, which the help overlay lists as well.
public enum KeyMap {
    struct Binding: Hashable, Sendable {
        var command: ConsoleCommand
        var keys: [Key]
        var meaning: String
    }

    static let bindings: [Binding] = [
        Binding(command: .selectPrevious, keys: [.up, .character("k")], meaning: "select the previous drone"),
        Binding(command: .selectNext, keys: [.down, .character("j")], meaning: "select the next drone"),
        Binding(command: .pageUp, keys: [.pageUp, .character("b")], meaning: "one page up"),
        Binding(command: .pageDown, keys: [.pageDown, .character("f"), .character(" ")], meaning: "one page down"),
        Binding(command: .selectFirst, keys: [.home, .character("g")], meaning: "first drone"),
        Binding(command: .selectLast, keys: [.end, .character("G")], meaning: "last drone"),
        Binding(command: .toggleHelp, keys: [.character("?"), .function(1)], meaning: "show or hide this help"),
        Binding(command: .closeHelp, keys: [.escape], meaning: "close this help"),
        Binding(command: .quit, keys: [.character("q")], meaning: "quit"),
    ]

    private static let commandsByKey: [Key: ConsoleCommand] = Dictionary(
        uniqueKeysWithValues: bindings.flatMap { binding in binding.keys.map { ($0, binding.command) } })

    public static func command(for key: Key) -> ConsoleCommand? {
        commandsByKey[key]
    }
}
