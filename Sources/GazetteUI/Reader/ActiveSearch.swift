import GazetteCore

/// A search whose results the list shows.
public struct ActiveSearch: Sendable {
    /// The query.
    public var query: SearchQuery
    /// The ranked hits, or nil while the index is still being built.
    public var hits: RankedHits?
}
