// libFuzzer's entry point. fuzz.sh compiles this folder together with GazetteCore's sources
// into one binary (not part of the SwiftPM package); GAZETTE_FUZZ_TARGET picks the target:
// `archive` (the archive loader, default) or `page` (the page importer).
import Foundation

private let target = ProcessInfo.processInfo.environment["GAZETTE_FUZZ_TARGET"] ?? "archive"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    switch target {
    case "page": fuzzPageImporter(start, count)
    default: fuzzArchiveLoader(start, count)
    }
    return 0
}
