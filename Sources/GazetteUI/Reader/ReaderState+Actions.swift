import GazetteCore

extension ReaderState {
    /// The action a key triggers in the current mode: the search prompt takes text, the help
    /// screen closes on any key (but scrolls with the article's scroll keys when it does not
    /// fit), otherwise the key map decides by focused pane.
    public func action(for key: KeyEvent, keyMap: KeyMap = .standard) -> ReaderAction? {
        if case .mouse(let event) = key { return mouseAction(for: event) }
        switch mode {
        case .help:
            switch key {
            case .resize(let size): return .resize(size)
            case .control("c"), .terminationRequested: return .quit
            default:
                if maximumHelpScroll > 0, let action = keyMap.action(for: key, in: .detail), action.scrollsHelp {
                    return action
                }
                return .dismissHelp
            }
        case .searching:
            return KeyMap.searchPromptAction(for: key)
        case .filtering, .finding, .commanding:
            return KeyMap.promptAction(for: key)
        case .normal:
            return keyMap.action(for: key, in: focus)
        }
    }

    /// The state after an action.
    public func applying(_ action: ReaderAction) -> ReaderState {
        var next = self
        next.apply(action)
        return next
    }

    /// Applies an action in place.
    public mutating func apply(_ action: ReaderAction) {
        message = nil
        messageIsError = false
        if mode == .help, action.scrollsHelp {
            scrollHelp(action)
            return
        }
        switch action {
        case .selectPrevious: viewport.move(by: -1)
        case .selectNext: viewport.move(by: 1)
        case .selectPreviousPage: viewport.page(-1)
        case .selectNextPage: viewport.page(1)
        case .selectFirst: viewport.select(0)
        case .selectLast: viewport.select(rowCount - 1)
        case .scrollUp: detailScroll -= 1
        case .scrollDown: detailScroll += 1
        case .scrollPageUp: detailScroll -= max(1, detailHeight - 1)
        case .scrollPageDown: detailScroll += max(1, detailHeight - 1)
        case .scrollToTop: detailScroll = 0
        case .scrollToBottom: detailScroll = maximumDetailScroll
        case .switchFocus: focus = focus == .list ? .detail : .list
        case .focusList: focus = .list
        case .openSelected:
            if let article = selectedArticle {
                open(article)
                focus = .detail
            }
        case .followNextLink: follow(.next)
        case .followPreviousLink: follow(.previous)
        case .goBack: goBack()
        case .goForward: goForward()
        case .beginSearch: beginSearch()
        case .typeSearch(let character):
            if case .searching(let draft) = mode { updateDraft(draft + String(character)) }
        case .deleteSearchCharacter:
            if case .searching(let draft) = mode { updateDraft(String(draft.dropLast())) }
        case .submitSearch: submitSearch()
        case .cancelSearch: cancelSearch()
        case .clearSearch: clearSearch()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .widenList: listWidth = listWidth.stepped(by: 1)
        case .narrowList: listWidth = listWidth.stepped(by: -1)
        case .openURL: requestURL(copy: false)
        case .copyURL: requestURL(copy: true)
        case .showHelp: showHelp()
        case .dismissHelp: mode = .normal
        case .toggleRead: toggleRead()
        case .selectNextUnread: selectNextUnread()
        case .toggleBookmark: toggleBookmark()
        case .toggleBookmarkedOnly: toggleBookmarkedOnly()
        case .cycleSort: cycleSort()
        case .beginFilter: beginFilter()
        case .beginFind: beginFind()
        case .beginCommand: mode = .commanding(draft: "")
        case .typePrompt(let character): editPrompt { $0.append(character) }
        case .deletePromptCharacter: editPrompt { _ = $0.popLast() }
        case .submitPrompt: submitPrompt()
        case .cancelPrompt: cancelPrompt()
        case .selectRow(let row):
            viewport.select(row)
            focus = .list
        case .openRow(let row):
            viewport.select(row)
            if let article = selectedArticle {
                open(article)
                focus = .detail
            }
        case .moveSelection(let delta): viewport.move(by: delta)
        case .scrollArticle(let delta): detailScroll += delta
        case .focusArticle: focus = .detail
        case .quit: shouldQuit = true
        case .resize(let size): setSize(size)
        }
        relayout()
    }

    mutating func tell(_ text: String, isError: Bool = false) {
        message = text
        messageIsError = isError
    }

    /// Opens an article, recording the one left in the history, and selects it in the list.
    mutating func open(_ article: Int, recordHistory: Bool = true) {
        if article != openArticle {
            if recordHistory, let current = openArticle { history.visit(leaving: current) }
            openArticle = article
            detailScroll = 0
        }
        readArticles.insert(article)
        if let row = row(of: article) { viewport.select(row) }
    }

    mutating func follow(_ direction: LinkDirection) {
        guard let current = currentArticle else {
            tell("the archive is empty", isError: true)
            return
        }
        guard let link = archive.articles[current].link(direction) else {
            tell("no \(direction.rawValue) article", isError: true)
            return
        }
        if linksPending {
            tell("links are still being resolved, try again in a moment")
            return
        }
        switch graph.resolution(from: current, direction) {
        case .resolved(let target, _)?:
            if openArticle != current { openArticle = current }
            open(target)
            if row(of: target) == nil { tell("opened an article that is not among the search hits") }
        case .broken(.ambiguous(let candidates))?:
            tell("ambiguous \(direction.rawValue) link: \"\(SafeText.line(link.title))\" matches \(candidates.count) articles", isError: true)
        case .broken(.notFound)?, nil:
            tell("broken link: \"\(SafeText.line(link.title))\" is not in this archive", isError: true)
        }
    }

    mutating func goBack() {
        guard let current = openArticle, let target = history.goBack(from: current) else {
            tell("nothing to go back to", isError: true)
            return
        }
        openArticle = target
        detailScroll = 0
        open(target, recordHistory: false)
    }

    mutating func goForward() {
        guard let current = openArticle, let target = history.goForward(from: current) else {
            tell("nothing to go forward to", isError: true)
            return
        }
        openArticle = target
        detailScroll = 0
        open(target, recordHistory: false)
    }

    mutating func jumpToMatch(forward: Bool) {
        guard highlightQuery != nil || highlightFind != nil else {
            tell("no active search: press / to search", isError: true)
            return
        }
        let lines = document.matchLines
        guard !lines.isEmpty else {
            tell("no matches in this article", isError: true)
            return
        }
        let next: Int
        if let cursor = matchCursor {
            next = forward ? (cursor + 1) % lines.count : (cursor - 1 + lines.count) % lines.count
        } else {
            let top = detailScroll
            next = forward ? (lines.firstIndex { $0 >= top } ?? 0) : (lines.lastIndex { $0 < top } ?? lines.count - 1)
        }
        matchCursor = next
        detailScroll = min(max(0, lines[next] - max(0, detailHeight / 3)), maximumDetailScroll)
        if layout.isSinglePane { focus = .detail }
        tell("match \(next + 1)/\(lines.count) in this article")
    }
}
