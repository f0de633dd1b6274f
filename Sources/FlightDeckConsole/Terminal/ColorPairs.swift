import CNCursesW

/// Allocates ncurses colour pairs on demand, one per foreground/background combination in use.
struct ColorPairs {
    private struct Combination: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    private let colors: Int
    private let hasDefaultColors: Bool
    private var pairs: [Combination: Int16] = [:]

    /// `colors` is the terminal's palette size; `hasDefaultColors` whether `use_default_colors` succeeded.
    init(colors: Int, hasDefaultColors: Bool) {
        self.colors = colors
        self.hasDefaultColors = hasDefaultColors
    }

    /// The pair for a style, made on first use; pair 0 (the terminal's default) when pairs run out.
    mutating func pair(for style: Style) -> Int16 {
        let combination = Combination(foreground: style.foreground, background: style.background)
        if combination == Combination(foreground: .terminalDefault, background: .terminalDefault) { return 0 }
        if let pair = pairs[combination] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int(next) < min(Int(fd_color_pairs()), Int(Int16.max)) else { return 0 }
        init_pair(next, curses(style.foreground, isForeground: true), curses(style.background, isForeground: false))
        pairs[combination] = next
        return next
    }

    /// The palette index ncurses should use: the colour itself when the terminal has it, else the nearest
    /// of the 8 basic colours.
    private func curses(_ color: TerminalColor, isForeground: Bool) -> Int16 {
        switch color {
        case .terminalDefault:
            return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        case .palette(let index) where Int(index) < colors:
            return Int16(index)
        case .palette(let index):
            return Int16(Self.basicColor(nearest: index))
        }
    }

    /// Maps a 16- or 256-colour palette index to one of the 8 basic colours.
    static func basicColor(nearest index: UInt8) -> UInt8 {
        switch index {
        case 0..<8:
            return index
        case 8..<16:
            return index - 8
        case 16..<232:
            let cube = Int(index) - 16
            let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
            return UInt8((red > 2 ? 1 : 0) | (green > 2 ? 2 : 0) | (blue > 2 ? 4 : 0))
        default:
            return index < 244 ? 0 : 7
        }
    }
}
