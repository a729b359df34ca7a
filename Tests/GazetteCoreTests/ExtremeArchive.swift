import Foundation
import GazetteCore

/// Archives of extreme shape for the size tests, written straight as JSON text (fast even
/// for a million articles) into a temporary folder, so the tests go through the real loader.
struct ExtremeArchive {
    /// One article's text; ASCII words only, so no escaping is needed.
    struct Entry {
        var title: String
        var body: [String]
    }

    let url: URL

    /// Writes `count` articles, `entry(i)` giving each one's text; article i links to i + 1.
    init(name: String, count: Int, entry: (Int) -> Entry) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-extreme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent("\(name).json")
        var text = #"{"format":"gazette-archive","version":1,"title":"Extreme \#(name)","articles":["#
        for index in 0..<count {
            let article = entry(index)
            if index > 0 { text += "," }
            text += #"{"id":"x\#(index)","title":"\#(article.title)","date":"2024-01-01","body":["#
            for (offset, paragraph) in article.body.enumerated() {
                text += offset == 0 ? "\"" : ",\""
                text += paragraph
                text += "\""
            }
            text += "]"
            if index + 1 < count { text += #","next":{"title":"\#(entry(index + 1).title.prefix(200))"}"# }
            text += "}"
        }
        text += "]}\n"
        try Data(text.utf8).write(to: url)
    }

    /// Deletes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// About `bytes` of text made of `words` (deterministic), space-separated.
    static func prose(bytes: Int, words: [String] = ["harbour", "ferries", "lighthouse", "科学", "tide", "north"]) -> String {
        var text = ""
        text.reserveCapacity(bytes + 16)
        var index = 0
        while text.utf8.count < bytes {
            text += words[index % words.count]
            text += index % 17 == 16 ? ". " : " "
            index += 1
        }
        return text
    }
}
