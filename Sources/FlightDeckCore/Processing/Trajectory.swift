import DequeModule

/// A drone's recent track, bounded in points and in time, with the distance it covers.
public struct Trajectory: Hashable, Sendable {
    public struct Limits: Hashable, Sendable {
        public var maxPoints: Int
        public var windowSeconds: Double

        public init(maxPoints: Int = 300, windowSeconds: Double = 600) {
            self.maxPoints = max(2, maxPoints)
            self.windowSeconds = windowSeconds
        }
    }

    public struct Point: Hashable, Sendable {
        public var time: Timestamp
        public var location: GeoPoint
    }

    public let limits: Limits
    public private(set) var points: Deque<Point> = []
    /// Metres along the kept points, kept up to date as points come and go.
    public private(set) var distance: Double = 0

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Adds a position; one older than the newest kept is ignored (out-of-order delivery).
    public mutating func append(_ location: GeoPoint, at time: Timestamp) {
        if let last = points.last {
            guard time >= last.time else { return }
            distance += last.location.distance(to: location)
        }
        points.append(Point(time: time, location: location))
        while points.count > limits.maxPoints || (points.count > 1 && time.seconds(since: points[0].time) > limits.windowSeconds) {
            let dropped = points.removeFirst()
            if let next = points.first { distance -= dropped.location.distance(to: next.location) }
        }
        // Adding and taking away legs leaves rounding dust; it must not turn into a negative distance.
        distance = points.count == 1 ? 0 : max(0, distance)
    }

    /// Seconds between the oldest and the newest kept point.
    public var duration: Double {
        guard let first = points.first, let last = points.last else { return 0 }
        return last.time.seconds(since: first.time)
    }

    /// Metres per second over the kept track; nil until it spans some time.
    public var averageSpeed: Double? {
        duration > 0 ? distance / duration : nil
    }
}
