import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects channel and item fields from RSS and Atom parse events.
final class FeedParserDelegate: NSObject, XMLParserDelegate {
    var rootName: String?
    var channelTitle = ""
    var channelLink: String?
    var items: [FeedItem] = []
    private var current: FeedItem?
    private var path: [String] = []
    private var buffer = ""
    private var xhtmlDepth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if rootName == nil { rootName = name }
        if xhtmlDepth > 0 {
            xhtmlDepth += 1
            buffer += "<\(name)>"
            return
        }
        path.append(name)
        switch name {
        case "item", "entry":
            current = FeedItem()
        case "link":
            if let href = attributes["href"], attributes["rel"] == nil || attributes["rel"] == "alternate" {
                if current != nil { current?.link = href } else if channelLink == nil { channelLink = href }
            }
        case "content", "summary":
            if attributes["type"] == "xhtml" { xhtmlDepth = 1 }
        default:
            break
        }
        buffer = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        buffer += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        buffer += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if xhtmlDepth > 1 {
            xhtmlDepth -= 1
            buffer += "</\(name)>"
            return
        }
        let text = buffer
        buffer = ""
        xhtmlDepth = 0
        defer { if !path.isEmpty { path.removeLast() } }
        if var item = current {
            switch name {
            case "title": item.title = text
            case "link": if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { item.link = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            case "guid", "id": item.guid = text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "pubDate", "published", "dc:date": item.date = text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "updated": if item.date == nil { item.date = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            case "description", "summary":
                if item.html == nil { item.html = text }
            case "content:encoded", "content":
                item.html = text
            case "author", "dc:creator", "name":
                if item.author == nil { item.author = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            case "item", "entry":
                items.append(item)
                current = nil
                return
            default: break
            }
            current = item
        } else {
            switch name {
            case "title" where channelTitle.isEmpty: channelTitle = text
            case "link" where channelLink == nil:
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { channelLink = trimmed }
            default: break
            }
        }
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }
}
