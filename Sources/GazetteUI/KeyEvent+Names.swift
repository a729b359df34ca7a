/// Key names as written in the configuration file (`"Right"`, `"l"`, `"Ctrl-f"`, `"Space"`)
/// and as shown on the help screen (`"→"`, `"l"`, `"Ctrl-F"`, `"Space"`).
extension KeyEvent {
    /// Named keys, by their configuration spelling (matched case-insensitively).
    private static let namedKeys: [(name: String, key: KeyEvent)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Escape", .escape), ("Tab", .tab), ("BackTab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Space", .character(" ")),
    ]

    /// Other accepted spellings of named keys.
    private static let aliases: [String: KeyEvent] = [
        "pgup": .pageUp, "pgdn": .pageDown, "esc": .escape, "return": .enter,
        "shift-tab": .backTab, "s-tab": .backTab, "bspace": .backspace, "del": .delete,
    ]

    /// Parses a configuration key name: a named key, `Ctrl-x` / `C-x` for a control letter,
    /// or a single printable character. `nil` for anything else.
    public init?(configName: String) {
        let lowered = configName.lowercased()
        if let named = Self.namedKeys.first(where: { $0.name.lowercased() == lowered }) {
            self = named.key
            return
        }
        if let alias = Self.aliases[lowered] {
            self = alias
            return
        }
        for prefix in ["ctrl-", "c-"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        guard configName.count == 1, let character = configName.first,
            !character.unicodeScalars.contains(where: { $0.value < 0x21 || (0x7F...0x9F).contains($0.value) })
        else { return nil }
        self = .character(character)
    }

    /// The configuration spelling of a key; `nil` for events that are not keys (resize,
    /// termination, mouse).
    public var configName: String? {
        if let named = Self.namedKeys.first(where: { $0.key == self }) { return named.name }
        switch self {
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter)"
        default: return nil
        }
    }

    /// How the help screen shows a key.
    public var label: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .escape: "Esc"
        case .backTab: "Shift-Tab"
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        default: configName ?? ""
        }
    }
}
