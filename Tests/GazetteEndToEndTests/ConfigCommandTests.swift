import Foundation
import Testing

@Suite struct ConfigCommandTests {
    /// A fresh folder, removed after `body`.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func printedDefaultPassesTheCheck() throws {
        let printed = try GazetteBinary.run(["config", "--print-default"])
        #expect(printed.status == 0)
        #expect(printed.stderr.isEmpty)
        #expect(printed.stdout.contains("\nfollow-next-link = [\"Right\", \"l\"]\n"))
        #expect(printed.stdout.contains("\nopen-url = [\"o\"]\n"))
        #expect(printed.stdout.contains("\nosc52-copy = false\n"))
        try Self.withFolder { folder in
            let file = folder.appendingPathComponent("config.toml")
            try printed.stdout.write(to: file, atomically: true, encoding: .utf8)
            let checked = try GazetteBinary.run(["config", "--check", file.path])
            #expect(checked.status == 0)
            #expect(checked.stdout == "\(file.path): ok\n")
        }
    }

    @Test func checkReportsFileLineMessagesAndExits2() throws {
        try Self.withFolder { folder in
            let file = folder.appendingPathComponent("config.toml")
            try "theme = \"neon\"\n[keys]\nquit = [\"x\"]\nselect-next = [\"x\"]\n".write(to: file, atomically: true, encoding: .utf8)
            let result = try GazetteBinary.run(["config", "--check", file.path])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == """
                \(file.path):1: theme must be one of "default", "light", "monochrome"
                \(file.path):4: key 'x' of 'select-next' is already bound to 'quit' on line 3

                """)
        }
    }

    @Test func checkFindsTheFileThroughXDGAndReportsMissingOnes() throws {
        try Self.withFolder { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("gazette"), withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("gazette/config.toml")
            try "mouse = \n".write(to: file, atomically: true, encoding: .utf8)
            let result = try GazetteBinary.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": folder.path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("\(file.path):1: TOML syntax: "))
            let missing = try GazetteBinary.run(["config", "--check", folder.appendingPathComponent("nope.toml").path])
            #expect(missing.status == 2)
            #expect(missing.stderr == "gazette: \(folder.path)/nope.toml: cannot read the file\n")
        }
    }

    @Test func needsExactlyOneMode() throws {
        let result = try GazetteBinary.run(["config"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("give exactly one of --print-default and --check"))
    }
}
