import CNCursesW

/// Turns what `get_wch` returned into a `TerminalEvent`.
enum KeyDecoder {
    /// `status` is `get_wch`'s result (`OK`, `KEY_CODE_YES` or `ERR`), `code` the character or key code it stored.
    static func decode(status: Int32, code: UInt32) -> TerminalEvent? {
        switch status {
        case KEY_CODE_YES: functionKey(Int32(truncatingIfNeeded: code))
        case OK: character(code)
        default: nil
        }
    }

    private static func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE: .resized
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_BTAB: .key(.backTab)
        case KEY_F0 + 1...KEY_F0 + 63: .key(.function(Int(code - KEY_F0)))
        default: nil
        }
    }

    private static func character(_ code: UInt32) -> TerminalEvent? {
        switch code {
        case 0x1B: .key(.escape)
        case 0x0A, 0x0D: .key(.enter)
        case 0x09: .key(.tab)
        case 0x08, 0x7F: .key(.backspace)
        case 0..<0x20: nil
        default: Unicode.Scalar(code).map { .key(.character(Character($0))) }
        }
    }
}
