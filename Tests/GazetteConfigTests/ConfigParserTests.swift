import Foundation
import Testing
@testable import GazetteConfig
import GazetteUI

@Suite struct ConfigParserTests {
    @Test func parsesAValidFile() throws {
        let text = """
            # comment
            theme = "light"
            list-width = 40
            date-format = "%e %b"
            osc52-copy = true
            mouse = false

            [keys]
            follow-next-link = ["Right", "x"]
            quit = "Q"
            "go-forward" = []
            """
        let (settings, problems) = ConfigParser.parse(text)
        #expect(problems.isEmpty)
        #expect(settings.theme == .light)
        #expect(settings.listWidth == .columns(40))
        #expect(settings.dateFormat == .pattern("%e %b"))
        #expect(settings.osc52Copy)
        #expect(!settings.mouse)
        #expect(settings.keyMap.action(for: .character("x"), in: .list) == .followNextLink)
        #expect(settings.keyMap.action(for: .right, in: .detail) == .followNextLink)
        #expect(settings.keyMap.action(for: .character("Q"), in: .list) == .quit)
        #expect(settings.keyMap.action(for: .character("q"), in: .list) == nil)
        #expect(settings.keyMap.action(for: .character("f"), in: .list) == nil)
        #expect(settings.keyMap.helpLines.contains { $0.keys == "→ x" && $0.help == "follow the article's next link" })
    }

    @Test func emptyFileGivesDefaults() {
        let (settings, problems) = ConfigParser.parse("")
        #expect(problems.isEmpty)
        #expect(settings.theme == .default)
        #expect(settings.listWidth == .standard)
        #expect(settings.mouse)
        #expect(!settings.osc52Copy)
    }

    @Test(arguments: [
        ("theme = \"neon\"", 1, "theme must be one of \"default\", \"light\", \"monochrome\""),
        ("\n\nlist-width = \"90%\"", 3, "list-width must be a percentage \"15%\"…\"70%\" or a number of columns 16…400"),
        ("list-width = true", 1, "list-width must be a percentage \"15%\"…\"70%\" or a number of columns 16…400"),
        ("date-format = \"%Q\"", 1, "date-format has unknown directive '%Q' (use %Y %y %m %d %e %b %B %%)"),
        ("date-format = 3", 1, "date-format must be a string: \"iso\", \"short\" or a %-pattern"),
        ("mouse = \"no\"", 1, "mouse must be true or false"),
        ("osc52-copy = 1", 1, "osc52-copy must be true or false"),
        ("colour = \"red\"", 1, "unknown setting 'colour' (known: theme, list-width, date-format, osc52-copy, mouse, [keys])"),
        ("keys = 3", 1, "keys must be a table: [keys]"),
        ("[keys]\n\nteleport = [\"t\"]", 3, "unknown action 'teleport'"),
        ("[keys]\nquit = [\"q\", \"Hyper-q\"]", 2, "unknown key name \"Hyper-q\" for 'quit'"),
        ("[keys]\nquit = [1]", 2, "keys for 'quit' must be strings"),
        ("[keys]\nquit = 1", 2, "keys for 'quit' must be a list of key names"),
    ])
    func reportsEachErrorWithItsLine(text: String, line: Int, message: String) {
        let (_, problems) = ConfigParser.parse(text)
        #expect(problems == [ConfigProblem(line: line, message: message)])
    }

    @Test func syntaxErrorsCarryTheirLine() throws {
        let (settings, problems) = ConfigParser.parse("theme = \"light\"\n\nmouse = \n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.line == 3)
        #expect(problem.message.hasPrefix("TOML syntax: "))
        #expect(settings.theme == .default, "nothing is applied from a file that does not parse")
    }

    @Test func conflictsAreReportedOnTheLaterLine() {
        let text = """
            [keys]
            quit = ["x"]
            open-url = ["z"]
            select-next = ["x", "J"]
            scroll-down = ["z"]
            """
        let (settings, problems) = ConfigParser.parse(text)
        #expect(problems == [
            ConfigProblem(line: 4, message: "key 'x' of 'select-next' is already bound to 'quit' on line 2"),
            ConfigProblem(line: 5, message: "key 'z' of 'scroll-down' is already bound to 'open-url' on line 3"),
        ])
        #expect(settings.keyMap.action(for: .character("x"), in: .list) == .quit)
    }

    @Test func theDefaultFileRoundTrips() {
        let (settings, problems) = ConfigParser.parse(DefaultConfig.text)
        #expect(problems.isEmpty)
        #expect(settings.keyMap.bindings.map(\.keys) == KeyMap.standard.bindings.map(\.keys))
        #expect(settings.keyMap.helpLines.map(\.keys) == KeyMap.standard.helpLines.map(\.keys))
        for name in KeyMap.standard.actionNames {
            #expect(DefaultConfig.text.contains("\n\(name) = ["), "\(name) is listed")
        }
    }

    @Test func findsTheFileFromTheEnvironment() {
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/gazette/config.toml")
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/gazette/config.toml")
        #expect(ConfigFile.path(environment: ["HOME": "/h"]) == "/h/.config/gazette/config.toml")
        #expect(ConfigFile.path(environment: [:]) == nil)
    }

    @Test func loadingABrokenFileGivesDefaultsAndANotice() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("config.toml").path
        try "theme = \"light\"\n[keys]\nfly = [\"x\"]\nquit = [\"Nope\"]\n".write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ConfigFile.load(path: path)
        #expect(loaded.settings.theme == .default)
        #expect(loaded.notice == "\(path):3: unknown action 'fly' (and 1 more); using default settings")

        #expect(ConfigFile.load(path: directory.appendingPathComponent("missing.toml").path).notice == nil)
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: path))
        #expect(ConfigFile.load(path: path).notice == "\(path): the file is not UTF-8 text; using default settings")
    }
}
