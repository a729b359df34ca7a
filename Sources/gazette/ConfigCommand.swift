import ArgumentParser
import Foundation
import GazetteConfig

/// `gazette config`: print the documented default configuration, or check a file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default configuration or check a configuration file.",
        discussion: """
            The reader reads $XDG_CONFIG_HOME/gazette/config.toml (default \
            ~/.config/gazette/config.toml). --print-default writes a commented file with every \
            setting and every action's keys; --check reports each problem as file:line: message \
            and exits 2 when there is any.
            """
    )

    @Flag(name: .customLong("print-default"), help: "Write the documented default configuration to standard output.")
    var printDefault = false

    @Flag(name: .customLong("check"), help: "Check a configuration file (default: the one the reader uses).")
    var check = false

    @Argument(help: "The file to check (with --check).")
    var file: String?

    func validate() throws {
        if printDefault == check {
            throw ValidationError("give exactly one of --print-default and --check")
        }
        if printDefault, file != nil {
            throw ValidationError("--print-default takes no file")
        }
    }

    func run() throws {
        if printDefault {
            FileHandle.standardOutput.write(Data(DefaultConfig.text.utf8))
            return
        }
        guard let path = file ?? ConfigFile.path(environment: ProcessInfo.processInfo.environment) else {
            throw Console.fail("no configuration file given and neither XDG_CONFIG_HOME nor HOME is set")
        }
        let problems: [String]
        do {
            problems = try ConfigFile.check(path: path).problems
        } catch {
            throw Console.fail(error.located(in: path))
        }
        guard problems.isEmpty else {
            for problem in problems { Console.error(problem) }
            throw ExitCode(2)
        }
        Console.output("\(path): ok")
    }
}
