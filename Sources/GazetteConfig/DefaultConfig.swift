import GazetteUI

/// The documented default configuration that `gazette config --print-default` writes: every
/// setting with its default value and every action with its default keys.
public enum DefaultConfig {
    /// The whole file.
    public static var text: String {
        let settings = ReaderSettings()
        var lines = [
            "# Gazette configuration: $XDG_CONFIG_HOME/gazette/config.toml",
            "# (default ~/.config/gazette/config.toml). Check it with: gazette config --check",
            "# A file with any error is ignored as a whole: the reader starts with these defaults",
            "# and says so in the status bar.",
            "",
            "# Colours: \"default\" (dark backgrounds), \"light\" (light backgrounds) or \"monochrome\".",
            "# NO_COLOR in the environment always means monochrome.",
            "theme = \"\(settings.theme.rawValue)\"",
            "",
            "# Width of the list pane beside the article: a percentage \"15%\"…\"70%\", or a number",
            "# of columns 16…400 (the article keeps at least 30 columns). > and < change it.",
            "list-width = \"\(settings.listWidth.configValue)\"",
            "",
            "# Dates in the list: \"iso\" (2024-03-09), \"short\" (9 Mar 24), or a pattern with",
            "# %Y year, %y two-digit year, %m month, %d day, %e day without zero, %b Mar, %B March, %% %.",
            "date-format = \"\(settings.dateFormat.configValue)\"",
            "",
            "# Let y copy the article's URL to the clipboard with an OSC 52 terminal sequence",
            "# (only the URL is sent; your terminal must allow OSC 52).",
            "osc52-copy = \(settings.osc52Copy)",
            "",
            "# Use the mouse: click selects, double-click opens, the wheel scrolls, a click on a",
            "# ← previous / → next line follows it. gazette read --no-mouse turns it off too.",
            "mouse = \(settings.mouse)",
            "",
            "# Keys: action = [key, ...]. A rebound action gets exactly the listed keys (an empty list",
            "# unbinds it) and takes them from any other action in the same pane.",
            "# Key names: a character (\"j\", \"?\"), Space, Up, Down, Left, Right, PageUp, PageDown,",
            "# Home, End, Enter, Escape, Tab, BackTab, Backspace, Delete, Ctrl-a … Ctrl-z.",
            "[keys]",
        ]
        for binding in KeyMap.standard.bindings {
            let keys = binding.keys.compactMap(\.configName).map(quoted).joined(separator: ", ")
            lines.append("# \(binding.help)")
            lines.append("\(binding.name) = [\(keys)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ name: String) -> String {
        var escaped = ""
        for character in name {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"" + escaped + "\""
    }
}
