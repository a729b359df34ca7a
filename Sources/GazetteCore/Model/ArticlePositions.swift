/// Each article id's position in an archive: one dictionary per run of consecutive articles
/// (the runs several threads decoded at once), each with the position of the run's first
/// article, so that loading never merges the runs' dictionaries into one.
///
/// A lookup asks each run in turn (one per thread, a handful at most). Ids are unique across
/// all runs: the fast decoder checks it before making one of these.
struct ArticlePositions: Sendable {
    private var runs: [(first: Int, positions: [ArticleID: Int])]

    /// Positions in one dictionary.
    init(_ positions: [ArticleID: Int]) {
        runs = [(0, positions)]
    }

    /// Positions by run: each run's dictionary counts from its `first` position. No id may be
    /// in two runs.
    init(runs: [(first: Int, positions: [ArticleID: Int])]) {
        self.runs = runs
    }

    /// The position of the article with `id`.
    subscript(id: ArticleID) -> Int? {
        for run in runs {
            if let position = run.positions[id] { return run.first + position }
        }
        return nil
    }
}
