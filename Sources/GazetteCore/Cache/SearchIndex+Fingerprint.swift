extension SearchIndex {
    /// A hash of the index this build of Gazette makes for a few fixed probe articles (words,
    /// accents, apostrophes, CJK, digits). It is part of a persisted index's key, so an index
    /// written by a Gazette that tokenizes or lays out postings differently is never used:
    /// it is simply rebuilt.
    static let fingerprint: UInt64 = {
        let probe = [
            Article(id: ArticleID("probe-1"), title: "Café Crème: l'Été", body: ["Don't stop — 東京タワー は 333 m.", "naïve Straße ΣΟΦΙΑ"]),
            Article(id: ArticleID("probe-2"), title: "한국어 텍스트", body: ["ข้อความภาษาไทย and émoji 🎉 x2", "cafe creme"]),
        ]
        let index = SearchIndex(articles: probe)
        var hash = UInt64(SearchIndexFile.version)
        SearchIndexFile.forEachSection(of: index) { _, bytes in hash = ContentHash.hash(bytes, seed: hash) }
        return hash
    }()
}
