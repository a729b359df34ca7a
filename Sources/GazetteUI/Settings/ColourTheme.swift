/// The colour scheme the terminal layer maps ``CellStyle/Role``s to.
public enum ColourTheme: String, CaseIterable, Hashable, Sendable {
    /// Colours for dark terminal backgrounds (the default).
    case `default`
    /// Colours for light terminal backgrounds.
    case light
    /// No colours: roles are told apart by bold, dim, underline and reverse video.
    case monochrome

    /// The theme actually used: `NO_COLOR` (any non-empty value) forces monochrome.
    public func effective(noColour: Bool) -> ColourTheme {
        noColour ? .monochrome : self
    }
}
