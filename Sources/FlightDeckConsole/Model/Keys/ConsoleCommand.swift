import FlightDeckCore

/// What a key asks the console to do.
public enum ConsoleCommand: Hashable, Sendable {
    case selectPrevious, selectNext
    case pageUp, pageDown
    case selectFirst, selectLast
    case showPane(Pane)
    case nextPane, previousPane
    /// Open the detail view of the drone the selected row is about.
    case openDetail
    /// Close what is open: the detail view, then the filter, then back to the fleet pane.
    case back
    case toggleHelp
    case startFilter
    case startCommandLine
    case cycleSortColumn, reverseSort
    /// Send a command to the selected drone; dangerous ones ask first.
    case droneCommand(CommandName)
    case openGoToForm
    case acknowledgeSelected
    /// Acknowledge every open alert the feed shows, after asking.
    case acknowledgeAllShown
    /// Send again what Kafka did not deliver: the drone's last command (asks first), or the selected alert's ack.
    case retry
    case toggleEventJSON
    case quit
}
