import FlightDeckCore
import Testing

@Suite("Numbers")
struct NumberTests {
    func number(_ text: String) throws -> Double? {
        guard case .number(let value) = try JSONValue.parse(Array(text.utf8)) else { return nil }
        return value
    }

    @Test("JSON's number grammar is accepted", arguments: [
        ("0", 0.0), ("-0", -0.0), ("7", 7), ("-12", -12), ("22.5431", 22.5431), ("114.0579", 114.0579), ("0.000123", 0.000123),
        ("1e3", 1000), ("1E+3", 1000), ("25e-1", 2.5), ("-3e1", -30), ("0.1", 0.1), ("123456789012345", 123456789012345),
        ("9007199254740993", 9007199254740992), ("1.7976931348623157e308", 1.7976931348623157e308), ("5e-324", .leastNonzeroMagnitude),
        ("1e-400", 0), ("0e999", 0), ("12345678901234567890123", 1.2345678901234568e22),
    ])
    func accepted(text: String, value: Double) throws {
        #expect(try number(text) == value)
    }

    @Test("what JSON does not allow is refused", arguments: ["01", "-", "+1", ".5", "1.", "1e", "1e+", "--1", "0x10", "NaN", "Infinity", "1.5.2", "1e5e5"])
    func refused(text: String) {
        #expect(throws: DecodeError.self) { try JSONValue.parse(Array(text.utf8)) }
    }

    @Test("numbers too large for a Double are refused, not read as infinity")
    func tooLarge() {
        #expect(throws: DecodeError.self) { try JSONValue.parse(Array("1e400".utf8)) }
        #expect(throws: DecodeError.self) { try JSONValue.parse(Array("[-1e309]".utf8)) }
    }

    @Test("the fast path gives the correctly rounded value, like the standard library's parser")
    func fastPathIsExact() throws {
        var generator = SeededGenerator(seed: 754)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...15, using: &generator)
            let significand = Int64.random(in: 0..<Int64(pow10(digits)), using: &generator)
            let exponent = Int.random(in: -22...22, using: &generator)
            let text = "\(significand)e\(exponent)"
            #expect(try number(text) == Double(text), "\(text)")
        }
    }

    @Test("full-precision doubles survive being written and read back")
    func shortestFormRoundTrips() throws {
        var generator = SeededGenerator(seed: 64)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next() & ~(0x7FF << 52) | (UInt64.random(in: 0x3C0...0x440, using: &generator) << 52))
            #expect(try number("\(value)") == value)
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}
