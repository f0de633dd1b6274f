/// The style of every `ThemeRole`.
public struct Theme: Hashable, Sendable {
    public private(set) var styles: [ThemeRole: Style]

    /// A theme with the given styles; a role left out takes its style from `fallback`.
    public init(styles: [ThemeRole: Style], fallback: Theme? = nil) {
        var complete = fallback?.styles ?? [:]
        complete.merge(styles) { _, new in new }
        self.styles = complete
    }

    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// For dark terminals; the same as `themes/default.theme`.
    public static let `default` = Theme(styles: [
        .header: Style(foreground: .palette(0), background: .palette(6), attributes: .bold),
        .tableHeader: Style(attributes: [.bold, .underline]),
        .text: Style(),
        .dim: Style(foreground: .palette(8)),
        .selected: Style(foreground: .palette(15), background: .palette(4), attributes: .bold),
        .statusLine: Style(foreground: .palette(15), background: .palette(236)),
        .statusOK: Style(foreground: .palette(2)),
        .statusWarn: Style(foreground: .palette(3)),
        .statusBad: Style(foreground: .palette(9), attributes: .bold),
        .batteryOK: Style(foreground: .palette(2)),
        .batteryLow: Style(foreground: .palette(9), attributes: .bold),
        .stale: Style(foreground: .palette(3), attributes: .dim),
        .alertInfo: Style(foreground: .palette(6)),
        .alertWarning: Style(foreground: .palette(3), attributes: .bold),
        .alertCritical: Style(foreground: .palette(15), background: .palette(1), attributes: .bold),
        .readOnly: Style(foreground: .palette(0), background: .palette(3), attributes: .bold),
        .help: Style(foreground: .palette(15), background: .palette(236)),
        .activeTab: Style(foreground: .palette(15), background: .palette(4), attributes: .bold),
        .keyBar: Style(foreground: .palette(250), background: .palette(235)),
        .input: Style(foreground: .palette(15), background: .palette(24)),
        .progress: Style(foreground: .palette(6)),
        .sparkline: Style(foreground: .palette(3)),
    ])

    /// Attributes only, for `NO_COLOR` and terminals without colours: meaning is carried by bold,
    /// reverse and underline alone.
    public static let monochrome = Theme(styles: [
        .header: Style(attributes: [.reverse, .bold]),
        .tableHeader: Style(attributes: [.bold, .underline]),
        .text: Style(),
        .dim: Style(attributes: .dim),
        .selected: Style(attributes: .reverse),
        .statusLine: Style(attributes: .reverse),
        .statusOK: Style(),
        .statusWarn: Style(attributes: .underline),
        .statusBad: Style(attributes: .bold),
        .batteryOK: Style(),
        .batteryLow: Style(attributes: .bold),
        .stale: Style(attributes: .dim),
        .alertInfo: Style(),
        .alertWarning: Style(attributes: .underline),
        .alertCritical: Style(attributes: [.bold, .reverse]),
        .readOnly: Style(attributes: .bold),
        .help: Style(attributes: .reverse),
        .activeTab: Style(attributes: [.bold, .underline]),
        .keyBar: Style(),
        .input: Style(attributes: .underline),
        .progress: Style(),
        .sparkline: Style(),
    ])
}
