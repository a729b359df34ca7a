import Foundation

/// A detached tmux session on a private server, for end-to-end tests of full-screen
/// programs: start a command in a pane of a fixed size, type into it, read the screen.
///
/// Every session uses its own socket (`tmux -L gazette-test-<uuid>`) and an empty
/// configuration, so tests never touch the user's tmux server or settings. The status
/// line is off (the pane is the whole window) and panes remain after their command exits
/// so their last screen can be read.
final class TmuxSession {
    /// Why a tmux operation failed.
    enum Failure: Error, CustomStringConvertible {
        /// A tmux command exited with an error.
        case command([String], status: Int32, stderr: String)
        /// `waitFor`/`waitUntil` gave up; carries the last screen seen.
        case timeout(waitingFor: String, seconds: Double, lastCapture: String)

        var description: String {
            switch self {
            case .command(let arguments, let status, let stderr):
                "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(stderr)"
            case .timeout(let what, let seconds, let lastCapture):
                "timed out after \(seconds)s waiting for \(what); last screen:\n\(lastCapture)"
            }
        }
    }

    /// Whether a `tmux` executable is on the PATH.
    static let isAvailable: Bool = executablePath() != nil

    /// The private server's socket name.
    let socket: String
    /// The session name (also the target of every command).
    let name = "gazette"
    /// Folder holding the session's configuration file.
    private let directory: URL
    private var killed = false

    /// Starts `arguments` (a program and its arguments, quoted for the shell) in a new
    /// detached session of `width` × `height` cells, with extra environment variables
    /// (`XDG_STATE_HOME`, `XDG_CONFIG_HOME` and `XDG_CACHE_HOME` default to folders of the session's own, so
    /// tests never touch the real home).
    ///
    /// With `reportsExitStatus`, the program runs under `sh`, which prints
    /// "[exit status N]" when it ends and keeps the pane open; ``waitForExit(timeout:)``
    /// reads that line. (tmux 3.3 does not reliably record `pane_dead_status`.) The line
    /// starts with a carriage return: a program killed in raw mode leaves the terminal
    /// without newline translation, and the line must not wrap mid-marker.
    init(
        _ arguments: [String], width: Int = 120, height: Int = 40,
        environment: [String: String] = [:], reportsExitStatus: Bool = false
    ) throws {
        socket = "gazette-test-\(UUID().uuidString)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let configuration = directory.appendingPathComponent("tmux.conf")
        let settings = [
            "set-option -g status off",
            "set-option -g remain-on-exit on",
            "set-option -g default-terminal screen-256color",
            "set-option -g escape-time 10",
        ]
        try (settings.joined(separator: "\n") + "\n").write(to: configuration, atomically: true, encoding: .utf8)
        var newSession = [
            "-f", configuration.path, "new-session", "-d", "-s", name,
            "-x", String(width), "-y", String(height),
        ]
        // The reader saves its state, reads its configuration and caches its index under XDG
        // folders: keep them inside the session's folder unless a test chooses them.
        var environment = environment
        for (key, folder) in [("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")] where environment[key] == nil {
            environment[key] = directory.appendingPathComponent(folder, isDirectory: true).path
        }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            newSession += ["-e", "\(key)=\(value)"]
        }
        var command = arguments.map(Self.shellQuoted).joined(separator: " ")
        if reportsExitStatus {
            command = "sh -c " + Self.shellQuoted(command + "; printf '\\r\\n[exit status %d]\\r\\n' $?; exec sleep 3600")
        }
        newSession.append(command)
        // `window-size manual` lets resize-window change a detached window's size; tmux
        // 3.3 crashes when it is set in the configuration, before the first session.
        try run(newSession + [";", "set-option", "-g", "window-size", "manual"])
    }

    deinit {
        kill()
    }

    /// Sends named keys (`Right`, `Left`, `BSpace`, `Enter`, `Escape`, `C-c`, `PageDown`…).
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (no key-name lookup).
    func sendText(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    /// The visible screen as text, one line per row; with `escapes`, including the escape
    /// sequences for colours and attributes (`capture-pane -e`); with `history`, preceded
    /// by the lines scrolled off the top (tmux 3.3 may scroll the last screen of a pane
    /// whose command exited into the history).
    func capture(escapes: Bool = false, history: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []) + (history ? ["-S", "-"] : []))
    }

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(text: String, timeout: Double = 30) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen every 50 ms until `condition` holds; returns that screen.
    @discardableResult
    func waitUntil(_ description: String, timeout: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = try capture()
            if condition(last) { return last }
            if Date() >= deadline {
                throw Failure.timeout(waitingFor: description, seconds: timeout, lastCapture: last)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Resizes the window (and its only pane).
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The pane's size as tmux reports it.
    func paneSize() throws -> (width: Int, height: Int) {
        let text = try run(["display-message", "-p", "-t", name, "#{pane_width} #{pane_height}"])
        let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard numbers.count == 2 else {
            throw Failure.command(["display-message"], status: 0, stderr: "unexpected pane size '\(text)'")
        }
        return (numbers[0], numbers[1])
    }

    /// Where the pane's cursor is.
    func cursor() throws -> (row: Int, column: Int) {
        let text = try run(["display-message", "-p", "-t", name, "#{cursor_y} #{cursor_x}"])
        let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard numbers.count == 2 else {
            throw Failure.command(["display-message"], status: 0, stderr: "unexpected cursor '\(text)'")
        }
        return (numbers[0], numbers[1])
    }

    /// Polls until a session started with `reportsExitStatus` shows its program's exit
    /// status; returns it.
    @discardableResult
    func waitForExit(timeout: Double = 30) throws -> Int {
        let marker = "[exit status "
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try capture(history: true)
            if let start = screen.range(of: marker, options: .backwards) {
                let digits = screen[start.upperBound...].prefix { $0 != "]" }
                if let status = Int(digits) { return status }
            }
            if Date() >= deadline {
                throw Failure.timeout(waitingFor: "the command to exit", seconds: timeout, lastCapture: screen)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// A tmux format expanded for the pane (`#{pane_title}`, `#{alternate_on}`…), trimmed.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane terminal's line settings (`stty -a` on its tty), read from outside the pane
    /// so it works while the pane's program is stopped.
    func terminalSettings() throws -> String {
        let tty = try display("#{pane_tty}")
        let result = try ChildProcess.run(
            "/bin/stty", ["-a", "-F", tty], environment: ProcessInfo.processInfo.environment, scratch: directory)
        guard result.status == 0 else {
            throw Failure.command(["stty", "-a", "-F", tty], status: result.status, stderr: result.stderr)
        }
        return result.stdout
    }

    /// Whether the program in the pane asked the terminal for mouse reports.
    func mouseReporting() throws -> Bool {
        try display("#{mouse_any_flag}") == "1"
    }

    /// Lets programs set tmux's clipboard with OSC 52 (`set-clipboard on`).
    func acceptClipboardSequences() throws {
        try run(["set-option", "-s", "set-clipboard", "on"])
    }

    /// The newest paste buffer (where an accepted OSC 52 copy lands), or nil when none.
    func newestBuffer() -> String? {
        try? run(["show-buffer"])
    }

    /// The process id of the pane's command.
    func panePID() throws -> Int32 {
        let text = try run(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure.command(["display-message"], status: 0, stderr: "unexpected pane pid '\(text)'")
        }
        return pid
    }

    /// Stops the private server (ending the command) and removes the configuration.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs one tmux command on the private server; returns its standard output.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try ChildProcess.run(
            Self.executablePath() ?? "/usr/bin/tmux", ["-L", socket] + arguments,
            environment: environment, scratch: directory)
        guard result.status == 0 else {
            throw Failure.command(arguments, status: result.status, stderr: result.stderr)
        }
        return result.stdout
    }

    /// The tmux executable found on the PATH.
    private static func executablePath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Quotes an argument for `sh`.
    static func shellQuoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
