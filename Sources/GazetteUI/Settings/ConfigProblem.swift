/// Something wrong in a configuration file: where (1-based line, 0 when unknown) and what.
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line the problem is on (1-based; 0 when the problem has no line).
    public var line: Int
    /// A one-line description.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String {
        line > 0 ? "line \(line): \(message)" : message
    }

    /// `file:line: message`, the form `gazette config --check` prints.
    public func located(in file: String) -> String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
