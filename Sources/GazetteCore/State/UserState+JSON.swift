import Foundation

extension UserState {
    /// Why a state file's content cannot be used.
    public struct DecodingError: Error, Equatable, CustomStringConvertible {
        /// What is wrong, naming the field.
        public var description: String
        /// Whether the file was written by a newer Gazette (then it must be left alone).
        public var isNewerVersion = false
    }

    /// The state file's format name.
    public static let formatName = "gazette-state"

    /// The state as the JSON document stored on disk (deterministic: sorted ids, fixed order).
    public func jsonValue(archivePath: String) -> JSONValue {
        func ids<S: Sequence>(_ ids: S) -> JSONValue where S.Element == ArticleID {
            .array(ids.map { .string($0.rawValue) })
        }
        var object = JSONObject()
        object.append("format", .string(Self.formatName))
        object.append("version", .number(String(Self.version)))
        object.append("archive", .string(archivePath))
        object.append("read", ids(read.sorted()))
        object.append("bookmarked", ids(bookmarked.sorted()))
        object.append("selected", selected.map { .string($0.rawValue) } ?? .null)
        object.append("open", open.map { .string($0.rawValue) } ?? .null)
        object.append("history", .object(JSONObject([
            JSONMember("back", ids(historyBack)), JSONMember("forward", ids(historyForward)),
        ])))
        object.append("sort", .string(sort.rawValue))
        object.append("filter", .string(filter.description))
        object.append("bookmarkedOnly", .bool(bookmarkedOnly))
        return .object(object)
    }

    /// Reads a state document. Unknown members are ignored; a missing member keeps its
    /// default; a member of the wrong type, another format or a newer version is an error.
    public init(json value: JSONValue) throws(DecodingError) {
        self.init()
        guard let object = value.objectValue else { throw DecodingError(description: "the document is not an object") }
        guard object["format"]?.stringValue == Self.formatName else {
            throw DecodingError(description: "\"format\" is not \"\(Self.formatName)\"")
        }
        guard let version = object["version"]?.integerValue else { throw DecodingError(description: "\"version\" is missing") }
        guard version <= Self.version else { throw DecodingError(description: "version \(version) is newer than this Gazette reads (\(Self.version))", isNewerVersion: true) }
        func string(_ value: JSONValue?, _ name: String) throws(DecodingError) -> String? {
            guard let value, value != .null else { return nil }
            guard let text = value.stringValue else { throw DecodingError(description: "\"\(name)\" is not a string") }
            return text
        }
        func ids(_ value: JSONValue?, _ name: String) throws(DecodingError) -> [ArticleID] {
            guard let value else { return [] }
            guard let array = value.arrayValue else { throw DecodingError(description: "\"\(name)\" is not an array") }
            var result: [ArticleID] = []
            for element in array {
                guard let text = element.stringValue else { throw DecodingError(description: "\"\(name)\" holds a non-string") }
                result.append(ArticleID(text))
            }
            return result
        }
        read = Set(try ids(object["read"], "read"))
        bookmarked = Set(try ids(object["bookmarked"], "bookmarked"))
        selected = try string(object["selected"], "selected").map(ArticleID.init)
        open = try string(object["open"], "open").map(ArticleID.init)
        if let history = object["history"] {
            guard let historyObject = history.objectValue else { throw DecodingError(description: "\"history\" is not an object") }
            historyBack = try ids(historyObject["back"], "history.back")
            historyForward = try ids(historyObject["forward"], "history.forward")
        }
        if let text = try string(object["sort"], "sort") {
            guard let sort = ArticleSort(rawValue: text) else { throw DecodingError(description: "\"sort\" is not a known order") }
            self.sort = sort
        }
        if let text = try string(object["filter"], "filter") {
            do {
                filter = try ArticleFilter(parsing: text)
            } catch {
                throw DecodingError(description: "\"filter\": \(error)")
            }
        }
        if let flag = object["bookmarkedOnly"] {
            guard case .bool(let value) = flag else { throw DecodingError(description: "\"bookmarkedOnly\" is not a boolean") }
            bookmarkedOnly = value
        }
    }
}
