/// Which key does what, in which view: the one table of bindings, which the help overlay and key bar show.
enum KeyMap {
    private static let droneViews: Set<KeyContext> = [.fleet, .detail]
    private static let filteredLists: Set<KeyContext> = [.fleet, .tasks, .alerts]

    static let bindings: [KeyBinding] = [
        KeyBinding(.showPane(.fleet), [Pane.fleet.key], "fleet table", section: .everywhere, in: KeyContext.everywhere),
        KeyBinding(.showPane(.tasks), [Pane.tasks.key], "active tasks", section: .everywhere, in: KeyContext.everywhere),
        KeyBinding(.showPane(.alerts), [Pane.alerts.key], "alert feed", section: .everywhere, in: KeyContext.everywhere),
        KeyBinding(.showPane(.lag), [Pane.lag.key], "consumer lag", section: .everywhere, in: KeyContext.everywhere),
        KeyBinding(.nextPane, [.tab], "next pane", section: .everywhere, in: KeyContext.everywhere),
        KeyBinding(.previousPane, [.backTab], "previous pane", section: .everywhere, in: KeyContext.everywhere),
        KeyBinding(.startCommandLine, [.character(":")], "command line (:help)", section: .everywhere,
                   in: KeyContext.everywhere),
        KeyBinding(.back, [.escape], "back: close the detail view, clear the filter", section: .everywhere,
                   in: KeyContext.everywhere),
        KeyBinding(.toggleHelp, [.character("?"), .function(1)], "show or hide this help", section: .everywhere,
                   in: KeyContext.everywhere),
        KeyBinding(.quit, [.character("q")], "quit", section: .everywhere, in: KeyContext.everywhere),

        KeyBinding(.selectPrevious, [.up, .character("k")], "select the previous row", section: .lists,
                   in: KeyContext.everywhere),
        KeyBinding(.selectNext, [.down, .character("j")], "select the next row", section: .lists, in: KeyContext.everywhere),
        KeyBinding(.pageUp, [.pageUp, .character("b")], "one page up", section: .lists, in: KeyContext.everywhere),
        KeyBinding(.pageDown, [.pageDown, .character("f"), .character(" ")], "one page down", section: .lists,
                   in: KeyContext.everywhere),
        KeyBinding(.selectFirst, [.home], "first row", section: .lists, in: KeyContext.everywhere),
        KeyBinding(.selectLast, [.end, .character("G")], "last row", section: .lists, in: KeyContext.everywhere),
        KeyBinding(.startFilter, [.character("/")], "filter rows by text", section: .lists, in: filteredLists,
                   hint: "filter"),

        KeyBinding(.openDetail, [.enter], "the selected drone's detail and event tail", section: .fleet, in: [.fleet],
                   hint: "detail"),
        KeyBinding(.cycleSortColumn, [.character("s")], "sort by the next column", section: .fleet, in: [.fleet],
                   hint: "sort"),
        KeyBinding(.reverseSort, [.character("S")], "reverse the sort order", section: .fleet, in: [.fleet]),

        KeyBinding(.droneCommand(.returnToBase), [.character("r")], "return to base (asks when airborne)",
                   section: .drone, in: droneViews, hint: "rtb", publishes: true),
        KeyBinding(.droneCommand(.land), [.character("l")], "land where it is (asks first)", section: .drone,
                   in: droneViews, hint: "land", publishes: true),
        KeyBinding(.droneCommand(.hold), [.character("h")], "hold position", section: .drone, in: droneViews,
                   hint: "hold", publishes: true),
        KeyBinding(.droneCommand(.resume), [.character("u")], "resume after a hold", section: .drone, in: droneViews,
                   hint: "resume", publishes: true),
        KeyBinding(.droneCommand(.takeOff), [.character("t")], "take off", section: .drone, in: droneViews,
                   hint: "takeoff", publishes: true),
        KeyBinding(.openGoToForm, [.character("g")], "go to a position (form)", section: .drone, in: droneViews,
                   hint: "goto", publishes: true),
        KeyBinding(.retry, [.character("R")], "resend an undelivered last command, as a new one (asks)",
                   section: .drone, in: droneViews, publishes: true),

        KeyBinding(.openDetail, [.enter], "the selected task's drone", section: .tasks, in: [.tasks], hint: "drone"),

        KeyBinding(.acknowledgeSelected, [.character("a")], "acknowledge the selected alert and its repeats",
                   section: .alerts, in: [.alerts], hint: "ack", publishes: true),
        KeyBinding(.acknowledgeAllShown, [.character("A")], "acknowledge every open alert shown (asks first)",
                   section: .alerts, in: [.alerts], hint: "ack all", publishes: true),
        KeyBinding(.retry, [.character("R")], "send the selected row's failed acknowledgements again", section: .alerts,
                   in: [.alerts], publishes: true),
        KeyBinding(.openDetail, [.enter], "the selected alert's drone", section: .alerts, in: [.alerts], hint: "drone"),

        KeyBinding(.toggleEventJSON, [.character("p")], "pretty-printed JSON of the selected event", section: .detail,
                   in: [.detail], hint: "JSON"),
    ]

    /// Keys of dialogs and input lines, which take keys before any binding does; for the help overlay.
    static let dialogKeys: [(keys: String, meaning: String)] = [
        ("y  n Esc", "answer a confirmation: yes, no"),
        ("Tab ↓  ↑", "next, previous field of the go-to form"),
        ("Enter", "send the form, run the command line, keep the filter"),
        ("Esc", "cancel the form or command line, clear the filter"),
        ("Backspace", "delete the last character"),
        ("↑ ↓ PgUp PgDn", "scroll this help"),
    ]

    private static let commandsByContext: [KeyContext: [Key: ConsoleCommand]] = {
        var table: [KeyContext: [Key: ConsoleCommand]] = [:]
        for binding in bindings {
            for context in binding.contexts {
                for key in binding.keys where table[context]?[key] == nil {
                    table[context, default: [:]][key] = binding.command
                }
            }
        }
        return table
    }()

    static func command(for key: Key, in context: KeyContext) -> ConsoleCommand? {
        commandsByContext[context]?[key]
    }

    /// The bindings the key bar shows in `context`, most useful first.
    static func hints(in context: KeyContext, readOnly: Bool) -> [KeyBinding] {
        bindings.filter { $0.hint != nil && $0.contexts.contains(context) && !(readOnly && $0.publishes) }
    }
}
