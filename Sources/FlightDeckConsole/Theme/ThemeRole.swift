/// What a piece of the screen means, so a theme can colour meaning instead of positions.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case header
    case tableHeader
    case text
    case dim
    case selected
    case statusLine
    case statusOK
    case statusWarn
    case statusBad
    case batteryOK
    case batteryLow
    case stale
    case alertInfo
    case alertWarning
    case alertCritical
    case readOnly
    case help
    /// The header tab of the pane on screen.
    case activeTab
    /// The bottom line with the keys that work here.
    case keyBar
    /// Text the operator is typing: the filter, the command line, a form field.
    case input
    /// Task progress bars.
    case progress
    /// Consumer lag trends.
    case sparkline
}
