import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives the system back the heap pages that other threads freed: glibc keeps memory freed in
/// a thread's own heap for that thread, so work done on parallel threads (the link graph's
/// parts, the index's shards) would otherwise raise the process's peak for the rest of its
/// life, the next step allocating anew beside it.
enum HeapPages {
    /// Calls `malloc_trim(0)` (not in Swift's Glibc module, so it is looked up at run time;
    /// elsewhere this does nothing).
    static func returnFreed() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
