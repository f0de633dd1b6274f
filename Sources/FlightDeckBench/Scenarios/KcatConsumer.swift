import Foundation
import ProcessSupport

/// Runs kcat as the reference consumer: `kcat -C -e -o beginning -q -X fetch.wait.max.ms=5 -t TOPIC`,
/// one topic after another (kcat's simple consumer reads one topic per run), output to /dev/null.
///
/// `fetch.wait.max.ms=5` matches FlightDeck's consumer: with the default 500 ms, kcat's last fetch
/// would wait half a second before it saw the end.
struct KcatConsumer {
    let executable: URL
    let bootstrapServers: String
    /// `-X` properties besides the fetch wait, such as a real cluster's security settings.
    let properties: [String: String]

    /// kcat on the `PATH`, or nil when it is not installed.
    static func locate() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("kcat")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// One timed read of every topic: wall time, start-ups included, and kcat's CPU time.
    func timedRead(topics: [String]) throws -> (seconds: Double, cpuSeconds: Double) {
        let cpuBefore = CPUTime.children()
        let start = MonotonicClock.nanoseconds()
        for topic in topics {
            try finish(launch(topic: topic, output: .null), topic: topic)
        }
        let seconds = MonotonicClock.seconds(since: start)
        return (seconds, (CPUTime.children() - cpuBefore).seconds)
    }

    /// Reads every topic through a pipe and counts what came out: messages (kcat ends each with a newline) and bytes.
    func count(topics: [String]) throws -> (messages: Int, payloadBytes: Int) {
        var messages = 0
        var bytes = 0
        for topic in topics {
            let kcat = try launch(topic: topic, output: .pipe)
            kcat.readOutput { chunk in
                bytes += chunk.count
                messages += chunk.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            }
            try finish(kcat, topic: topic)
        }
        return (messages, bytes - messages)
    }

    private func finish(_ kcat: ChildProcess, topic: String) throws {
        let status = kcat.wait()
        guard status == 0 else { throw BenchmarkError.kcatFailed(topic: topic, status: status) }
    }

    private func launch(topic: String, output: ChildProcess.Stream) throws -> ChildProcess {
        var arguments = ["-b", bootstrapServers, "-C", "-e", "-o", "beginning", "-q", "-X", "fetch.wait.max.ms=5"]
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) where name != "bootstrap.servers" {
            arguments += ["-X", "\(name)=\(value)"]
        }
        return try ChildProcess(path: executable.path, arguments: arguments + ["-t", topic], output: output, error: .inherit)
    }
}
