/// A series drawn as one row of bars, ▁ to █, scaled from zero to the series' largest value.
///
/// Zero is the floor rather than the smallest sample, so a lag that stays flat at a high value looks high.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The newest `width` values, oldest on the left.
    static func render(_ values: [Int64], width: Int) -> String {
        let shown = values.suffix(max(0, width))
        guard let highest = shown.max(), highest > 0 else {
            return String(repeating: levels[0], count: shown.count)
        }
        return String(shown.map { value in
            let fraction = Double(max(0, value)) / Double(highest)
            return levels[Int((fraction * Double(levels.count - 1)).rounded())]
        })
    }
}
