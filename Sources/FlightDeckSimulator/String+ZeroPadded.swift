extension String {
    /// `number` in decimal with leading zeros up to `width` digits: `drone-007`, `巡检任务-0042`.
    init(zeroPadded number: Int, width: Int) {
        let digits = number.description
        self = String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
