/// Alert ids that follow from what the alert is about and when its episode began, so a processor that
/// reprocesses the same events after a restart names the same alert again instead of raising a new one.
public enum AlertID {
    /// Every id the stream processor makes starts with this, so its alerts are told apart from others'.
    public static let prefix = "fd-"

    public static func make(_ key: AlertKey, startedAt: Timestamp) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [key.droneID, key.type, key.subject, String(startedAt.millisecondsSinceEpoch)] {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
