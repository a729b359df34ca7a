import Foundation
import Testing
@testable import GazetteCore

@Suite struct FeedImportTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Science &amp; City</title>
            <link>https://city.example/</link>
            <item>
              <title>Second &#8220;story&#8221;</title>
              <link>https://city.example/2</link>
              <guid>city-2</guid>
              <pubDate>Wed, 11 Jun 2003 09:30:00 +0800</pubDate>
              <description><![CDATA[<p>Deer <b>return</b> to the park.</p><p>More &amp; more.</p><script>x()</script>]]></description>
            </item>
            <item>
              <title>First story</title>
              <link>https://city.example/1</link>
              <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
              <description>Plain &lt;i&gt;escaped&lt;/i&gt; HTML</description>
            </item>
          </channel>
        </rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atom News</title>
          <link href="https://atom.example/"/>
          <entry>
            <title>Entry one</title>
            <link rel="alternate" href="https://atom.example/1"/>
            <id>urn:uuid:1</id>
            <updated>2020-02-01T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML <em>body</em></p><p>two</p></div></content>
          </entry>
          <entry>
            <title type="html">Entry &lt;b&gt;two&lt;/b&gt;</title>
            <id>urn:uuid:2</id>
            <published>2020-02-02T10:00:00+01:00</published>
            <summary type="html">&lt;p&gt;Summary &amp;amp; more&lt;/p&gt;</summary>
            <author><name>Ann</name></author>
          </entry>
        </feed>
        """

    @Test func importsRSS() throws {
        let archive = try FeedImporter.importFeed(data: Data(Self.rss.utf8), fileName: "city.xml", format: .rss)
        #expect(archive.metadata.title == "Science & City")
        #expect(archive.metadata.source == "https://city.example/")
        #expect(archive.articles.map(\.title) == ["First story", "Second “story”"])  // oldest first
        #expect(archive.articles[1].body == ["Deer return to the park.", "More & more."])
        #expect(archive.articles[0].body == ["Plain escaped HTML"])
        #expect(archive.articles[1].date?.text == "2003-06-11T09:30:00+08:00")
        #expect(archive.articles[0].date?.text == "2003-06-10T04:00:00Z")
        #expect(archive.articles[0].next?.id == archive.articles[1].id)
        #expect(archive.articles[1].previous?.id == archive.articles[0].id)
        let again = try FeedImporter.importFeed(data: Data(Self.rss.utf8), fileName: "city.xml")
        #expect(again.articles.map(\.id) == archive.articles.map(\.id))
    }

    @Test func importsAtom() throws {
        let archive = try FeedImporter.importFeed(data: Data(Self.atom.utf8), fileName: "atom.xml", format: .atom)
        #expect(archive.metadata.title == "Atom News")
        #expect(archive.articles.map(\.title) == ["Entry one", "Entry two"])
        #expect(archive.articles[0].body == ["XHTML body", "two"])
        #expect(archive.articles[0].url == "https://atom.example/1")
        #expect(archive.articles[1].body == ["Summary & more"])
        #expect(archive.articles[1].date?.text == "2020-02-02T10:00:00+01:00")
    }

    @Test func reportsMalformedXMLWithPosition() {
        let broken = "<rss><channel>\n<title>x</title>\n<item><title>unclosed</channel></rss>"
        do {
            _ = try FeedImporter.importFeed(data: Data(broken.utf8), fileName: "bad.xml")
            Issue.record("imported")
        } catch {
            #expect(error.file == "bad.xml")
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("bad.xml:3:"))
        }
        #expect(throws: FeedImportError(file: "x.xml", line: 1, reason: "not an RSS or Atom feed (root element <html>)")) {
            try FeedImporter.importFeed(data: Data("<html><body/></html>".utf8), fileName: "x.xml")
        }
        #expect(throws: FeedImportError(file: "x.xml", line: 1, reason: "expected atom, found rss")) {
            try FeedImporter.importFeed(data: Data(Self.rss.utf8), fileName: "x.xml", format: .atom)
        }
    }

    @Test func neverResolvesExternalEntities() throws {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss><channel><title>T</title><item><title>Leak &secret;</title><description>d</description></item></channel></rss>
            """
        let archive = try? FeedImporter.importFeed(data: Data(hostile.utf8), fileName: "evil.xml")
        #expect(archive?.articles.first?.title.contains("root:") != true)
    }
}
