import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a file read-only into memory as `Data`, so an archive's bytes are paged in on demand
/// from the page cache and can be dropped from the process's resident set again
/// (``dropResidentPages(_:of:)``) once decoded or indexed: lazily read bodies fault them back.
enum MappedFile {
    /// The file's bytes, or nil when it cannot be mapped (empty, not a regular file…): the
    /// caller then reads it normally.
    static func map(path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in
            _ = munmap(pointer, count)
        })
    }

    /// Tells the kernel the bytes in `range` of a mapped `data` are not needed for now: their
    /// pages leave the resident set (whole pages inside the range only), and reading them
    /// again reads the file. Only for a file mapping: pages of ordinary memory would come
    /// back as zeros.
    static func dropResidentPages(_ range: Range<Int>, of data: Data) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard page > 0 else { return }
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, range.lowerBound >= 0, range.upperBound <= raw.count else { return }
            let start = Int(bitPattern: base) + range.lowerBound
            let alignedStart = (start + page - 1) / page * page
            let alignedEnd = (Int(bitPattern: base) + range.upperBound) / page * page
            guard alignedEnd > alignedStart, let pointer = UnsafeMutableRawPointer(bitPattern: alignedStart) else { return }
            _ = madvise(pointer, alignedEnd - alignedStart, MADV_DONTNEED)
        }
    }
}
