/// How a cell looks: colours and text attributes.
public struct Style: Hashable, Sendable {
    /// Text attributes every terminal understands, also without colours.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)

        /// The names a theme file may use.
        static let named: [(name: String, attribute: Attributes)] = [
            ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline),
        ]
    }

    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: Attributes

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()

    /// This style drawn on top of `base`: its own colours win where it has them, attributes add up.
    ///
    /// Lets a status colour keep showing on a selected row or in the status bar.
    public func layered(on base: Style) -> Style {
        Style(foreground: foreground == .terminalDefault ? base.foreground : foreground,
              background: background == .terminalDefault ? base.background : background,
              attributes: attributes.union(base.attributes))
    }
}
