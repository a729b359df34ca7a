import Foundation

/// A deterministic synthetic archive for benchmarks and scale tests: the same article count and
/// seed always give the same articles, and so byte-identical files.
///
/// Shape (see `gazette-bench generate`):
/// - Latin-script text from a generated ~50,000-word vocabulary drawn with Zipf's law, with
///   accented words such as "café" and "Zürich"; about 5% of articles are written in CJK
///   ideographs instead (title and body).
/// - Titles of 30–150 characters, unique; 1–12 paragraphs of 300–6,000 characters.
/// - Dates from 2000 to 2024 (mostly with a UTC time of day), URLs, a few dozen sources.
/// - Chains of 1–500 articles joined by next/previous links that carry only the target's title:
///   10% of link titles are cut to 40–60% of the title (half of them ending in "..." or "…"),
///   2% name no article at all.
///
/// Creating the value lays out the archive-wide skeleton (O(n) memory: titles and chain
/// pointers); ``article(at:)`` derives each article from its own random stream, so writing
/// the archive with ``write(to:progress:)`` streams it without holding the articles.
public struct SyntheticArchive: Sendable {
    /// Share of next/previous links whose title names no article.
    static let brokenLinkShare = 0.02
    /// Share of links whose title is cut short (among the links that are not broken).
    static let truncatedLinkShare = 0.10

    /// Number of articles.
    public let articleCount: Int
    /// The seed everything is derived from.
    public let seed: UInt64
    let text: SyntheticText
    let plan: SyntheticArchivePlan
    /// One paragraph of about 300 characters per article (for archives of millions).
    public let shortBodies: Bool
    private let sources: [(name: String, host: String)]

    /// Lays out an archive of `articleCount` articles (negative counts are treated as 0).
    public init(articleCount: Int, seed: UInt64, shortBodies: Bool = false) {
        self.articleCount = max(0, articleCount)
        self.shortBodies = shortBodies
        self.seed = seed
        text = SyntheticText(seed: seed)
        plan = SyntheticArchivePlan(count: self.articleCount, seed: seed, text: text)
        sources = Self.makeSources(vocabulary: text.vocabulary, seed: seed)
    }

    /// The archive's metadata.
    public var metadata: ArchiveMetadata {
        ArchiveMetadata(
            title: "Synthetic archive: \(articleCount) articles, seed \(seed)",
            source: "gazette-bench synthetic generator")
    }

    /// The whole archive in memory (meant for small counts; large ones should be written).
    public func makeArchive() -> Archive {
        Archive(metadata: metadata, articles: (0..<articleCount).map(article(at:)))
    }

    /// The article at a position (`0..<articleCount`).
    public func article(at index: Int) -> Article {
        precondition((0..<articleCount).contains(index), "synthetic article index \(index) out of range")
        var random = SplitMix64(seed: seed, stream: 0x6172_7400_0000_0000 | UInt64(index))
        let cjk = plan.isCJK[index]
        let title = plan.titles[index]
        let source = sources[random.below(sources.count)]
        let day = Int(plan.day[index])
        let date = makeDate(day: day, using: &random)
        let url: String? = random.chance(0.97)
            ? "https://\(source.host)/\(Self.civilText(day: day).replacingOccurrences(of: "-", with: "/"))/"
                + "\(Self.slug(title, cjk: cjk))-\(index)"
            : nil
        var body: [String] = []
        // Few, short paragraphs are the most common: about 3 KB of JSON per article on average.
        let paragraphShape = random.unit()
        let paragraphs = shortBodies ? 1 : 1 + Int(11 * paragraphShape * Self.cube(paragraphShape))
        for _ in 0..<paragraphs {
            let cube = Self.cube(random.unit())
            let target = shortBodies ? 300 : 300 + Int(5_700 * cube * cube * cube * cube)
            body.append(text.paragraph(cjk: cjk, targetLength: target, using: &random))
        }
        let previous = link(to: Int(plan.previous[index]), using: &random)
        let next = link(to: Int(plan.next[index]), using: &random)
        return Article(
            id: Self.id(for: index, count: articleCount), title: title, date: date, url: url,
            source: source.name, body: body, next: next, previous: previous)
    }

    /// The article id at a position: `syn-` and the zero-padded index.
    static func id(for index: Int, count: Int) -> ArticleID {
        let digits = max(6, String(max(0, count - 1)).count)
        let number = String(index)
        return ArticleID("syn-" + String(repeating: "0", count: max(0, digits - number.count)) + number)
    }

    /// The link to `target` (-1: none) as a page would print it: exact, cut short or broken.
    private func link(to target: Int, using random: inout SplitMix64) -> ArticleLink? {
        guard target >= 0 else { return nil }
        let draw = random.unit()
        if draw < Self.brokenLinkShare {
            var title = text.title(cjk: plan.isCJK[target], using: &random)
            while plan.titleSet.contains(title) {
                title = text.title(cjk: plan.isCJK[target], using: &random)
            }
            return ArticleLink(title: title)
        }
        let title = plan.titles[target]
        guard draw < Self.brokenLinkShare + Self.truncatedLinkShare else { return ArticleLink(title: title) }
        return ArticleLink(title: Self.truncated(title, using: &random))
    }

    /// `title` cut to 40–60% of its characters, sometimes followed by "..." or "…".
    static func truncated(_ title: String, using random: inout SplitMix64) -> String {
        let characters = Array(title)
        let keep = max(1, Int(Double(characters.count) * (0.4 + 0.2 * random.unit())))
        var cut = String(characters.prefix(keep))
        while cut.last == " " { cut.removeLast() }
        let ending = random.unit()
        if ending < 0.35 {
            cut += "..."
        } else if ending < 0.5 {
            cut += "…"
        }
        return cut
    }

    private func makeDate(day: Int, using random: inout SplitMix64) -> ArticleDate? {
        let kind = random.unit()
        guard kind >= 0.01 else { return nil }
        var text = Self.civilText(day: day)
        if kind >= 0.15 {
            text += "T" + Self.twoDigits(random.below(24)) + ":" + Self.twoDigits(random.below(60))
                + ":" + Self.twoDigits(random.below(60)) + "Z"
        }
        return ArticleDate(text)
    }

    private static func cube(_ value: Double) -> Double { value * value * value }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
