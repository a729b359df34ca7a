import Foundation
import GazetteCore
import Testing

/// One entry of the shared list of hostile strings (`Tests/Fixtures/hostile-strings.json`):
/// text an archive may carry to steer a terminal, and a name for test reports.
struct HostileString: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let text: String

    var testDescription: String { name }

    /// Every entry of the shared list, in file order.
    static let all: [HostileString] = {
        struct File: Decodable { let strings: [HostileString] }
        let url = GazetteBinary.packageRoot.appendingPathComponent("Tests/Fixtures/hostile-strings.json")
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
            return [HostileString(name: "missing fixture", text: "\u{1B}]0;fixture missing\u{7}")]
        }
        return file.strings
    }()

    /// An archive with one article per hostile string, the string in every text field (id
    /// aside): title, source, URL, two paragraphs and a broken next link. Every article's
    /// first paragraph holds the word "needle" so one search finds them all.
    static var archive: Archive {
        let articles = all.enumerated().map { index, hostile in
            Article(
                id: ArticleID("h\(index)"), title: "Hostile \(index) \(hostile.text)",
                date: ArticleDate("2023-05-\(String(format: "%02d", index % 28 + 1))"),
                url: "https://example.org/\(hostile.text)", source: hostile.text,
                body: ["Paragraph \(index) needle \(hostile.text) tail", hostile.text],
                next: ArticleLink(title: hostile.text))
        }
        return Archive(metadata: ArchiveMetadata(title: "Hostile \(all[0].text)", source: all[1].text), articles: articles)
    }

    /// The scalars of `text` that must never reach a terminal: C0 controls (newline aside,
    /// which output uses as structure), DEL, C1 controls and bidi controls.
    static func terminalUnsafeScalars(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }
}
