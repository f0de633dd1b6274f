import Foundation
import ProcessSupport
import Testing

@Suite("The embedded cluster seen from another process")
struct HeadlessDemoTests {
    @Test("kcat connects to the demo's embedded cluster and reads the fleet's events")
    func kcatReadsTheDemo() throws {
        let demo = try ChildProcess(path: try Executable.flightdeck, arguments: ["demo", "--headless", "--drones", "20", "--rate", "200"])
        defer {
            demo.terminate()
            demo.wait()
        }
        let firstLine = demo.readLine() ?? ""
        let bootstrap = try #require(firstLine.split(separator: " ").last.map(String.init), "no bootstrap line: \(firstLine)")
        #expect(bootstrap.hasPrefix("127.0.0.1:"))

        let kcat = try Executable.tool("kcat")
        let read = try Executable.run(kcat, ["-b", bootstrap, "-C", "-t", "drone-events", "-o", "beginning", "-c", "50",
                                             "-q", "-X", "fetch.wait.max.ms=5", "-f", "%k\t%s\n"])
        #expect(read.status == 0)
        let lines = read.output.split(separator: "\n")
        #expect(lines.count == 50)
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1)
            #expect(parts.count == 2 && parts[0].hasPrefix("drone-"), "unexpected line: \(line)")
            let json = try JSONSerialization.jsonObject(with: Data(parts.last!.utf8)) as? [String: Any]
            let data = json?["data"] as? [String: Any]
            #expect(data?["drone_id"] as? String == String(parts[0]), "key and drone_id differ: \(line)")
        }
    }
}
