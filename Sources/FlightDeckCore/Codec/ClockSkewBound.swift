/// How far an event's own timestamp may run ahead of the time Kafka stamped on its message.
///
/// The reducer never lets an older event overwrite a newer one, so one event dated in the year 9999 would
/// pin its drone: every true event after it would count as out of order. Events too far ahead are refused
/// instead. The bound is measured against the message's Kafka timestamp, not the reader's clock, so the
/// live console and `flightdeck verify` refuse exactly the same events whenever they read them.
public struct ClockSkewBound: Hashable, Sendable {
    public var maximumAheadMilliseconds: Int64

    /// Five minutes: well beyond any NTP-synchronised producer, well short of pinning a drone for long.
    public static let standard = ClockSkewBound(maximumAheadMilliseconds: 300_000)

    public init(maximumAheadMilliseconds: Int64) {
        self.maximumAheadMilliseconds = maximumAheadMilliseconds
    }

    /// Throws when `event` claims a time beyond `messageTime` plus the bound. A message without a Kafka
    /// timestamp has nothing to be measured against and passes.
    public func check(_ event: Event, messageTime: Timestamp?) throws(DecodeError) {
        guard let messageTime else { return }
        let ahead = event.timestamp.millisecondsSinceEpoch &- messageTime.millisecondsSinceEpoch
        guard ahead <= maximumAheadMilliseconds else {
            throw .aheadOfMessageTime(timestamp: event.timestamp, messageTime: messageTime,
                                      boundSeconds: maximumAheadMilliseconds / 1000)
        }
    }
}
