import GazetteCore

extension ValidationSummary {
    /// The `validate --json` document (shape documented in README.md, "Scripting").
    var json: JSONValue {
        let report = graph.report
        var links = JSONObject()
        links.append("total", .number(String(report.totalLinks)))
        links.append("resolved", .number(String(report.resolvedCount)))
        var byRule = JSONObject()
        for rule in LinkRule.allCases {
            byRule.append(rule.rawValue, .number(String(report.resolvedByRule[rule] ?? 0)))
        }
        links.append("byRule", .object(byRule))
        links.append("broken", .number(String(report.broken.count)))
        links.append("ambiguous", .number(String(report.ambiguousCount)))

        var document = JSONObject()
        document.append("archive", ArticleJSON.archive(archive, file: fileName))
        document.append("links", .object(links))
        document.append("chains", .array(graph.chains.map(chainJSON)))
        document.append("broken", .array(report.broken.map(brokenJSON)))
        return .object(document)
    }

    private func chainJSON(_ chain: [Int]) -> JSONValue {
        var object = JSONObject()
        object.append("length", .number(String(chain.count)))
        object.append("first", .string(chain.first.map { archive.articles[$0].id.rawValue } ?? ""))
        object.append("last", .string(chain.last.map { archive.articles[$0].id.rawValue } ?? ""))
        return .object(object)
    }

    private func brokenJSON(_ broken: BrokenLink) -> JSONValue {
        let article = archive.articles[broken.articleIndex]
        var object = JSONObject()
        object.append("index", .number(String(broken.articleIndex)))
        object.append("id", .string(article.id.rawValue))
        object.append("title", .string(article.title))
        object.append("direction", .string(broken.direction.rawValue))
        object.append("link", .string(broken.link.title))
        switch broken.reason {
        case .notFound:
            object.append("reason", .string("not-found"))
        case .ambiguous(let candidates):
            object.append("reason", .string("ambiguous"))
            object.append("candidates", .array(candidates.map { .string(archive.articles[$0].id.rawValue) }))
        }
        return .object(object)
    }
}
