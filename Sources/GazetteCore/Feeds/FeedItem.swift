/// One entry of an RSS or Atom feed, as collected while parsing.
struct FeedItem {
    var title = ""
    var link: String?
    var guid: String?
    var date: String?
    var html: String?
    var text: String?
    var author: String?
}
