import GazetteCore

/// The human-readable report of `gazette validate`.
struct ValidationSummary {
    let archive: Archive
    let graph: LinkGraph
    let fileName: String

    var text: String {
        let report = graph.report
        let longest = graph.chains.map(\.count).max() ?? 0
        let rules = LinkRule.allCases.map { "\($0.rawValue) \(report.resolvedByRule[$0] ?? 0)" }.joined(separator: ", ")
        var lines = [
            "\(SafeText.line(archive.metadata.title)) (\(SafeText.line(fileName)))",
            "articles: \(archive.articles.count)",
            "chains: \(graph.chains.count) (longest: \(longest) \(longest == 1 ? "article" : "articles"))",
            "links: \(report.totalLinks), resolved \(report.resolvedCount) (\(rules)), "
                + "broken \(report.broken.count) (ambiguous \(report.ambiguousCount))",
        ]
        for broken in report.broken {
            let article = archive.articles[broken.articleIndex]
            let reason: String
            switch broken.reason {
            case .notFound: reason = "not found"
            case .ambiguous(let candidates): reason = "ambiguous: \(candidates.count) candidates"
            }
            lines.append(
                "  broken: \(SafeText.line(article.id.rawValue)) \"\(Self.short(article.title))\" → "
                    + "\(broken.direction.rawValue): \"\(SafeText.line(broken.link.title))\" (\(reason))")
        }
        return lines.joined(separator: "\n")
    }

    static func short(_ title: String, limit: Int = 40) -> String {
        let safe = SafeText.line(title)
        return safe.count > limit ? String(safe.prefix(limit - 1)) + "…" : safe
    }
}
