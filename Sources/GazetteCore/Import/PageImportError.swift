/// Why a page dump could not be imported: the file, the line, and what is wrong.
public struct PageImportError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The page's file name as given.
    public var file: String
    /// 1-based line of the problem.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String { "\(file):\(line): \(reason)" }
}
