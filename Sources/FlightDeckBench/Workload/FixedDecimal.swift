/// Numbers written with a fixed count of decimals, as services send coordinates and readings
/// (`22.543112`, `85.5`), without Foundation's `String(format:)`, which would dominate generating a workload.
enum FixedDecimal {
    /// `value` rounded to `places` decimals (0 to 9); trailing zeros are kept, as a service's formatter writes them.
    static func text(_ value: Double, places: Int) -> String {
        let places = min(max(places, 0), 9)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard value.isFinite, scaled < 9e18 else { return "0" }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = String(units / scale)
        guard places > 0 else { return sign + whole }
        let fraction = String(units % scale)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// `number` with leading zeros up to `width` digits: `drone-0042`.
    static func zeroPadded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
