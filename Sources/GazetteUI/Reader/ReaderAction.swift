/// Everything a person can ask the reader to do, named for intent (keys map to these in
/// ``KeyMap``).
public enum ReaderAction: Hashable, Sendable {
    /// Select the previous article in the list.
    case selectPrevious
    /// Select the next article in the list.
    case selectNext
    /// Move the list selection up by a page.
    case selectPreviousPage
    /// Move the list selection down by a page.
    case selectNextPage
    /// Select the first article.
    case selectFirst
    /// Select the last article.
    case selectLast
    /// Scroll the detail pane up one line.
    case scrollUp
    /// Scroll the detail pane down one line.
    case scrollDown
    /// Scroll the detail pane up a page.
    case scrollPageUp
    /// Scroll the detail pane down a page.
    case scrollPageDown
    /// Scroll the detail pane to the top.
    case scrollToTop
    /// Scroll the detail pane to the end.
    case scrollToBottom
    /// Move keyboard focus to the other pane.
    case switchFocus
    /// Focus the list pane (in one-pane mode: show it).
    case focusList
    /// Open the selected article in the detail pane.
    case openSelected
    /// Open the article the current one's next link leads to.
    case followNextLink
    /// Open the article the current one's previous link leads to.
    case followPreviousLink
    /// Go back in the history of opened articles.
    case goBack
    /// Go forward again after going back.
    case goForward
    /// Start typing a search.
    case beginSearch
    /// Type a character into the search.
    case typeSearch(Character)
    /// Delete the last character of the search.
    case deleteSearchCharacter
    /// Keep the typed search's results and leave the search prompt.
    case submitSearch
    /// Leave the search prompt and restore what was shown before it.
    case cancelSearch
    /// Drop the active search and show every article again.
    case clearSearch
    /// Scroll to the next search match in the open article.
    case nextMatch
    /// Scroll to the previous search match in the open article.
    case previousMatch
    /// Make the list pane wider.
    case widenList
    /// Make the list pane narrower.
    case narrowList
    /// Open the current article's web address in the browser.
    case openURL
    /// Copy the current article's web address to the clipboard (OSC 52, when enabled).
    case copyURL
    /// Show the help screen.
    case showHelp
    /// Close the help screen.
    case dismissHelp
    /// Mark the article read, or unread again.
    case toggleRead
    /// Select the next unread article in the list (opening it when the article pane has focus).
    case selectNextUnread
    /// Bookmark the article, or remove its bookmark.
    case toggleBookmark
    /// Show only bookmarked articles, or every article again.
    case toggleBookmarkedOnly
    /// Sort the list by the next order (date ↓, date ↑, title, archive order).
    case cycleSort
    /// Open the prompt for the list filter.
    case beginFilter
    /// Open the prompt for a plain-text find in the open article.
    case beginFind
    /// Open the `:` command prompt (`:find TEXT`, `:filter TERMS`, `:help`, `:quit`).
    case beginCommand
    /// Type a character into the open prompt (filter, find or command).
    case typePrompt(Character)
    /// Delete the last character of the open prompt.
    case deletePromptCharacter
    /// Apply what the open prompt holds and close it.
    case submitPrompt
    /// Close the open prompt without applying it.
    case cancelPrompt
    /// Select a list row and focus the list (a click).
    case selectRow(Int)
    /// Open the article on a list row (a double-click).
    case openRow(Int)
    /// Move the list selection by some rows (the wheel).
    case moveSelection(by: Int)
    /// Scroll the article by some lines (the wheel).
    case scrollArticle(by: Int)
    /// Focus the article pane.
    case focusArticle
    /// Quit the reader.
    case quit
    /// The terminal now has this size.
    case resize(Size)
}
