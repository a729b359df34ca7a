import Foundation
import GazetteCore

/// Writes archives for end-to-end tests into a fresh temporary folder.
struct TemporaryArchive {
    let directory: URL
    let url: URL

    init(_ archive: Archive, name: String = "archive.json") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(name)
        try ArchiveWriter.write(archive, to: url)
    }

    /// An `XDG_STATE_HOME` for tests, inside the temporary folder.
    var stateHome: URL { directory.appendingPathComponent("state", isDirectory: true) }

    /// The environment of this process with ``stateHome`` as `XDG_STATE_HOME`.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = stateHome.path
        return environment
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A chain of `count` articles (next/previous by title), the last one's next link broken,
    /// plus hostile text in article 2.
    static func chain(count: Int) -> Archive {
        var articles: [Article] = []
        for index in 0..<count {
            articles.append(Article(
                id: ArticleID("n\(index)"), title: "Story number \(index) about the harbour",
                date: ArticleDate(String(format: "2022-%02d-%02d", index / 28 % 12 + 1, index % 28 + 1)),
                source: "Chain Times",
                body: ["Body of story \(index). It mentions lighthouse\(index % 3 == 0 ? " and ferries" : "").",
                       index == 2 ? "Hostile \u{1B}]0;pwned\u{7} title and \u{1B}[2J clear \u{9B}c." : "Second paragraph."],
                next: ArticleLink(title: index == count - 1 ? "A story that was never archived" : "Story number \(index + 1) about the harbour"),
                previous: index == 0 ? nil : ArticleLink(title: "Story number \(index - 1) about the har...")))
        }
        return Archive(metadata: ArchiveMetadata(title: "Chain Times"), articles: articles)
    }
}
