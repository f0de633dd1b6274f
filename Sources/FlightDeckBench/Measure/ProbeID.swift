import FlightDeckCore

/// An event id that carries when its event was handed to the producer, so whoever consumes it can tell
/// its latency without any state shared with the producing thread.
///
/// It keeps the shape of the UUIDs the services use (`0000002a-0000-4000-8000-00003b9aca00`): the first
/// group is the sequence number, the last the send time in nanoseconds since the benchmark's clock origin
/// (48 bits: 78 hours).
public struct ProbeID: Hashable, Sendable {
    public var sequence: UInt32
    public var sentAtNanoseconds: UInt64

    public init(sequence: UInt32, sentAtNanoseconds: UInt64) {
        self.sequence = sequence
        self.sentAtNanoseconds = sentAtNanoseconds & Self.timeMask
    }

    private static let timeMask: UInt64 = (1 << 48) - 1

    public var text: String {
        HexText.uuid(high: UInt64(sequence) << 32 | 0x4000, low: 0x8000 << 48 | sentAtNanoseconds)
    }

    /// Reads an id written by `text`; nil for any other id.
    public init?(parsing id: String) {
        let utf8 = id.utf8
        guard utf8.count == 36 else { return nil }
        var groups: [UInt64] = []
        var value: UInt64 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                groups.append(value)
                value = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value << 4 | UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"):
                value = value << 4 | UInt64(byte - UInt8(ascii: "a") + 10)
            default:
                return nil
            }
        }
        groups.append(value)
        guard groups.count == 5, groups[1] == 0, groups[2] == 0x4000, groups[3] == 0x8000 else { return nil }
        self.init(sequence: UInt32(groups[0]), sentAtNanoseconds: groups[4])
    }
}
