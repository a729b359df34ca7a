import Foundation

extension LinkIndex {
    /// The form in which URLs are compared: surrounding whitespace and one trailing `/` removed,
    /// scheme and host lowercased (user info, port, path, query and fragment keep their case).
    /// `nil` for a URL that is empty after trimming. Works on UTF-8 bytes: it runs for every
    /// article and link of an archive.
    static func urlKey(_ url: String) -> String? {
        var bytes = Array(url.utf8)
        if let first = bytes.first, let last = bytes.last, first >= 0x80 || last >= 0x80 {
            // Possibly non-ASCII whitespace at an end (NBSP…): let Foundation trim it.
            bytes = Array(url.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        }
        var end = bytes.count
        while end > 0, bytes[end - 1] <= 0x20 { end -= 1 }
        var start = 0
        while start < end, bytes[start] <= 0x20 { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard end > start else { return nil }
        var key = Array(bytes[start..<end])
        guard let separator = firstSchemeSeparator(in: key) else {
            return String(decoding: key, as: UTF8.self)
        }
        lowercaseASCII(&key, 0..<separator)
        let authorityStart = separator + 3
        var authorityEnd = authorityStart
        while authorityEnd < key.count, !"/?#".utf8.contains(key[authorityEnd]) { authorityEnd += 1 }
        let at = key[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@"))
        let hostStart = at.map { $0 + 1 } ?? authorityStart
        let host = hostStart..<authorityEnd
        if key[host].contains(where: { $0 >= 0x80 }) {
            let lowered = String(decoding: key[host], as: UTF8.self).lowercased()
            key.replaceSubrange(host, with: Array(lowered.utf8))
        } else {
            lowercaseASCII(&key, host)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Index of the first `://` in `bytes`.
    private static func firstSchemeSeparator(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 3 else { return nil }
        for index in 0...(bytes.count - 3)
        where bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
            return index
        }
        return nil
    }

    private static func lowercaseASCII(_ bytes: inout [UInt8], _ range: Range<Int>) {
        for index in range where (0x41...0x5A).contains(bytes[index]) {
            bytes[index] += 0x20
        }
    }
}
