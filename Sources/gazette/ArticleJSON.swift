import Foundation
import GazetteCore

/// The `--json` shapes shared by the commands (documented in README.md, "Scripting").
enum ArticleJSON {
    static func archive(_ archive: Archive, file: String) -> JSONValue {
        self.archive(metadata: archive.metadata, articleCount: archive.articles.count, file: file)
    }

    /// An archive's summary from its metadata and size.
    static func archive(metadata: ArchiveMetadata, articleCount: Int, file: String) -> JSONValue {
        var object = JSONObject()
        object.append("title", .string(metadata.title))
        object.append("source", metadata.source.map(JSONValue.string) ?? .null)
        object.append("file", .string(file))
        object.append("articles", .number(String(articleCount)))
        return .object(object)
    }

    /// An article's summary; with `body` its paragraphs too.
    static func article(_ archive: Archive, _ index: Int, graph: LinkGraph, body: Bool = false) -> JSONValue {
        let article = archive.articles[index]
        var object = JSONObject()
        object.append("index", .number(String(index)))
        object.append("id", .string(article.id.rawValue))
        object.append("title", .string(article.title))
        object.append("date", article.date.map { .string($0.text) } ?? .null)
        object.append("url", article.url.map(JSONValue.string) ?? .null)
        object.append("source", article.source.map(JSONValue.string) ?? .null)
        if body {
            object.append("body", .array(article.body.map(JSONValue.string)))
        } else {
            object.append("paragraphs", .number(String(article.body.count)))
        }
        object.append("previous", link(archive, index, .previous, graph: graph))
        object.append("next", link(archive, index, .next, graph: graph))
        return .object(object)
    }

    /// A link: its text, and where it leads (`target` id and the rule) or why it is broken.
    static func link(_ archive: Archive, _ index: Int, _ direction: LinkDirection, graph: LinkGraph) -> JSONValue {
        guard let link = archive.articles[index].link(direction) else { return .null }
        var object = JSONObject()
        object.append("title", .string(link.title))
        switch graph.resolution(from: index, direction) {
        case .resolved(let target, let rule)?:
            object.append("target", .string(archive.articles[target].id.rawValue))
            object.append("rule", .string(rule.rawValue))
        case .broken(.ambiguous(let candidates))?:
            object.append("target", .null)
            object.append("broken", .string("ambiguous"))
            object.append("candidates", .array(candidates.map { .string(archive.articles[$0].id.rawValue) }))
        case .broken(.notFound)?, nil:
            object.append("target", .null)
            object.append("broken", .string("not-found"))
        }
        return .object(object)
    }

    static func print(_ value: JSONValue) {
        // Pretty output ends with exactly one newline (the document itself never does).
        FileHandle.standardOutput.write(JSONWriter(pretty: true).data(for: value))
    }
}
