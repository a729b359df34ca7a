import Foundation

/// Dates as feeds write them: RFC 822 (`Tue, 10 Jun 2003 04:00:00 GMT`, `+0800`) and RFC 3339.
enum FeedDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> ArticleDate? {
        if let iso = ArticleDate(text) { return iso }
        // RFC 822: [Day, ] DD Mon YYYY HH:MM[:SS] ZONE
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = parts.first, Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]),
              let month = months.firstIndex(of: parts[1].prefix(3).lowercased()),
              var year = Int(parts[2]) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let clock = parts[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2 else { return nil }
        var zone = "Z"
        if parts.count >= 5 {
            let name = parts[4]
            if name.count == 5, let sign = name.first, sign == "+" || sign == "-", Int(name.dropFirst()) != nil {
                zone = "\(sign)\(name.dropFirst().prefix(2)):\(name.suffix(2))"
            } else if let offset = ["EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
                                    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00"][name.uppercased()] {
                zone = offset
            }
        }
        let seconds = clock.count > 2 ? clock[2] : 0
        return ArticleDate(String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month + 1, day, clock[0], clock[1], seconds) + zone)
    }
}
