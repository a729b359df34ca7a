import Foundation
import Testing
@testable import GazetteCore

@Suite struct SearchIndexCacheTests {
    /// Words, two-word phrases, prefixes, word pairs and CJK runs taken from the articles.
    static func queries(for archive: Archive) -> [String] {
        var queries = ["the", "zzzz-not-there", "a*", "\"of the\""]
        for article in archive.articles.prefix(40) {
            let words = article.title.split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard let first = words.first else { continue }
            queries.append(first)
            queries.append(String(first.prefix(3)) + "*")
            if words.count > 1 {
                queries.append("\"\(words[0]) \(words[1])\"")
                queries.append("\(words[0]) \(words[words.count - 1])")
            }
            let ideographs = article.title.unicodeScalars.filter { $0.properties.isIdeographic }
            if ideographs.count >= 2 {
                queries.append(String(String.UnicodeScalarView(ideographs.prefix(2))))
                queries.append(String(ideographs.first.map(Character.init).map(String.init) ?? ""))
            }
        }
        return queries
    }

    static func expectSameAnswers(_ loaded: SearchIndex, _ built: SearchIndex, for archive: Archive) {
        let queries = queries(for: archive)
        #expect(queries.contains { $0.unicodeScalars.contains { $0.properties.isIdeographic } })
        for text in queries {
            let query = SearchQuery(text)
            #expect(loaded.search(query) == built.search(query), "query \(text)")
            #expect(loaded.search(query, limit: 5) == built.search(query, limit: 5), "query \(text)")
            #expect(loaded.hitCount(query) == built.hitCount(query), "query \(text)")
        }
    }

    static func isHit(_ lookup: SearchIndexCache.Lookup) -> Bool {
        if case .hit = lookup { return true }
        return false
    }

    static func isCorrupt(_ lookup: SearchIndexCache.Lookup) -> Bool {
        if case .corrupt = lookup { return true }
        return false
    }

    @Test func loadedIndexAnswersLikeAFreshOne() throws {
        let archive = SyntheticArchive(articleCount: 400, seed: 11).makeArchive()
        let folder = try CacheFolder(archive)
        defer { folder.remove() }
        let file = try folder.file()
        let opened = try file.open()
        let built = SearchIndex(articles: opened.articles)
        #expect(folder.cache.store(built, for: file) == nil)
        guard case .hit(let loaded) = folder.cache.load(for: file, articleCount: opened.articles.count) else {
            Issue.record("the stored index was not found")
            return
        }
        #expect(loaded.articleCount == built.articleCount)
        #expect(loaded.storageBytes == built.storageBytes)
        Self.expectSameAnswers(loaded, built, for: opened)
        // A fresh process sees the same file the same way.
        #expect(Self.isHit(folder.cache.load(for: try folder.file(), articleCount: opened.articles.count)))
    }

    @Test func directoryRoundTripsAndDecodesEveryArticleAlone() throws {
        let archive = SyntheticArchive(articleCount: 300, seed: 13).makeArchive()
        let folder = try CacheFolder(archive)
        defer { folder.remove() }
        let file = try folder.file()
        let opened = try file.open()
        let directory = try #require(ArchiveDirectory(opened))
        #expect(directory.count == opened.articles.count && directory.metadata == opened.metadata)
        #expect(folder.cache.store(SearchIndex(articles: opened.articles, directory: directory), for: file) == nil)
        guard case .hit(let loaded) = folder.cache.load(for: try folder.file(), articleCount: nil) else {
            Issue.record("the stored index was not found")
            return
        }
        #expect(loaded.directory == directory)
        let reader = try folder.file()
        for index in opened.articles.indices {
            #expect(directory.article(index, in: reader) == opened.articles[index])
        }
        #expect(directory.article(opened.articles.count, in: reader) == nil)
        #expect(directory.article(-1, in: reader) == nil)
        // Without one, none comes back; changed articles have none.
        #expect(folder.cache.store(SearchIndex(articles: opened.articles), for: file) == nil)
        guard case .hit(let plain) = folder.cache.load(for: file, articleCount: nil) else {
            Issue.record("the stored index was not found")
            return
        }
        #expect(plain.directory == nil)
        var changed = opened
        changed.articles.removeLast()
        #expect(ArchiveDirectory(changed) == nil)
        #expect(ArchiveDirectory(archive) == nil)
    }

    @Test(arguments: [ArchiveMetadata(title: "T"), ArchiveMetadata(title: "", source: ""),
                      ArchiveMetadata(title: "北京 \u{0}\u{1B}", source: "é😀")])
    func metadataRoundTrips(metadata: ArchiveMetadata) {
        #expect(SearchIndexFile.decodeMetadata(SearchIndexFile.encode(metadata)) == metadata)
    }

    @Test func emptyArchiveRoundTrips() throws {
        let folder = try CacheFolder(Archive(metadata: ArchiveMetadata(title: "Empty"), articles: []))
        defer { folder.remove() }
        let file = try folder.file()
        #expect(folder.cache.store(SearchIndex(articles: []), for: file) == nil)
        guard case .hit(let loaded) = folder.cache.load(for: file, articleCount: 0) else {
            Issue.record("the stored index was not found")
            return
        }
        #expect(loaded.search(SearchQuery("anything")).isEmpty)
    }

    @Test func missWhenNothingStoredOrArticleCountDiffers() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 20, seed: 2).makeArchive())
        defer { folder.remove() }
        let file = try folder.file()
        #expect(!Self.isHit(folder.cache.load(for: file, articleCount: 20)))
        #expect(!Self.isCorrupt(folder.cache.load(for: file, articleCount: 20)))
        let articles = try file.open().articles
        #expect(folder.cache.store(SearchIndex(articles: articles), for: file) == nil)
        #expect(!Self.isHit(folder.cache.load(for: file, articleCount: 19)))
    }

    @Test func sameSizeAndTimeButNewContentIsRebuilt() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 50, seed: 3).makeArchive())
        defer { folder.remove() }
        let first = try folder.file()
        let oldArticles = try first.open().articles
        #expect(folder.cache.store(SearchIndex(articles: oldArticles), for: first) == nil)
        // Rename the first article's first title letter run to "qqqq…" of the same length.
        var bytes = try Data(contentsOf: folder.archiveURL)
        let word = oldArticles[0].title.split(whereSeparator: { !$0.isASCII || !$0.isLetter })[0]
        let needle = Data("\"title\": \"".utf8) + Data(word.utf8)
        let found = try #require(bytes.range(of: needle) ?? bytes.range(of: Data("\"title\":\"".utf8) + Data(word.utf8)))
        let replacement = String(repeating: "q", count: word.utf8.count)
        bytes.replaceSubrange(found.upperBound - word.utf8.count..<found.upperBound, with: Data(replacement.utf8))
        try folder.overwrite(with: bytes, keepingTimeOf: first.stamp)

        let second = try folder.file()
        #expect(second.stamp == first.stamp)
        let newArticles = try second.open().articles
        #expect(!Self.isHit(folder.cache.load(for: second, articleCount: newArticles.count)))
        var warnings: [String] = []
        let index = folder.cache.index(for: second, articles: newArticles, warn: { warnings.append($0) })
        #expect(warnings.isEmpty)
        #expect(index.search(SearchQuery(replacement)).map(\.articleIndex).contains(0))
        #expect(Self.isHit(folder.cache.load(for: try folder.file(), articleCount: newArticles.count)))
    }

    @Test func touchedFileIsAMissNotCorruption() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 10, seed: 4).makeArchive())
        defer { folder.remove() }
        let first = try folder.file()
        #expect(folder.cache.store(SearchIndex(articles: try first.open().articles), for: first) == nil)
        var later = first.stamp
        later.modifiedSeconds += 5
        try folder.overwrite(with: try Data(contentsOf: folder.archiveURL), keepingTimeOf: later)
        let touched = try folder.file()
        let lookup = folder.cache.load(for: touched, articleCount: 10)
        #expect(!Self.isHit(lookup) && !Self.isCorrupt(lookup))
    }

    @Test func unwritableCacheStillGivesAnIndexWithOneWarning() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 10, seed: 5).makeArchive())
        defer { folder.remove() }
        let blocker = folder.directory.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let cache = SearchIndexCache(directory: blocker.appendingPathComponent("gazette"))
        let file = try folder.file()
        let articles = try file.open().articles
        var warnings: [String] = []
        let index = cache.index(for: file, articles: articles, warn: { warnings.append($0) })
        #expect(index.articleCount == 10)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("cannot save the search index cache") == true)
        #expect(warnings.first?.contains("\n") == false)
    }

    @Test func abandonedTemporaryFilesAreRemoved() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 5, seed: 6).makeArchive())
        defer { folder.remove() }
        let file = try folder.file()
        try FileManager.default.createDirectory(at: folder.cache.directory, withIntermediateDirectories: true)
        // pid_max is far below this, so no such process runs.
        let leftover = folder.cache.directory.appendingPathComponent(".\(folder.indexURL.lastPathComponent).2147483600.7.tmp")
        try Data("partial".utf8).write(to: leftover)
        #expect(folder.cache.store(SearchIndex(articles: try file.open().articles), for: file) == nil)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: folder.indexURL.path))
    }

    @Test func environmentChoosesTheFolderOrDisablesTheCache() {
        #expect(SearchIndexCache(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.directory.path == "/c/gazette")
        #expect(SearchIndexCache(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"])?.directory.path == "/h/.cache/gazette")
        #expect(SearchIndexCache(environment: ["HOME": "/h", "GAZETTE_NO_CACHE": "1"]) == nil)
        #expect(SearchIndexCache(environment: ["HOME": "/h", "GAZETTE_NO_CACHE": "0"]) != nil)
    }

    @Test func backgroundIndexUsesTheCacheAndReportsDamage() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 30, seed: 8).makeArchive())
        defer { folder.remove() }
        let file = try folder.file()
        let articles = try file.open().articles
        let built = SearchIndex(articles: articles)
        #expect(folder.cache.store(built, for: file) == nil)
        let cached = BackgroundSearchIndex(articles: articles, file: file, cache: folder.cache).waitUntilReady()
        #expect(cached.search(SearchQuery("the")) == built.search(SearchQuery("the")))

        try Data("GZTINDEX garbage".utf8).write(to: folder.indexURL)
        let background = BackgroundSearchIndex(articles: articles, file: file, cache: folder.cache)
        #expect(background.waitUntilReady().search(SearchQuery("the")) == built.search(SearchQuery("the")))
        #expect(background.warnings.count == 1)
        #expect(background.warnings.first?.contains("damaged") == true)
    }

    @Test func backgroundBuildWaitsForWhatComesFirstButALoadDoesNot() throws {
        let folder = try CacheFolder(SyntheticArchive(articleCount: 30, seed: 9).makeArchive())
        defer { folder.remove() }
        let file = try folder.file()
        let articles = try file.open().articles
        let gate = DispatchSemaphore(value: 0)
        let calls = CallCount()
        let building = BackgroundSearchIndex(articles: articles, file: file, cache: folder.cache, buildAfter: {
            calls.add()
            gate.wait()
        })
        // Held before its first article, whenever it is looked at.
        if case .building(let done, let total) = building.status {
            #expect(done == 0 && total == 30)
        } else {
            Issue.record("the build went ahead while held")
        }
        gate.signal()
        let built = building.waitUntilReady()
        #expect(calls.value == 1)
        // The index is in the cache now: loading it runs nothing first.
        _ = folder.cache.store(built, for: file)
        let loaded = BackgroundSearchIndex(articles: articles, file: file, cache: folder.cache, buildAfter: { calls.add() })
        #expect(loaded.waitUntilReady().search(SearchQuery("the")) == built.search(SearchQuery("the")))
        #expect(calls.value == 1)
    }
}

/// Counts calls from any thread.
private final class CallCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
