// Fuzz target for the archive loader (see FuzzEntry.swift). Any crash, hang or a message
// that is not one printable line is a finding.
import Foundation

func fuzzArchiveLoader(_ start: UnsafePointer<UInt8>, _ count: Int) {
    let data = Data(bytes: start, count: count)
    do {
        let archive = try ArchiveLoader.load(data: data, fileName: "fuzz.json")
        _ = LinkGraph(articles: archive.articles).report
    } catch {
        let message = error.description
        if message.isEmpty || !SafeText.isSafe(message) {
            fatalError("not a one-line printable message: \(message.debugDescription)")
        }
    }
}
