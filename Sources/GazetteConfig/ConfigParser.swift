import GazetteUI
import TOMLKit

/// Reads a `config.toml` into ``ReaderSettings``: top-level settings (`theme`, `list-width`,
/// `date-format`, `osc52-copy`, `mouse`) and a `[keys]` table of action = key list.
/// Every problem is reported with its line; the settings returned apply what was valid.
public enum ConfigParser {
    /// The top-level settings, in the order the default file lists them.
    static let settingNames = ["theme", "list-width", "date-format", "osc52-copy", "mouse"]

    /// Parses a document. Syntax errors stop parsing (one problem, defaults returned).
    public static func parse(_ text: String) -> (settings: ReaderSettings, problems: [ConfigProblem]) {
        var settings = ReaderSettings()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (settings, [ConfigProblem(line: error.source.begin.line, message: "TOML syntax: \(error.description)")])
        } catch {
            return (settings, [ConfigProblem(line: 0, message: "TOML syntax: \(error)")])
        }
        let lines = KeyLines(text)
        var problems: [ConfigProblem] = []
        func problem(_ key: String, _ message: String, section: String = "") {
            problems.append(ConfigProblem(line: lines.line(of: key, in: section), message: message))
        }
        for (key, value) in table {
            switch key {
            case "theme":
                guard let name = value.string, let theme = ColourTheme(rawValue: name) else {
                    let names = ColourTheme.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                    problem(key, "theme must be one of \(names)")
                    continue
                }
                settings.theme = theme
            case "list-width":
                let text = value.int.map(String.init) ?? value.string
                guard let text, let width = ListWidth(configValue: text) else {
                    problem(key, "list-width must be a percentage \"15%\"…\"70%\" or a number of columns 16…400")
                    continue
                }
                settings.listWidth = width
            case "date-format":
                guard let text = value.string else {
                    problem(key, "date-format must be a string: \"iso\", \"short\" or a %-pattern")
                    continue
                }
                do {
                    settings.dateFormat = try DateFormat(configValue: text)
                } catch {
                    problem(key, error.message)
                }
            case "osc52-copy", "mouse":
                guard let flag = value.bool else {
                    problem(key, "\(key) must be true or false")
                    continue
                }
                if key == "mouse" { settings.mouse = flag } else { settings.osc52Copy = flag }
            case "keys":
                guard let keys = value.table else {
                    problem(key, "keys must be a table: [keys]")
                    continue
                }
                let (keyMap, keyProblems) = parseKeys(keys, lines: lines)
                settings.keyMap = keyMap
                problems += keyProblems
            default:
                problem(key, "unknown setting '\(key)' (known: \((settingNames + ["[keys]"]).joined(separator: ", ")))")
            }
        }
        return (settings, problems.sorted { $0.line < $1.line })
    }

    /// The `[keys]` table: each entry a key name or a list of them.
    private static func parseKeys(_ table: TOMLTable, lines: KeyLines) -> (KeyMap, [ConfigProblem]) {
        var problems: [ConfigProblem] = []
        var rebindings: [KeyMap.Rebinding] = []
        for (action, value) in table {
            let line = lines.line(of: action, in: "keys")
            let names: [String]
            if let single = value.string {
                names = [single]
            } else if let array = value.array {
                let strings = array.compactMap(\.string)
                guard strings.count == array.count else {
                    problems.append(ConfigProblem(line: line, message: "keys for '\(action)' must be strings"))
                    continue
                }
                names = strings
            } else {
                problems.append(ConfigProblem(line: line, message: "keys for '\(action)' must be a list of key names"))
                continue
            }
            var keys: [KeyEvent] = []
            for name in names {
                guard let key = KeyEvent(configName: name) else {
                    problems.append(ConfigProblem(line: line, message: "unknown key name \"\(printable(name))\" for '\(action)'"))
                    continue
                }
                keys.append(key)
            }
            rebindings.append(KeyMap.Rebinding(actionName: action, keys: keys, line: line))
        }
        rebindings.sort { $0.line < $1.line }
        let (keyMap, rebindProblems) = KeyMap.standard.rebinding(rebindings)
        return (keyMap, problems + rebindProblems)
    }

    /// A key name as it may be shown in a message (control characters made visible).
    private static func printable(_ name: String) -> String {
        TextSanitizer.sanitize(name)
    }
}
