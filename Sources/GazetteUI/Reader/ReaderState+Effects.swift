import GazetteCore

extension ReaderState {
    /// Checks the current article's URL and asks the loop to open or copy it.
    mutating func requestURL(copy: Bool) {
        guard let current = currentArticle else {
            tell("the archive is empty", isError: true)
            return
        }
        guard let url = archive.articles[current].url, !url.isEmpty else {
            tell("this article has no URL", isError: true)
            return
        }
        switch WebURL.check(url) {
        case .failure(let rejection):
            tell("will not \(copy ? "copy" : "open") \"\(SafeText.line(url))\": \(rejection)", isError: true)
        case .success(let checked):
            if copy && !copyEnabled {
                tell("copying is off: set osc52-copy = true in the config file (gazette config --print-default)", isError: true)
                return
            }
            effects.append(copy ? .copyURL(checked) : .openURL(checked))
        }
    }

    /// Shows the outcome of a performed effect in the status bar.
    public mutating func report(_ text: String, isError: Bool = false) {
        tell(text, isError: isError)
    }

    /// Performs the requested effects and reports each outcome in the status bar.
    mutating func performEffects(opener: URLOpener?, clipboard: ClipboardWriter?) {
        for effect in takeEffects() {
            switch effect {
            case .openURL(let url):
                guard let opener else {
                    report("cannot open URLs here", isError: true)
                    continue
                }
                do {
                    try opener.open(url)
                    report("opened \(url)")
                } catch {
                    report("cannot open \(url): \(error)", isError: true)
                }
            case .copyURL(let url):
                guard let clipboard else {
                    report("cannot copy here", isError: true)
                    continue
                }
                do {
                    try clipboard.copy(url)
                    report("copied \(url)")
                } catch {
                    report("cannot copy \(url): \(error)", isError: true)
                }
            }
        }
    }
}
