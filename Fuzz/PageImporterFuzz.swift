// Fuzz target for the page importer (UTF-8 repair, parsing, id and article
// building) (see FuzzEntry.swift).
import Foundation

func fuzzPageImporter(_ start: UnsafePointer<UInt8>, _ count: Int) {
    let (text, _) = PageImporter.decode(Data(bytes: start, count: count))
    do {
        let page = try PageParser.parse(text, fileName: "fuzz.txt")
        let article = PageImporter.article(for: page)
        if article.id.rawValue.isEmpty { fatalError("empty id for \(page.title.debugDescription)") }
    } catch {
        let message = error.description
        if message.isEmpty || !SafeText.isSafe(message) {
            fatalError("not a one-line printable message: \(message.debugDescription)")
        }
    }
}
