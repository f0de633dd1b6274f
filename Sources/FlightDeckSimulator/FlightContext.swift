import FlightDeckCore

/// What every drone update shares: the fleet's random source, its task numbering,
/// and the list the updated drone reports its occurrences to.
struct FlightContext: Sendable {
    var generator: SeededGenerator
    private(set) var patrolsCreated = 0
    var occurrences: [DroneOccurrence] = []

    init(generator: SeededGenerator) {
        self.generator = generator
    }

    mutating func makePatrol() -> PatrolRoute {
        patrolsCreated += 1
        return PatrolRoute(number: patrolsCreated, using: &generator)
    }
}
