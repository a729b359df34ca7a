/// Packed tokens waiting for their term lookup while the index builder reads ahead: the
/// builder prefetches each token's cache entry as it arrives and looks it up
/// ``capacity`` tokens later, in order, so that a lookup no longer stalls on a cache miss for
/// every rare word. The tokens live in memory the caller provides (room for ``capacity``).
struct LookaheadRing {
    /// How many tokens after its own a token is looked up; a power of two, so the ring's
    /// index wraps with a mask.
    static let capacity = 16

    private let tokens: UnsafeMutablePointer<PackedToken>
    private var first = 0
    private var count = 0

    init(_ tokens: UnsafeMutablePointer<PackedToken>) {
        self.tokens = tokens
    }

    /// Adds a token; when the ring is full, its oldest token is looked up first.
    @inline(__always)
    mutating func add(_ token: PackedToken, lookingUp lookUp: (PackedToken) -> Void) {
        if count == LookaheadRing.capacity {
            lookUp(tokens[first])
            tokens[first] = token
            first = (first &+ 1) & (LookaheadRing.capacity &- 1)
        } else {
            (tokens + ((first &+ count) & (LookaheadRing.capacity &- 1))).initialize(to: token)
            count &+= 1
        }
    }

    /// Looks up every waiting token, oldest first (before a token that skips the ring, and at
    /// the end of a text).
    @inline(__always)
    mutating func drain(lookingUp lookUp: (PackedToken) -> Void) {
        while count > 0 {
            lookUp(tokens[first])
            first = (first &+ 1) & (LookaheadRing.capacity &- 1)
            count &-= 1
        }
    }
}
