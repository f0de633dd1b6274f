import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a broker's listener is there: a TCP connection that is accepted and not closed straight away.
///
/// Metadata alone cannot say: the embedded mock cluster lists a broker that was taken down, and accepts
/// then drops its connections. A real broker keeps an idle connection open until it gets a request.
enum BrokerProbe {
    static func isReachable(host: String, port: Int32, timeoutMilliseconds: Int32 = 1000) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else { return false }
        defer { freeaddrinfo(first) }
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            if connects(to: address.pointee, timeoutMilliseconds: timeoutMilliseconds) { return true }
            candidate = address.pointee.ai_next
        }
        return false
    }

    private static func connects(to address: addrinfo, timeoutMilliseconds: Int32) -> Bool {
        let socketFD = socket(address.ai_family, address.ai_socktype | Int32(SOCK_NONBLOCK.rawValue), address.ai_protocol)
        guard socketFD >= 0 else { return false }
        defer { close(socketFD) }
        if connect(socketFD, address.ai_addr, address.ai_addrlen) != 0 {
            guard errno == EINPROGRESS, wait(socketFD, for: Int16(POLLOUT), milliseconds: timeoutMilliseconds) else { return false }
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(socketFD, SOL_SOCKET, SO_ERROR, &error, &length) == 0, error == 0 else { return false }
        }
        // A listener that drops new connections makes the socket readable at end of file at once.
        guard wait(socketFD, for: Int16(POLLIN), milliseconds: 100) else { return true }
        var byte: UInt8 = 0
        return recv(socketFD, &byte, 1, Int32(MSG_PEEK)) > 0
    }

    private static func wait(_ socketFD: Int32, for events: Int16, milliseconds: Int32) -> Bool {
        var request = pollfd(fd: socketFD, events: events, revents: 0)
        return poll(&request, 1, milliseconds) == 1
    }
}
