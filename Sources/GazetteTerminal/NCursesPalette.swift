import CNCursesw
import GazetteUI

/// Maps a ``CellStyle`` to ncurses attributes and a colour pair.
///
/// With colours, each role gets a pair (numbered `rawValue + 1`) of the theme's colours on
/// the terminal's own default background when `use_default_colors` works. Without colours,
/// with the monochrome theme, or when `NO_COLOR` is set, roles are told apart by attributes
/// alone.
struct NCursesPalette {
    /// Whether colour pairs are in use.
    let usesColour: Bool

    /// Sets up colours (when available and wanted) and returns the palette to draw with.
    static func start(theme: ColourTheme, environment: [String: String]) -> NCursesPalette {
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let theme = theme.effective(noColour: noColour)
        guard theme != .monochrome, has_colors(), start_color() == gazette_ok() else {
            return NCursesPalette(usesColour: false)
        }
        let defaults = use_default_colors() == gazette_ok()
        let foreground = defaults ? Int16(-1) : Int16(COLOR_WHITE)
        let background = defaults ? Int16(-1) : Int16(COLOR_BLACK)
        for role in CellStyle.Role.allCases {
            let (fg, bg) = theme == .light
                ? lightColours(for: role, foreground: foreground, background: background)
                : colours(for: role, foreground: foreground, background: background)
            init_pair(pairNumber(for: role), fg, bg)
        }
        return NCursesPalette(usesColour: true)
    }

    /// The pair number of a role.
    static func pairNumber(for role: CellStyle.Role) -> Int16 {
        Int16(role.rawValue) + 1
    }

    /// Foreground and background colours of a role.
    private static func colours(
        for role: CellStyle.Role, foreground: Int16, background: Int16
    ) -> (Int16, Int16) {
        switch role {
        case .normal: (foreground, background)
        case .selection: (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .inactiveSelection: (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
        case .match: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        case .status: (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        case .heading: (Int16(COLOR_YELLOW), background)
        case .secondary: (Int16(COLOR_CYAN), background)
        case .link: (Int16(COLOR_GREEN), background)
        case .brokenLink: (Int16(COLOR_RED), background)
        case .error: (Int16(COLOR_WHITE), Int16(COLOR_RED))
        }
    }

    /// Foreground and background colours of a role for light terminal backgrounds.
    private static func lightColours(
        for role: CellStyle.Role, foreground: Int16, background: Int16
    ) -> (Int16, Int16) {
        switch role {
        case .normal: (foreground, background)
        case .selection: (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        case .inactiveSelection: (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .match: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        case .status: (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .heading: (Int16(COLOR_BLUE), background)
        case .secondary: (Int16(COLOR_MAGENTA), background)
        case .link: (Int16(COLOR_BLUE), background)
        case .brokenLink: (Int16(COLOR_RED), background)
        case .error: (Int16(COLOR_WHITE), Int16(COLOR_RED))
        }
    }

    /// Attributes that stand in for a role's colours on a monochrome screen.
    private static func monochromeAttributes(for role: CellStyle.Role) -> attr_t {
        switch role {
        case .normal: gazette_attr_normal()
        case .selection: gazette_attr_reverse()
        case .inactiveSelection: gazette_attr_reverse() | gazette_attr_dim()
        case .match: gazette_attr_bold() | gazette_attr_underline()
        case .status: gazette_attr_reverse()
        case .heading: gazette_attr_bold()
        case .secondary: gazette_attr_dim()
        case .link: gazette_attr_underline()
        case .brokenLink: gazette_attr_dim() | gazette_attr_underline()
        case .error: gazette_attr_bold() | gazette_attr_reverse()
        }
    }

    /// The attributes and colour pair a style is drawn with.
    func rendition(for style: CellStyle) -> (attributes: attr_t, pair: Int16) {
        var attributes = usesColour ? gazette_attr_normal() : Self.monochromeAttributes(for: style.role)
        if style.attributes.contains(.bold) { attributes |= gazette_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= gazette_attr_dim() }
        if style.attributes.contains(.underline) { attributes |= gazette_attr_underline() }
        if style.attributes.contains(.reverse) { attributes |= gazette_attr_reverse() }
        return (attributes, usesColour ? Self.pairNumber(for: style.role) : 0)
    }
}
