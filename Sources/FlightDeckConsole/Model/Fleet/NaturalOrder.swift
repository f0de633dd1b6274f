/// Orders identifiers the way people count: `drone-2` before `drone-10`.
///
/// Runs of ASCII digits compare by numeric value, everything else by Unicode scalar value (UTF-8 byte order
/// is the same order); identifiers that are equal that way (`drone-02`, `drone-2`) fall back to plain string
/// order, so the order is total. Comparing allocates nothing: the fleet table sorts thousands of ids with it.
enum NaturalOrder {
    static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch compare(lhs.utf8, rhs.utf8) {
        case .some(let lhsFirst): lhsFirst
        case .none: lhs < rhs
        }
    }

    /// `true` when `left` sorts first, `false` when `right` does, `nil` when they are naturally equal.
    private static func compare(_ left: String.UTF8View, _ right: String.UTF8View) -> Bool? {
        var l = left.startIndex
        var r = right.startIndex
        while l < left.endIndex && r < right.endIndex {
            guard isDigit(left[l]) && isDigit(right[r]) else {
                if left[l] != right[r] { return left[l] < right[r] }
                left.formIndex(after: &l)
                right.formIndex(after: &r)
                continue
            }
            let leftNumber = number(in: left, from: &l)
            let rightNumber = number(in: right, from: &r)
            if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
            var leftDigit = leftNumber.start
            var rightDigit = rightNumber.start
            while leftDigit < l {
                if left[leftDigit] != right[rightDigit] { return left[leftDigit] < right[rightDigit] }
                left.formIndex(after: &leftDigit)
                right.formIndex(after: &rightDigit)
            }
        }
        if (l == left.endIndex) != (r == right.endIndex) { return l == left.endIndex }
        return nil
    }

    /// Moves `index` past a run of digits; returns where its significant digits start and how many there are.
    private static func number(in bytes: String.UTF8View, from index: inout String.Index) -> (start: String.Index, count: Int) {
        while index < bytes.endIndex && bytes[index] == UInt8(ascii: "0") {
            bytes.formIndex(after: &index)
        }
        let start = index
        var count = 0
        while index < bytes.endIndex && isDigit(bytes[index]) {
            bytes.formIndex(after: &index)
            count += 1
        }
        return (start, count)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
