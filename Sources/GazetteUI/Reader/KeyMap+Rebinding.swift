/// User overrides of the key table, from the configuration file.
extension KeyMap {
    /// One configuration entry: give the action named `actionName` exactly these keys.
    public struct Rebinding: Hashable, Sendable {
        /// The action's stable name (see ``KeyMap/Binding/name``).
        public var actionName: String
        /// The keys it gets (an empty list unbinds it).
        public var keys: [KeyEvent]
        /// Where the entry is, for error messages.
        public var line: Int

        /// Creates a rebinding.
        public init(actionName: String, keys: [KeyEvent], line: Int) {
            self.actionName = actionName
            self.keys = keys
            self.line = line
        }
    }

    /// The stable names of the bindable actions, in table order.
    public var actionNames: [String] { bindings.map(\.name) }

    /// The table with `rebindings` applied, and the problems found.
    ///
    /// A rebound action gets exactly the listed keys; a key a rebinding takes is removed
    /// from the default bindings it would clash with (same key, a shared pane), so
    /// rebinding steals keys. Two rebindings claiming one key in a shared pane are a
    /// conflict: the first keeps it. An unknown action name is reported and skipped.
    public func rebinding(_ rebindings: [Rebinding]) -> (keyMap: KeyMap, problems: [ConfigProblem]) {
        var problems: [ConfigProblem] = []
        var result = bindings
        var claims: [(key: KeyEvent, contexts: Set<Context>, name: String, line: Int)] = []
        var rebound = Set<Int>()
        for rebinding in rebindings {
            guard let index = bindings.firstIndex(where: { $0.name == rebinding.actionName }) else {
                problems.append(ConfigProblem(line: rebinding.line, message: "unknown action '\(rebinding.actionName)'"))
                continue
            }
            let contexts = bindings[index].contexts
            var keys: [KeyEvent] = []
            for key in rebinding.keys where !keys.contains(key) {
                if let earlier = claims.first(where: { $0.key == key && !$0.contexts.isDisjoint(with: contexts) }) {
                    problems.append(ConfigProblem(
                        line: rebinding.line,
                        message: "key '\(key.configName ?? key.label)' of '\(rebinding.actionName)' is already bound to '\(earlier.name)' on line \(earlier.line)"))
                    continue
                }
                claims.append((key, contexts, rebinding.actionName, rebinding.line))
                keys.append(key)
            }
            if keys != bindings[index].keys {
                result[index].keys = keys
                result[index].keyLabel = Self.label(for: keys)
            }
            rebound.insert(index)
        }
        for index in result.indices where !rebound.contains(index) {
            let kept = result[index].keys.filter { key in
                !claims.contains { $0.key == key && !$0.contexts.isDisjoint(with: result[index].contexts) }
            }
            if kept != result[index].keys {
                result[index].keys = kept
                result[index].keyLabel = Self.label(for: kept)
            }
        }
        return (KeyMap(bindings: result), problems)
    }

    /// The help-screen label of a list of keys.
    static func label(for keys: [KeyEvent]) -> String {
        keys.map(\.label).joined(separator: " ")
    }
}

extension KeyMap.Binding {
    /// The action's stable configuration name: its case name in kebab-case
    /// (`followNextLink` → `follow-next-link`, `openURL` → `open-url`).
    public var name: String {
        var name = ""
        var previousWasLower = false
        for character in String(describing: action) {
            if character.isUppercase && previousWasLower { name.append("-") }
            name += character.lowercased()
            previousWasLower = character.isLowercase
        }
        return name
    }
}
