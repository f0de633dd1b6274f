import FlightDeckCore

/// Where the fleet's bases and landing pads are: one base at the centre, the others evenly on a ring
/// around it, each with a grid of pads 10 m apart; drones are spread over the bases round robin.
struct BaseLayout: Sendable {
    private let bases: [LocalFrame]
    private static let padsPerRow = 8
    private static let padSpacing = 10.0

    init(configuration: SimulatorConfiguration) {
        let count = max(1, configuration.baseCount)
        let radius = configuration.baseRingRadius.isFinite ? min(max(0, configuration.baseRingRadius), 50_000) : 0
        let centre = LocalFrame(home: configuration.center)
        bases = (0..<count).map { index in
            guard index > 0 else { return centre }
            let bearing = 360 * Double(index - 1) / Double(count - 1)
            return LocalFrame(home: centre.geoPoint(of: LocalPoint.origin.moved(distance: radius, bearing: bearing)))
        }
    }

    /// The pad of the drone at `index` in the fleet.
    func pad(forDrone index: Int) -> GeoPoint {
        let base = bases[index % bases.count]
        let slot = index / bases.count
        let column = Double(slot % Self.padsPerRow) - Double(Self.padsPerRow - 1) / 2
        let row = Double(slot / Self.padsPerRow)
        let offset = LocalPoint(east: column * Self.padSpacing, north: row * Self.padSpacing, up: 0)
        let pad = base.geoPoint(of: offset)
        return GeoPoint(latitude: pad.latitude, longitude: pad.longitude)
    }
}
