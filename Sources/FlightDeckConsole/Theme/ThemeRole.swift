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
}
