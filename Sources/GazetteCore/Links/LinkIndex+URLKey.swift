import Foundation

extension LinkIndex {
    /// The form in which URLs are compared: surrounding whitespace and one trailing `/` removed,
    /// scheme and host lowercased (user info, port, path, query and fragment keep their case).
    /// `nil` for a URL that is empty after trimming. Works on UTF-8 bytes: it runs for every
    /// article and link of an archive.
    static func urlKey(_ url: String) -> String? {
        urlKeyUTF8(url).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of ``urlKey(_:)``, made in one pass into one array.
    static func urlKeyUTF8(_ url: String) -> [UInt8]? {
        var url = url
        let plainEnds = url.withUTF8 { bytes in
            bytes.isEmpty || (bytes[0] < 0x80 && bytes[bytes.count - 1] < 0x80)
        }
        if !plainEnds {
            // Possibly non-ASCII whitespace at an end (NBSP…): let Foundation trim it.
            url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return url.withUTF8(key(of:))
    }

    private static func key(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var end = bytes.count
        while end > 0, bytes[end - 1] <= 0x20 { end -= 1 }
        var start = 0
        while start < end, bytes[start] <= 0x20 { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard end > start else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(end - start)
        guard let separator = firstSchemeSeparator(in: bytes, start..<end) else {
            key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return key
        }
        appendLowercasedASCII(bytes, start..<separator, to: &key)
        key.append(contentsOf: "://".utf8)
        let authorityStart = separator + 3
        var authorityEnd = authorityStart
        while authorityEnd < end, bytes[authorityEnd] != 0x2F, bytes[authorityEnd] != 0x3F, bytes[authorityEnd] != 0x23 {
            authorityEnd += 1  // up to "/", "?" or "#"
        }
        var hostStart = authorityStart
        for index in authorityStart..<authorityEnd where bytes[index] == UInt8(ascii: "@") { hostStart = index + 1 }
        key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[authorityStart..<hostStart]))
        let host = UnsafeBufferPointer(rebasing: bytes[hostStart..<authorityEnd])
        if host.contains(where: { $0 >= 0x80 }) {
            key.append(contentsOf: String(decoding: host, as: UTF8.self).lowercased().utf8)
        } else {
            appendLowercasedASCII(bytes, hostStart..<authorityEnd, to: &key)
        }
        key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[authorityEnd..<end]))
        return key
    }

    /// Index of the first `://` within `range` of `bytes`.
    private static func firstSchemeSeparator(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= 3 else { return nil }
        for index in range.lowerBound...(range.upperBound - 3)
        where bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
            return index
        }
        return nil
    }

    private static func appendLowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to key: inout [UInt8]) {
        for index in range {
            let byte = bytes[index]
            key.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
    }
}
