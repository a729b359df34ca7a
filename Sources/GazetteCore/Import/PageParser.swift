import Foundation

/// Parses plain-text page dumps of news sites into ``ImportedPage`` values.
///
/// Two shapes are understood:
/// - bullets: `• <title>`, a `• ----` line (maybe followed by a blank line), paragraphs (the
///   first after `• `, later ones indented), then `• [next]:<title>` / `• [previous]:<title>`;
/// - dated: a title line, a `Date:YYYY-MM-DD HH:MM` line, then paragraphs, no links.
/// Before the first paragraph, a `Date:` line gives the date and a `URL:` line (or a line
/// holding only an http(s) URL) the address.
/// Lines of one paragraph are joined with a space; blank lines separate paragraphs.
public enum PageParser {
    /// Parses one page; `fileName` names it in errors and may carry a date (`20210107`).
    public static func parse(_ text: String, fileName: String) throws(PageImportError) -> ImportedPage {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        guard let titleLine = lines.firstIndex(where: { !stripBullet($0).isEmpty }) else {
            throw PageImportError(file: fileName, line: 1, reason: "empty page: no title line")
        }
        let title = collapse(stripBullet(lines[titleLine]))
        guard !isRule(lines[titleLine]) && !title.isEmpty else {
            throw PageImportError(file: fileName, line: titleLine + 1, reason: "no title before the separator line")
        }
        var page = ImportedPage(title: title, paragraphs: [])
        var paragraph: [Substring] = []
        func finishParagraph() {
            if !paragraph.isEmpty { page.paragraphs.append(collapse(paragraph.joined(separator: " "))) }
            paragraph.removeAll()
        }
        for (offset, raw) in lines.enumerated().dropFirst(titleLine + 1) {
            let content = stripBullet(raw)
            if content.isEmpty {
                finishParagraph()
                continue
            }
            if isRule(raw) {
                finishParagraph()
                continue
            }
            if let link = linkText(content, marker: "[next]:") {
                finishParagraph()
                guard !link.isEmpty else {
                    throw PageImportError(file: fileName, line: offset + 1, reason: "[next]: link without a title")
                }
                page.nextTitle = link
                continue
            }
            if let link = linkText(content, marker: "[previous]:") {
                finishParagraph()
                guard !link.isEmpty else {
                    throw PageImportError(file: fileName, line: offset + 1, reason: "[previous]: link without a title")
                }
                page.previousTitle = link
                continue
            }
            if page.paragraphs.isEmpty && paragraph.isEmpty && page.date == nil, let date = dateLine(content) {
                page.date = date
                continue
            }
            if page.paragraphs.isEmpty && paragraph.isEmpty && page.url == nil, let url = urlLine(content) {
                page.url = url
                continue
            }
            // A new bullet starts a new paragraph even without a blank line.
            if raw.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("•") { finishParagraph() }
            paragraph.append(content)
        }
        finishParagraph()
        if page.date == nil { page.date = dateInName(fileName) }
        return page
    }

    /// The line without its indentation and leading bullet, trimmed.
    static func stripBullet(_ line: Substring) -> Substring {
        var rest = line.drop(while: { $0.isWhitespace })
        if rest.first == "•" || rest.first == "·" || rest.first == "*" && rest.dropFirst().first == " " {
            rest = rest.dropFirst().drop(while: { $0.isWhitespace })
        }
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        return rest
    }

    /// A separator line: only dashes (at least three) after the bullet.
    static func isRule(_ line: Substring) -> Bool {
        let content = stripBullet(line)
        return content.count >= 3 && content.allSatisfy { $0 == "-" || $0 == "—" || $0 == "=" }
    }

    static func linkText(_ content: Substring, marker: String) -> String? {
        guard content.lowercased().hasPrefix(marker) else { return nil }
        return collapse(content.dropFirst(marker.count))
    }

    /// `Date:2021-03-09 17:41` (also `Date: 2021-03-09`).
    static func dateLine(_ content: Substring) -> ArticleDate? {
        guard content.lowercased().hasPrefix("date:") else { return nil }
        let value = collapse(content.dropFirst(5))
        if value.count == 16, value.dropFirst(10).first == " " {
            return ArticleDate(value.prefix(10) + "T" + value.dropFirst(11))
        }
        return ArticleDate(value)
    }

    /// `URL: https://…` (also `Link:`, `Source:`), or a line that is only an http(s) URL.
    static func urlLine(_ content: Substring) -> String? {
        var value = content
        for label in ["url:", "link:", "source:"] where content.lowercased().hasPrefix(label) {
            value = content.dropFirst(label.count).drop(while: { $0.isWhitespace })
        }
        let lowered = value.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
            !value.contains(where: { $0.isWhitespace }),
            let components = URLComponents(string: String(value)), components.host?.isEmpty == false
        else { return nil }
        return String(value)
    }

    /// A `YYYYMMDD` or `YYYY-MM-DD` date inside a file name or URL.
    static func dateInName(_ name: String) -> ArticleDate? {
        let characters = Array(name)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "-" {
                end += 1
            }
            let run = String(characters[index..<end])
            let digits = run.filter(\.isNumber)
            if digits.count == 8, run.count == 8 || run.count == 10 {
                let text = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"
                if let date = ArticleDate(text), (1900...2100).contains(date.year) { return date }
            }
            index = end
        }
        return nil
    }

    /// Whitespace runs folded to one space, trimmed.
    static func collapse(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
