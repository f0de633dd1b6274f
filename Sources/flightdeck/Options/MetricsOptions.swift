import ArgumentParser

/// Where to serve Prometheus metrics, if anywhere.
struct MetricsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Serve Prometheus metrics at http://host:port/metrics (off unless given; e.g. 127.0.0.1:9464).",
                               valueName: "host:port"))
    var metricsListen: String?

    /// The metrics and their server when asked for; nil and nothing counted otherwise.
    func start() throws -> (metrics: PipelineMetrics, server: MetricsServer)? {
        guard let metricsListen else { return nil }
        let metrics = PipelineMetrics()
        do {
            let server = try MetricsServer(listening: metricsListen) { metrics.exposition() }
            return (metrics, server)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
