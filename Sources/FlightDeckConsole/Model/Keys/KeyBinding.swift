/// One line of the key map: keys, what they do, and where.
struct KeyBinding: Hashable, Sendable {
    /// The help overlay's sections, in order.
    enum Section: String, CaseIterable, Hashable, Sendable {
        case everywhere = "Everywhere"
        case lists = "Lists"
        case fleet = "Fleet table"
        case drone = "Selected drone (fleet table and detail view)"
        case tasks = "Tasks"
        case alerts = "Alerts"
        case detail = "Drone detail"
    }

    let command: ConsoleCommand
    let keys: [Key]
    let meaning: String
    let section: Section
    let contexts: Set<KeyContext>
    /// The word the key bar shows next to the first key; nil keeps the binding out of the key bar.
    let hint: String?
    /// Publishes a command or an acknowledgement, so a read-only console refuses it.
    let publishes: Bool

    init(_ command: ConsoleCommand, _ keys: [Key], _ meaning: String, section: Section, in contexts: Set<KeyContext>,
         hint: String? = nil, publishes: Bool = false) {
        self.command = command
        self.keys = keys
        self.meaning = meaning
        self.section = section
        self.contexts = contexts
        self.hint = hint
        self.publishes = publishes
    }
}
