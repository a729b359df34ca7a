#ifndef GAZETTE_PREFETCH_H
#define GAZETTE_PREFETCH_H

/// Asks the CPU to start bringing the cache line at `address` into its caches, to be read,
/// without waiting for it: a hint, which never faults (any address will do) and may be ignored.
static inline void gazette_prefetch_for_reading(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// The same, for a line that is about to be written.
static inline void gazette_prefetch_for_writing(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
