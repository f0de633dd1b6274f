/// What a key asks the console to do.
public enum ConsoleCommand: Hashable, Sendable {
    case selectPrevious, selectNext
    case pageUp, pageDown
    case selectFirst, selectLast
    case toggleHelp, closeHelp
    case quit
}
