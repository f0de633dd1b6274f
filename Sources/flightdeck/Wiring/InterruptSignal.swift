import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT and SIGTERM into a flag a loop can check, for the headless commands.
/// Unchecked: the signal sources are only read after `init`, and Dispatch does not mark them Sendable.
final class InterruptSignal: @unchecked Sendable {
    private let flag = Atomic<Bool>(false)
    private let sources: [any DispatchSourceSignal]

    init() {
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            sources.append(source)
        }
        self.sources = sources
        for source in sources {
            source.setEventHandler { [self] in flag.store(true, ordering: .releasing) }
            source.resume()
        }
    }

    var received: Bool { flag.load(ordering: .acquiring) }
}
