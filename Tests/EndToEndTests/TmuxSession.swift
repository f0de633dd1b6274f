import Foundation

/// A real terminal: tmux runs the console, takes keys and shows its screen.
struct TmuxSession {
    let name: String
    private let tmux: String

    init(command: String, width: Int = 120, height: Int = 40) throws {
        tmux = try Executable.tool("tmux")
        name = "fd-e2e-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        let wrapped = "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \(command); echo EXITED-$?; sleep 60"
        try Executable.run(tmux, ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", wrapped])
    }

    func screen() throws -> String {
        try Executable.run(tmux, ["capture-pane", "-p", "-t", name]).output
    }

    /// The screen, or nothing when tmux cannot be asked: for failure messages.
    var snapshot: String { (try? screen()) ?? "" }

    func send(_ keys: String...) throws {
        try send(keys)
    }

    func send(_ keys: [String]) throws {
        try Executable.run(tmux, ["send-keys", "-t", name] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try Executable.run(tmux, ["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func kill() {
        _ = try? Executable.run(tmux, ["kill-session", "-t", name])
    }

    /// The embedded cluster's address from the demo's status line, once it shows.
    func bootstrapAddress() throws -> String? {
        var address: String?
        _ = try eventually(seconds: 30) {
            let screen = try screen()
            guard let range = screen.range(of: #"embedded 127\.0\.0\.1:\d+"#, options: .regularExpression) else { return false }
            address = String(screen[range].dropFirst("embedded ".count))
            return true
        }
        return address
    }

    /// The window title programs in the pane set (OSC 0 / OSC 2).
    func title() throws -> String {
        try Executable.run(tmux, ["display-message", "-p", "-t", name, "#{pane_title}"]).output
    }
}
