/// Field spellings of synthetic articles: dates, URL slugs and source names.
extension SyntheticArchive {
    private static let outletNouns = [
        "Gazette", "Times", "Herald", "Post", "Courier", "Tribune", "Observer", "Chronicle",
        "Ledger", "Dispatch", "Journal", "Record",
    ]

    /// `YYYY-MM-DD` for a count of days since 1970-01-01 (proleptic Gregorian calendar).
    static func civilText(day: Int) -> String {
        let shifted = day + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))"
    }

    /// A URL path segment from the first words of a title: lowercase ASCII letters and digits
    /// joined by `-`; `article` for titles without any (CJK).
    static func slug(_ title: String, cjk: Bool) -> String {
        guard !cjk else { return "article" }
        var slug = ""
        var words = 0
        var pendingDash = false
        for scalar in title.unicodeScalars {
            let value = scalar.value
            let isAlphanumeric = (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
                || (0x41...0x5A).contains(value)
            if isAlphanumeric {
                if pendingDash {
                    words += 1
                    if words == 6 { break }
                    slug.append("-")
                    pendingDash = false
                }
                slug.unicodeScalars.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20) ?? scalar : scalar)
            } else if !slug.isEmpty {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "article" : slug
    }

    /// About thirty outlets ("The Brandor Herald", host `brandorherald.example`).
    static func makeSources(vocabulary: SyntheticVocabulary, seed: UInt64) -> [(name: String, host: String)] {
        var random = SplitMix64(seed: seed, stream: 0x7372_6373)
        var sources: [(name: String, host: String)] = []
        var hosts = Set<String>()
        while sources.count < 30 {
            let word = vocabulary.words[200 + random.below(5_000)]
            guard word.unicodeScalars.allSatisfy(\.isASCII) else { continue }
            let noun = outletNouns[random.below(outletNouns.count)]
            let host = (word + noun).lowercased() + ".example"
            guard hosts.insert(host).inserted else { continue }
            sources.append((name: "The \(SyntheticText.capitalized(word)) \(noun)", host: host))
        }
        return sources
    }
}
