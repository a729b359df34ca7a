/// Everything the configuration file can change, with the defaults used without one.
public struct ReaderSettings: Sendable {
    /// The key table (defaults plus the user's rebindings).
    public var keyMap: KeyMap = .standard
    /// The colour theme.
    public var theme: ColourTheme = .default
    /// The list pane's width.
    public var listWidth: ListWidth = .standard
    /// How the list shows dates.
    public var dateFormat: DateFormat = .iso
    /// Whether `y` may copy the article's URL to the clipboard with an OSC 52 sequence.
    public var osc52Copy = false
    /// Whether the mouse is used.
    public var mouse = true

    /// The defaults.
    public init() {}
}
