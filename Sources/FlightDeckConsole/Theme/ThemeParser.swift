/// Reads the theme file format: one role per line, `role = foreground background [attribute …]`,
/// `#` starts a comment. Roles a file leaves out keep the built-in default's style.
///
/// ```
/// # dark terminals
/// header    = black  cyan    bold
/// selected  = bright-white blue bold
/// stale     = yellow default dim
/// ```
enum ThemeParser {
    static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let content = rawLine.prefix { $0 != "#" }.trimmingWhitespace()
            guard !content.isEmpty else { continue }
            let sides = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let words = sides.count == 2 ? sides[1].split(whereSeparator: \.isWhitespace) : []
            let roleName = sides[0].trimmingWhitespace()
            guard sides.count == 2, !roleName.isEmpty, words.count >= 2 else {
                throw .malformedLine(file: file, line: lineNumber, text: String(content))
            }
            guard let role = ThemeRole(rawValue: String(roleName)) else {
                throw .unknownRole(file: file, line: lineNumber, role: String(roleName))
            }
            guard styles[role] == nil else {
                throw .duplicateRole(file: file, line: lineNumber, role: role.rawValue)
            }
            styles[role] = try style(from: words, role: role, file: file, line: lineNumber)
        }
        return Theme(styles: styles, fallback: .default)
    }

    private static func style(from words: [Substring], role: ThemeRole, file: String, line: Int) throws(ThemeError) -> Style {
        var colors: [TerminalColor] = []
        for word in words.prefix(2) {
            guard let color = TerminalColor(name: String(word)) else {
                throw .unknownColor(file: file, line: line, role: role.rawValue, color: String(word))
            }
            colors.append(color)
        }
        var attributes: Style.Attributes = []
        for word in words.dropFirst(2) {
            guard let named = Style.Attributes.named.first(where: { $0.name == word.lowercased() }) else {
                throw .unknownAttribute(file: file, line: line, role: role.rawValue, attribute: String(word))
            }
            attributes.insert(named.attribute)
        }
        return Style(foreground: colors[0], background: colors[1], attributes: attributes)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
