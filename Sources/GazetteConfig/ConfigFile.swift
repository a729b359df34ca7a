import Foundation
import GazetteUI

/// Finds and loads the configuration file.
public enum ConfigFile {
    /// What loading gave: the settings to use, and a one-line notice for the status bar and
    /// standard error when the file was unusable (then the settings are the defaults).
    public struct Loaded: Sendable {
        /// The settings to start with.
        public var settings: ReaderSettings
        /// Why the file was ignored, if it was.
        public var notice: String?
    }

    /// `$XDG_CONFIG_HOME/gazette/config.toml` when XDG_CONFIG_HOME is an absolute path, else
    /// `$HOME/.config/gazette/config.toml`; `nil` with neither.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/gazette/config.toml"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.config/gazette/config.toml"
        }
        return nil
    }

    /// Reads and parses a file: its problems, each `file:line: message`; throws a one-line
    /// message when it cannot be read.
    public static func check(path: String) throws(ConfigProblem) -> (settings: ReaderSettings, problems: [String]) {
        let text = try read(path)
        let (settings, problems) = ConfigParser.parse(text)
        return (settings, problems.map { $0.located(in: path) })
    }

    /// The settings from the file at `path` (none there: the defaults, silently). A file that
    /// cannot be read or has any problem gives the defaults and a notice naming the first
    /// problem.
    public static func load(path: String?) -> Loaded {
        guard let path, FileManager.default.fileExists(atPath: path) else {
            return Loaded(settings: ReaderSettings(), notice: nil)
        }
        do {
            let (settings, problems) = try check(path: path)
            guard let first = problems.first else { return Loaded(settings: settings, notice: nil) }
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            return Loaded(settings: ReaderSettings(), notice: "\(first)\(more); using default settings")
        } catch {
            return Loaded(settings: ReaderSettings(), notice: "\(error.located(in: path)); using default settings")
        }
    }

    private static func read(_ path: String) throws(ConfigProblem) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigProblem(line: 0, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigProblem(line: 0, message: "the file is not UTF-8 text")
        }
        return text
    }
}
