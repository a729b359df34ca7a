/// A command typed at the reader's `:` prompt, as in `less` and `vi`.
///
/// `find TEXT` (or `f TEXT`) finds text in the open article, `filter TERMS` sets the list
/// filter (`filter` alone clears it), `help` shows the keys, `quit` (or `q`) quits. Names
/// ignore case; the text after a command keeps its own spaces but not the one separator.
enum ReaderCommand: Equatable {
    /// Nothing typed.
    case empty
    /// Find this text in the open article (empty clears the find).
    case find(String)
    /// Filter the list by these terms (empty clears the filter).
    case filter(String)
    /// Show the help screen.
    case help
    /// Quit the reader.
    case quit

    /// Parses a command line, or nil when it names no known command.
    init?(parsing line: String) {
        let trimmed = line.drop { $0 == " " }
        guard !trimmed.isEmpty else {
            self = .empty
            return
        }
        let name = trimmed.prefix { $0 != " " }
        var argument = trimmed.dropFirst(name.count)
        if argument.first == " " { argument = argument.dropFirst() }
        let bare = argument.allSatisfy { $0 == " " }
        switch name.lowercased() {
        case "find", "f": self = .find(String(argument))
        case "filter": self = .filter(String(argument))
        case "help" where bare: self = .help
        case "quit" where bare, "q" where bare: self = .quit
        default: return nil
        }
    }
}
