import Foundation

/// Deterministic synthetic archives for benchmarks and scale tests.
///
/// Words follow a Zipf distribution over a generated vocabulary of pronounceable words
/// (with some accented ones); bodies have 1–12 paragraphs of 300–6,000 characters (skewed
/// short, about 3,000 characters an article on average); titles are 30–150 characters; 5% of
/// the articles are Chinese. Articles form chains of 1–500 joined by next/previous titles;
/// 10% of link titles are cut short (sometimes ending in "...") and 2% point to titles that
/// are not in the archive. The same count and seed always give the same bytes.
public struct SyntheticArchive {
    /// How many articles to generate.
    public let count: Int
    /// The seed.
    public let seed: UInt64
    let vocabulary: [String]
    let cumulativeWeights: [Double]
    static let cjkPool = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")

    /// Prepares a generator.
    public init(count: Int, seed: UInt64) {
        self.count = max(0, count)
        self.seed = seed
        var random = SplitMix64(seed: seed ^ 0x5EED)
        let onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
                      "br", "ch", "cl", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "é", "ü"]
        var seen = Set<String>()
        var words: [String] = []
        while words.count < 50_000 {
            var word = ""
            for _ in 0..<(1 + Int(random.unit() * 3)) {
                word += onsets[Int(random.unit() * Double(onsets.count))]
                word += vowels[Int(random.unit() * Double(random.unit() < 0.97 ? 9 : vowels.count))]
            }
            if random.unit() < 0.4 { word += onsets[Int(random.unit() * 17)] }
            if seen.insert(word).inserted { words.append(word) }
        }
        vocabulary = words
        var total = 0.0
        cumulativeWeights = (1...words.count).map { rank in
            total += 1.0 / Double(rank)
            return total
        }
    }

    func word(_ random: inout SplitMix64) -> String {
        let target = random.unit() * (cumulativeWeights.last ?? 1)
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulativeWeights[mid] < target { low = mid + 1 } else { high = mid }
        }
        return vocabulary[low]
    }

    func text(length: Int, cjk: Bool, sentence: Bool, _ random: inout SplitMix64) -> String {
        var result = ""
        if cjk {
            while result.count < length {
                let index = min(Self.cjkPool.count - 1, Int(pow(random.unit(), 2.0) * Double(Self.cjkPool.count)))
                result.append(Self.cjkPool[index])
                if sentence && random.unit() < 0.05 { result.append("。") }
            }
            return result
        }
        var wordsInSentence = 0
        while result.utf8.count < length {
            var next = word(&random)
            if wordsInSentence == 0 { next = next.prefix(1).uppercased() + next.dropFirst() }
            result += result.isEmpty ? next : " " + next
            wordsInSentence += 1
            if sentence && wordsInSentence > 6 && random.unit() < 0.12 {
                result += "."
                wordsInSentence = 0
            }
        }
        return sentence && !result.hasSuffix(".") ? result + "." : result
    }

    /// The generated articles, in archive order.
    public func articles() -> [Article] {
        var result: [Article] = []
        result.reserveCapacity(count)
        forEachArticle { result.append($0) }
        return result
    }

    /// Calls `body` with each article in order, without keeping them all in memory.
    public func forEachArticle(_ body: (Article) -> Void) {
        var random = SplitMix64(seed: seed)
        // Titles first (links need their neighbours' titles): cheap, kept for the whole run.
        var titles: [String] = []
        var isCJK: [Bool] = []
        titles.reserveCapacity(count)
        for index in 0..<count {
            let cjk = random.unit() < 0.05
            isCJK.append(cjk)
            let length = cjk ? 12 + Int(random.unit() * 30) : 30 + Int(random.unit() * 120)
            titles.append(text(length: length, cjk: cjk, sentence: false, &random) + " \(index)")
        }
        var chainStart = 0
        var chainEnd = 0
        for index in 0..<count {
            if index >= chainEnd {
                chainStart = index
                chainEnd = min(count, index + 1 + Int(pow(random.unit(), 3) * 499))
            }
            let paragraphs = 1 + Int(pow(random.unit(), 4) * 11.99)
            var texts: [String] = []
            for _ in 0..<paragraphs {
                let length = 300 + Int(pow(random.unit(), 7) * 5700)
                texts.append(text(length: isCJK[index] ? length / 3 : length, cjk: isCJK[index], sentence: true, &random))
            }
            let previous = index > chainStart ? link(to: titles[index - 1], &random) : nil
            let next = index + 1 < chainEnd ? link(to: titles[index + 1], &random) : nil
            let day = Int(random.unit() * 3650)
            let date = ArticleDate(Self.dayText(2015, dayOffset: day))
            body(Article(
                id: ArticleID("a\(index)"), title: titles[index], date: date,
                url: "https://news.example/a/\(index).html", source: isCJK[index] ? "新闻" : "Example News",
                body: texts, next: next, previous: previous))
        }
    }

    private func link(to title: String, _ random: inout SplitMix64) -> ArticleLink {
        let roll = random.unit()
        if roll < 0.02 { return ArticleLink(title: "Missing story " + String(random.next() % 1_000_000)) }
        if roll < 0.12 {
            let cut = title.prefix(max(8, Int(Double(title.count) * (0.4 + random.unit() * 0.2))))
            return ArticleLink(title: random.unit() < 0.5 ? cut + "..." : String(cut))
        }
        return ArticleLink(title: title)
    }

    static func dayText(_ year: Int, dayOffset: Int) -> String {
        let days = ArticleDate.daysFromCivil(year: year, month: 1, day: 1) + dayOffset
        // Civil from days (inverse of daysFromCivil).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", y, month, day)
    }

    /// Writes the archive (format v1, compact article lines) to a file, streaming.
    public func write(to url: URL, title: String = "Synthetic news", progress: ((Int) -> Void)? = nil) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw AtomicFile.WriteError(path: url.path, reason: "cannot open for writing")
        }
        defer { try? handle.close() }
        var header: [UInt8] = []
        header += Array("{\"format\":\"gazette-archive\",\"version\":1,\"title\":".utf8)
        JSONWriter.appendQuoted(title, to: &header)
        header += Array(",\"source\":\"gazette-bench generate\",\"articles\":[\n".utf8)
        try handle.write(contentsOf: header)
        var buffer: [UInt8] = []
        var written = 0
        let writer = JSONWriter(pretty: false)
        var failure: (any Error)?
        forEachArticle { article in
            guard failure == nil else { return }
            if written > 0 { buffer += Array(",\n".utf8) }
            buffer += writer.data(for: ArchiveEncoder.value(for: article))
            written += 1
            if buffer.count > 1 << 20 {
                do { try handle.write(contentsOf: buffer) } catch { failure = error }
                buffer.removeAll(keepingCapacity: true)
                progress?(written)
            }
        }
        if let failure { throw failure }
        buffer += Array("\n]}\n".utf8)
        try handle.write(contentsOf: buffer)
        progress?(written)
    }
}
