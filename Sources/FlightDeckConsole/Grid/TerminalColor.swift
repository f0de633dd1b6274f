/// A colour as the terminal understands it: its own default, or an entry of its palette.
///
/// Palette entries 0–7 are the classic ANSI colours, 8–15 their bright variants, 16–255 the xterm cube and greys.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background, so the console blends into light and dark setups.
    case terminalDefault
    case palette(UInt8)

    /// The names a theme file may use, in palette order.
    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, a colour name (`red`), a bright variant (`bright-red`) or a palette number (`0`–`255`).
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lowered) {
            self = .palette(UInt8(index))
        } else if lowered.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(lowered.dropFirst(7))) {
            self = .palette(UInt8(index + 8))
        } else if let number = UInt8(lowered) {
            self = .palette(number)
        } else {
            return nil
        }
    }
}
