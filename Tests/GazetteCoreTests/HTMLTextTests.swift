import Testing
@testable import GazetteCore

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<p>One &amp; two</p><p>Three&nbsp;four</p>", ["One & two", "Three four"]),
        ("Caf&eacute; &#233; &#xE9; &unknown; &amp", ["Café é é &unknown; &amp"]),
        ("<div>Block <b>bold <i>nested</i></b> text</div>more", ["Block bold nested text", "more"]),
        ("line<br>break<br/>again", ["line", "break", "again"]),
        ("<script>alert('x')</script><style>p{}</style>Visible", ["Visible"]),
        ("before<!-- hidden <p> -->after", ["beforeafter"]),
        ("<![CDATA[<raw> & text]]>", ["<raw> & text"]),
        ("a < b and c > d", ["a < b and c > d"]),
        ("<p>unclosed <a href=\"x > y\">link", ["unclosed link"]),
        ("<ul><li>one</li><li>two</li></ul>", ["one", "two"]),
        ("   <p>  spaced \n\t out  </p>  ", ["spaced out"]),
        ("&ldquo;quoted&rdquo; &hellip; &#0; &#x110000;", ["“quoted” … \u{FFFD} \u{FFFD}"]),
        ("<SCRIPT>x</SCRIPT>ok", ["ok"]),
        ("<p>trailing <", ["trailing <"]),
    ])
    func convertsToParagraphs(html: String, expected: [String]) {
        #expect(HTMLText.paragraphs(html) == expected)
    }

    @Test func linearOnHugeBrokenInput() {
        let huge = String(repeating: "<b>x &amp; <", count: 200_000)
        let paragraphs = HTMLText.paragraphs(huge)
        #expect(paragraphs.count == 1)
        #expect(paragraphs[0].hasPrefix("x & "))
    }
}
