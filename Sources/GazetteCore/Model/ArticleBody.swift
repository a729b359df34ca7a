import Foundation

/// An article's paragraphs: decoded strings, or the byte range of the already validated JSON
/// array of strings in the archive file they came from, decoded when read.
///
/// Lazy bodies keep a loaded archive's memory close to the file's size: only titles and
/// metadata become strings at load time; the reader decodes the one article it shows, and
/// the search index tokenizes the raw bytes directly.
enum ArticleBody: Sendable {
    case paragraphs([String])
    case raw(ArchiveBytes, Range<Int>)

    /// The paragraphs, decoding them when stored raw.
    var paragraphs: [String] {
        switch self {
        case .paragraphs(let paragraphs):
            return paragraphs
        case .raw:
            var result: [String] = []
            forEachParagraph { paragraph in
                result.append(paragraph)
                return false
            }
            return result
        }
    }

    /// The file bytes a raw body occupies.
    var rawRange: (ArchiveBytes, Range<Int>)? {
        if case .raw(let source, let range) = self { return (source, range) }
        return nil
    }

    /// Calls `body` with each paragraph's UTF-8 bytes, straight from the file when the
    /// paragraph has no escapes.
    func forEachParagraphUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch self {
        case .paragraphs(let paragraphs):
            for paragraph in paragraphs {
                var paragraph = paragraph
                paragraph.withUTF8(body)
            }
        case .raw(let source, let range):
            source.forEachString(inArrayAt: range) { utf8, _ in
                body(utf8)
                return false
            }
        }
    }

    /// Calls `stop` with each paragraph in order until it returns true; a raw body decodes
    /// only the paragraphs read.
    func forEachParagraph(until stop: (String) -> Bool) {
        switch self {
        case .paragraphs(let paragraphs):
            for paragraph in paragraphs where stop(paragraph) { return }
        case .raw(let source, let range):
            source.forEachString(inArrayAt: range) { utf8, _ in stop(String(decoding: utf8, as: UTF8.self)) }
        }
    }
}

extension ArticleBody: Hashable {
    static func == (lhs: ArticleBody, rhs: ArticleBody) -> Bool {
        if case .raw(let left, let leftRange) = lhs, case .raw(let right, let rightRange) = rhs,
           left === right, leftRange == rightRange {
            return true
        }
        return lhs.paragraphs == rhs.paragraphs
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(paragraphs)
    }
}

/// The bytes of a loaded archive file, shared by the articles whose bodies stay raw.
final class ArchiveBytes: Sendable {
    let data: Data
    /// Whether `data` is a read-only mapping of the file, whose dropped pages the kernel reads
    /// back from the file. Dropping pages of ordinary memory would lose them.
    let isMapped: Bool

    init(_ data: Data, isMapped: Bool) {
        self.data = data
        self.isMapped = isMapped
    }

    /// Drops the pages of `range` from the resident set when they are a mapping of the file
    /// (see ``MappedFile``); otherwise does nothing.
    func dropResidentPages(_ range: Range<Int>) {
        if isMapped { MappedFile.dropResidentPages(range, of: data) }
    }

    /// Walks a validated JSON array of strings at `range`, calling `body` with each string's
    /// UTF-8 (unescaped) and whether it had escapes, until `body` returns true.
    func forEachString(inArrayAt range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Bool) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = range.lowerBound + 1  // after '['
            while index < range.upperBound {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\"") else {
                    index += 1
                    continue
                }
                let start = index + 1
                var end = start
                var escaped = false
                // The array was validated: the string's closing quote is there. Eight bytes
                // at a time up to the next quote or backslash.
                while true {
                    if end + 8 <= bytes.count {
                        let found = JSONParser.quotesAndBackslashes(
                            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)))
                        if found == 0 {
                            end += 8
                            continue
                        }
                        end += found.trailingZeroBitCount >> 3
                    }
                    let byte = bytes[end]
                    if byte == UInt8(ascii: "\"") { break }
                    if byte == UInt8(ascii: "\\") {
                        escaped = true
                        end += 2
                    } else {
                        end += 1
                    }
                }
                let stop: Bool
                if escaped {
                    var parser = JSONParser(bytes: raw)
                    parser.position = start - 1
                    var text = (try? parser.parseString()) ?? ""
                    stop = text.withUTF8 { body($0, true) }
                } else {
                    stop = body(UnsafeBufferPointer(rebasing: bytes[start..<end]), false)
                }
                if stop { return }
                index = end + 1
            }
        }
    }
}
