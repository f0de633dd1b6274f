import ArgumentParser

@main
struct FlightDeck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flightdeck",
        abstract: "A terminal operations console for drone fleets that talk through Kafka.",
        discussion: """
            Start with `flightdeck demo`: an embedded Kafka cluster, a simulated fleet and the console, \
            with nothing to set up. Point `flightdeck console` at a real cluster with --brokers and -X.
            """,
        version: "0.1.0",
        subcommands: [Demo.self, Console.self, Simulate.self, ProcessCommand.self, Replay.self, Send.self, Tail.self, Lag.self,
                      Audit.self, Verify.self, Topics.self, Bench.self]
    )
}
