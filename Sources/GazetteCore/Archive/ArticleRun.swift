import Foundation

/// Consecutive articles of an archive decoded by one thread, with their ids' positions.
///
/// A large article array is split between threads speculatively: each thread starts at a
/// guessed element boundary (`}`, `,`, `{` with only white space between, found near an equal
/// share of the bytes) and decodes until the array ends. The thread before it stops when the
/// position after one of its articles is exactly that guess: only then was the guess a real
/// boundary, where the next thread's parser is in the same state as a single parser would be,
/// so its articles are the ones a single pass would have decoded. A guess that is passed
/// without landing on it (it was inside a string, say) is ignored: the thread before simply
/// goes on, and the work done from the guess is dropped.
struct ArticleRun {
    var articles = ArticleBuffer()
    /// Each id's position in ``articles``.
    var positions: [ArticleID: Int] = [:]
    /// Where each article's object starts in the file.
    var starts: [Int] = []

    /// What one thread decoded: its run, the guessed start it stopped at (if it did) and the
    /// position after its last element (after the array's `]` when it reached the end).
    private struct Part {
        var run: ArticleRun
        var stoppedAt: Int?
        var end: Int
    }

    /// Collects the threads' parts.
    private final class Parts: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [Part?]

        init(count: Int) { parts = Array(repeating: nil, count: count) }

        subscript(index: Int) -> Part? {
            get { lock.withLock { parts[index] } }
            set { lock.withLock { parts[index] = newValue } }
        }
    }

    /// Decodes the article array from its first element at `start`, one thread per guessed
    /// start in `candidates` (increasing, after `start`) besides the first; returns the
    /// articles, each id's position, where each article starts and the position after the
    /// array.
    static func decode(
        from start: Int, candidates: [Int], source: ArchiveBytes
    ) throws -> (articles: [Article], positions: ArticlePositions, starts: [Int], end: Int) {
        let starts = [start] + candidates
        let parts = Parts(count: starts.count)
        let decodePart: @Sendable (Int) -> Void = { index in
            source.data.withUnsafeBytes { bytes in
                var decoder = ArchiveFastDecoder(parser: JSONParser(bytes: bytes), source: source)
                decoder.parser.position = starts[index]
                decoder.released = starts[index]
                if let (run, stop) = try? decoder.decodeArticles(stops: starts[(index + 1)...]) {
                    parts[index] = Part(run: run, stoppedAt: stop, end: decoder.parser.position)
                }
            }
        }
        if starts.count == 1 {
            decodePart(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: starts.count, execute: decodePart)
        }
        // Follow the parts from the first: each one that stopped hands over to the part that
        // started where it stopped.
        var chain: [ArticleRun] = []
        var index = 0
        var end = start
        while true {
            guard let part = parts[index] else { throw ArchiveFastDecoder.GiveUp() }
            chain.append(part.run)
            guard let stop = part.stoppedAt, let next = starts.firstIndex(of: stop) else {
                end = part.end
                break
            }
            index = next
        }
        guard !hasRepeatedID(chain) else { throw ArchiveFastDecoder.GiveUp() }
        var firsts: [Int] = []
        var total = 0
        for run in chain {
            firsts.append(total)
            total += run.articles.count
        }
        let positions = ArticlePositions(runs: zip(firsts, chain).map { ($0, $1.positions) })
        return (ArticleBuffer.joined(chain.map(\.articles)), positions, chain.flatMap(\.starts), end)
    }

    /// Whether an id of a run is also in an earlier one (each run checked its own): the later
    /// runs' ids are looked up in the earlier runs' dictionaries, in slices on all cores.
    private static func hasRepeatedID(_ chain: [ArticleRun]) -> Bool {
        guard chain.count > 1 else { return false }
        let slicesPerRun = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let found = Flag()
        let jobs = (chain.count - 1) * slicesPerRun
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let run = 1 + job / slicesPerRun, slice = job % slicesPerRun
            let articles = chain[run].articles
            let range = articles.count * slice / slicesPerRun..<articles.count * (slice + 1) / slicesPerRun
            for position in range {
                if position & 4_095 == 0, found.isSet { return }
                let id = articles.id(at: position)
                if chain[..<run].contains(where: { $0.positions[id] != nil }) {
                    found.set()
                    return
                }
            }
        }
        return found.isSet
    }

    /// Set once by any thread.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        var isSet: Bool { lock.withLock { value } }

        func set() { lock.withLock { value = true } }
    }

    /// Guessed element starts splitting the bytes from `start` into about `parts` equal shares
    /// (fewer when no guess is found within a MB of a share's end); empty for fewer than two parts.
    static func splitCandidates(in bytes: UnsafeRawBufferPointer, from start: Int, parts: Int) -> [Int] {
        guard parts >= 2, start < bytes.count else { return [] }
        let length = bytes.count - start
        var candidates: [Int] = []
        for share in 1..<parts {
            var position = max(start + length / parts * share, (candidates.last ?? start) + 1)
            let limit = min(bytes.count, position + (1 << 20))
            while position < limit {
                if bytes[position] == UInt8(ascii: ","), let element = elementStart(afterComma: position, in: bytes) {
                    candidates.append(element)
                    break
                }
                position += 1
            }
        }
        return candidates
    }

    /// The `{` after the comma at `comma` when a `}` comes before it, white space apart.
    private static func elementStart(afterComma comma: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        var before = comma - 1
        while before >= 0, isSpace(bytes[before]) { before -= 1 }
        guard before >= 0, bytes[before] == UInt8(ascii: "}") else { return nil }
        var after = comma + 1
        while after < bytes.count, isSpace(bytes[after]) { after += 1 }
        guard after < bytes.count, bytes[after] == UInt8(ascii: "{") else { return nil }
        return after
    }
}
