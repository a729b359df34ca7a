import GazetteCore

extension ReaderState {
    /// Opens the filter prompt with the current filter to edit.
    mutating func beginFilter() {
        mode = .filtering(draft: filter.description)
        if layout.isSinglePane { focus = .list }
    }

    /// Opens the find prompt (empty, like `less`).
    mutating func beginFind() {
        guard openArticle != nil else {
            tell("no article open", isError: true)
            return
        }
        mode = .finding(draft: "")
    }

    /// Edits the open prompt's draft.
    mutating func editPrompt(_ edit: (inout String) -> Void) {
        switch mode {
        case .filtering(var draft):
            edit(&draft)
            mode = .filtering(draft: draft)
        case .finding(var draft):
            edit(&draft)
            mode = .finding(draft: draft)
            matchCursor = nil
        case .commanding(var draft):
            edit(&draft)
            mode = .commanding(draft: draft)
            matchCursor = nil
        default:
            break
        }
    }

    mutating func submitPrompt() {
        switch mode {
        case .filtering(let draft):
            let parsed: ArticleFilter
            do {
                parsed = try ArticleFilter(parsing: draft)
            } catch {
                tell(error.description, isError: true)  // the prompt stays open to fix the text
                return
            }
            mode = .normal
            let selected = selectedArticle
            filter = parsed
            keepSelection(on: selected)
            if filter.isEmpty {
                tell("filter cleared")
            } else {
                let count = rowCount
                tell("\(count) \(count == 1 ? "article" : "articles") in the filter", isError: count == 0)
            }
        case .finding(let draft):
            mode = .normal
            guard !draft.isEmpty else {
                if find != nil { tell("find cleared") }
                find = nil
                return
            }
            find = FindQuery(draft)
            relayout()
            guard !document.matchLines.isEmpty else {
                tell("\"\(SafeText.line(draft))\" is not in this article", isError: true)
                return
            }
            matchCursor = nil
            jumpToMatch(forward: true)
        case .commanding(let draft):
            mode = .normal
            run(ReaderCommand(parsing: draft), typed: draft)
        default:
            break
        }
    }

    /// Carries out a `:` command: find and filter go through their own prompts, so `:find x`
    /// is exactly `Ctrl-F x Enter` and `:filter t` is `F t Enter`.
    private mutating func run(_ command: ReaderCommand?, typed: String) {
        switch command {
        case nil:
            let name = typed.split(separator: " ").first.map(String.init) ?? typed
            tell("unknown command ':\(SafeText.line(name))' (try find TEXT, filter TERMS, help, quit)", isError: true)
        case .empty?:
            break
        case .find(let text)?:
            beginFind()
            guard case .finding = mode else { return }  // no article open: beginFind said so
            mode = .finding(draft: text)
            submitPrompt()
        case .filter(let terms)?:
            beginFilter()
            mode = .filtering(draft: terms)
            submitPrompt()  // a bad filter leaves its prompt open with the message, to fix the text
        case .help?:
            showHelp()
        case .quit?:
            shouldQuit = true
        }
    }

    mutating func cancelPrompt() {
        switch mode {
        case .filtering, .finding, .commanding: mode = .normal
        default: break
        }
    }
}
