import FlightDeckKafka
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves `GET /metrics` in Prometheus's text format over plain HTTP/1.1 on one worker thread: a blocking
/// accept loop is all a scrape every few seconds needs, and it builds in seconds where SwiftNIO takes minutes.
final class MetricsServer: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case address(String)
        case listen(String, reason: String)

        var description: String {
            switch self {
            case .address(let text): "--metrics-listen '\(text)' is not host:port, e.g. 127.0.0.1:9464"
            case .listen(let address, let reason): "cannot serve metrics on \(address): \(reason)"
            }
        }
    }

    /// The port bound: the one asked for, or the one the system chose for port 0.
    let port: UInt16
    private let worker: WorkerThread

    /// Listens on `address` (host:port; port 0 picks a free one) and serves until `stop()`.
    init(listening address: String, body: @escaping @Sendable () -> [UInt8]) throws(Failure) {
        guard let colon = address.lastIndex(of: ":"), let port = UInt16(address[address.index(after: colon)...]) else {
            throw .address(address)
        }
        let host = String(address[..<colon])
        let listener = try Self.listen(host: host.isEmpty ? "0.0.0.0" : host, port: port, address: address)
        var bound = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &bound) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        self.port = UInt16(bigEndian: bound.sin_port)
        worker = WorkerThread(name: "flightdeck-metrics") { worker in
            defer { close(listener) }
            while worker.isRunning {
                var request = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
                guard poll(&request, 1, 200) == 1 else { continue }
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { continue }
                Self.answer(connection, body: body)
                close(connection)
            }
        }
    }

    func stop() {
        worker.stop()
    }

    private static func listen(host: String, port: UInt16, address: String) throws(Failure) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_INET
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let info = found else { throw .address(address) }
        defer { freeaddrinfo(info) }
        let listener = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard listener >= 0 else { throw .listen(address, reason: String(cString: strerror(errno))) }
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        guard bind(listener, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, Glibc.listen(listener, 16) == 0 else {
            let reason = String(cString: strerror(errno))
            close(listener)
            throw .listen(address, reason: reason)
        }
        return listener
    }

    /// Reads the request head (up to 8 KiB, 2 s), answers `GET /metrics` with the exposition, anything else with 404.
    private static func answer(_ connection: Int32, body: () -> [UInt8]) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1024)
        while head.count < 8192, !head.ends(with: [13, 10, 13, 10]) {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return }
            head += chunk[0..<count]
        }
        let requestLine = String(decoding: head.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let isMetrics = requestLine.count >= 2 && requestLine[0] == "GET" && requestLine[1].split(separator: "?").first == "/metrics"
        let content = isMetrics ? body() : Array("not found: scrape /metrics\n".utf8)
        let status = isMetrics ? "200 OK" : "404 Not Found"
        let type = isMetrics ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8"
        let response = Array("HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(content.count)\r\nConnection: close\r\n\r\n".utf8) + content
        var sent = 0
        while sent < response.count {
            let count = response[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
