/// A level (battery, task progress) drawn as a bar of block characters, in eighths of a cell.
enum BlockGauge {
    private static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `width` cells long, filled in proportion to `percent` (clamped to 0–100), padded with spaces.
    static func bar(percent: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = percent.isFinite ? min(100, max(0, percent)) : 0
        let eighths = Int((clamped / 100 * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 {
            text.append(partialBlocks[eighths % 8 - 1])
        }
        return text + String(repeating: " ", count: width - TextWidth.of(text))
    }
}
