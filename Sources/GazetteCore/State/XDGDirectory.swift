import Foundation

/// Gazette's folders under the XDG base directories.
enum XDGDirectory {
    /// `$<variable>/gazette` when the variable holds an absolute path (as the XDG spec says),
    /// else `$HOME/<underHome>/gazette`, read from `environment`.
    static func gazetteFolder(variable: String, underHome: String, environment: [String: String]) -> URL {
        if let base = environment[variable], base.hasPrefix("/") {
            return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent("gazette", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(underHome, isDirectory: true).appendingPathComponent("gazette", isDirectory: true)
    }
}
