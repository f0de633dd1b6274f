/// Numbers as the reports print them.
enum FigureText {
    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// A rate or a size with a sensible count of decimals: `412,345`, `95.3`, `1.84`.
    static func rounded(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if abs(value) >= 1_000 { return grouped(Int(value.rounded())) }
        if abs(value) >= 100 { return FixedDecimal.text(value, places: 0) }
        if abs(value) >= 10 { return FixedDecimal.text(value, places: 1) }
        return FixedDecimal.text(value, places: 2)
    }

    /// Milliseconds with three decimals: `0.412 ms`.
    static func milliseconds(_ value: Double) -> String {
        FixedDecimal.text(value, places: 3) + " ms"
    }

    /// Bytes in mebibytes: `123.4 MiB`.
    static func mebibytes(_ bytes: Int) -> String {
        FixedDecimal.text(Double(bytes) / 1_048_576, places: 1) + " MiB"
    }
}
