import FlightDeckCore

/// One line on where a drone has flown lately: "track 1.24 km in 3m20s, avg 6.2 m/s, 42 fixes".
enum TrackSummary {
    static func text(of track: Trajectory) -> String {
        let distance = track.distance < 1_000
            ? CellText.fixed(track.distance, decimals: 0) + " m"
            : CellText.fixed(track.distance / 1_000, decimals: 2) + " km"
        let speed = track.averageSpeed.map { ", avg " + CellText.fixed($0, decimals: 1) + " m/s" } ?? ""
        return "track \(distance) in \(DurationText.short(seconds: track.duration))\(speed), \(track.points.count) fixes"
    }
}
