import Foundation
import GazetteCore
import Testing

/// Runs the built `gazette-bench` end to end on a generated archive (a smoke test: the
/// report's shape and counts are checked, never its timings).
@Suite struct BenchSmokeTests {
    static let articleCount = 5_000

    @Test func generatesAndMeasuresAnArchive() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bench.json").path

        let generated = try GazetteBinary.run(
            ["generate", "--articles", String(Self.articleCount), "--seed", "3", "-o", file], binary: "gazette-bench")
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stderr.contains("\(Self.articleCount) articles"))

        let run = try GazetteBinary.run(["run", file, "--json", "--query-runs", "3"], binary: "gazette-bench")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("warning"), "\(run.stderr)")
        guard case .object(let report) = try JSONParser.parse(run.stdout) else {
            Issue.record("the report is not a JSON object: \(run.stdout.prefix(200))")
            return
        }
        #expect(report["archive"]?.objectValue?["articles"]?.integerValue == Self.articleCount)
        #expect(report["archive"]?.objectValue?["path"]?.stringValue == file)
        let load = report["load"]?.objectValue
        for key in ["parseSeconds", "linkGraphSeconds", "listReadySeconds"] {
            #expect(load?[key].flatMap(Self.number).map { $0 >= 0 } == true, "load.\(key)")
        }
        let links = report["links"]?.objectValue
        #expect((links?["total"]?.integerValue ?? 0) > Self.articleCount)
        #expect((links?["resolved"]?.integerValue ?? 0) > 0)
        let index = report["index"]?.objectValue
        #expect(index?["buildSeconds"].flatMap(Self.number).map { $0 > 0 } == true)
        #expect((index?["bytes"]?.integerValue ?? 0) > 0)

        let queries = report["queries"]?.arrayValue ?? []
        let kinds = queries.compactMap { $0.objectValue?["kind"]?.stringValue }
        let skipped = report["skippedQueryKinds"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(kinds.count + skipped.count == 6)
        #expect(kinds.contains("common word") && kinds.contains("phrase") && kinds.contains("prefix"))
        for query in queries {
            let object = query.objectValue
            #expect((object?["hits"]?.integerValue ?? 0) > 0, "\(object?["query"]?.stringValue ?? "?") found nothing")
            #expect((object?["runs"]?.integerValue ?? 0) >= 3)
            #expect(object?["p99Seconds"].flatMap(Self.number) ?? -1 >= object?["p50Seconds"].flatMap(Self.number) ?? 0)
            #expect(object?["scanSeconds"].flatMap(Self.number).map { $0 > 0 } == true)
        }
        let frames = report["frames"]?.objectValue
        #expect(frames?["keys"]?.integerValue == 1_000)
        #expect(frames?["width"]?.integerValue == 200)
        #expect(frames?["height"]?.integerValue == 60)
        #expect((report["memory"]?.objectValue?["peakRSSBytes"]?.integerValue ?? 0) > 0)
        let mixed = report["mixedQueries"]?.objectValue
        for key in ["p50Seconds", "p99Seconds", "allHitsP50Seconds", "allHitsP99Seconds"] {
            #expect(mixed?[key].flatMap(Self.number).map { $0 > 0 } == true, "mixedQueries.\(key)")
        }
    }

    @Test func measuresGrowthBetweenTwoArchives() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-growth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let small = directory.appendingPathComponent("small.json").path
        let large = directory.appendingPathComponent("large.json").path
        for (file, count) in [(small, 1_000), (large, 4_000)] {
            let generated = try GazetteBinary.run(
                ["generate", "--articles", String(count), "--seed", "5", "-o", file], binary: "gazette-bench")
            #expect(generated.status == 0, "\(generated.stderr)")
        }
        let run = try GazetteBinary.run(["growth", small, large, "--json", "--query-runs", "2"], binary: "gazette-bench")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("warning"), "\(run.stderr)")
        guard case .object(let report) = try JSONParser.parse(run.stdout) else {
            Issue.record("the report is not a JSON object: \(run.stdout.prefix(200))")
            return
        }
        #expect(report["small"]?.objectValue?["articles"]?.integerValue == 1_000)
        #expect(report["large"]?.objectValue?["articles"]?.integerValue == 4_000)
        #expect(report["loadRatio"].flatMap(Self.number).map { $0 > 0 } == true)
        #expect(report["buildRatio"].flatMap(Self.number).map { $0 > 0 } == true)
        let same = report["sameQueries"]?.objectValue
        let rows = same?["queries"]?.arrayValue ?? []
        #expect(rows.count >= 4)
        for row in rows {
            let object = row.objectValue
            // The same words in an archive four times the size (same seed): at least as many hits.
            #expect((object?["largeHits"]?.integerValue ?? 0) >= (object?["smallHits"]?.integerValue ?? 1),
                    "\(object?["smallQuery"]?.stringValue ?? "?")")
            #expect(object?["p50Ratio"].flatMap(Self.number).map { $0 > 0 } == true)
        }
        #expect(same?["mixed"]?.objectValue?["p50Ratio"].flatMap(Self.number).map { $0 > 0 } == true)
        #expect((report["ownQueries"]?.objectValue?["queries"]?.arrayValue ?? []).count >= 4)
    }

    private static func number(_ value: JSONValue) -> Double? {
        if case .number(let text) = value { return Double(text) }
        return nil
    }
}
