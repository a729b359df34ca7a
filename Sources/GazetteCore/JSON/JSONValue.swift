/// A parsed JSON value. Numbers keep their source text so nothing is lost or rounded;
/// objects keep their members in document order.
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written in the source (already validated against the JSON grammar).
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object(JSONObject)

    /// The value's JSON type name, for error messages ("string", "array", …).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The string payload, when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The object payload, when this is an object.
    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The array payload, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The number as an integer, when it is one exactly (no fraction or exponent).
    public var integerValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }
}

/// One member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    /// The member's name.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A JSON object: members in document order, looked up by key.
public struct JSONObject: Hashable, Sendable {
    /// The members, in document order (duplicates kept as written).
    public var members: [JSONMember]

    /// Creates an object from members.
    public init(_ members: [JSONMember] = []) {
        self.members = members
    }

    /// The value of the last member with this key (JSON's usual "last one wins").
    public subscript(key: String) -> JSONValue? {
        members.last(where: { $0.key == key })?.value
    }

    /// Appends a member when a value is present; `nil` leaves the object unchanged.
    public mutating func append(_ key: String, _ value: JSONValue?) {
        if let value { members.append(JSONMember(key, value)) }
    }
}
