extension ReaderState {
    /// Key lines the help screen has room for (a title, a blank line and the closing hint
    /// take the rest; the status bar the last row).
    var helpRows: Int {
        max(0, size.height - 4)
    }

    /// The largest ``helpScroll``: the last key line at the bottom.
    var maximumHelpScroll: Int {
        max(0, helpLineCount - helpRows)
    }

    /// Opens the help screen at its top.
    mutating func showHelp() {
        mode = .help
        helpScroll = 0
    }

    /// Scrolls the help screen like an article: by a line, a page, or to either end.
    mutating func scrollHelp(_ action: ReaderAction) {
        let page = max(1, helpRows - 1)
        switch action {
        case .scrollUp: helpScroll -= 1
        case .scrollDown: helpScroll += 1
        case .scrollPageUp: helpScroll -= page
        case .scrollPageDown: helpScroll += page
        case .scrollToTop: helpScroll = 0
        case .scrollToBottom: helpScroll = maximumHelpScroll
        default: break
        }
        helpScroll = min(max(0, helpScroll), maximumHelpScroll)
    }
}

extension ReaderAction {
    /// Whether the action scrolls the help screen when it is open.
    var scrollsHelp: Bool {
        switch self {
        case .scrollUp, .scrollDown, .scrollPageUp, .scrollPageDown, .scrollToTop, .scrollToBottom: true
        default: false
        }
    }
}
