/// Something an action asks the outside world to do; the pure state only records it and the
/// event loop performs it (through a ``URLOpener`` or a ``ClipboardWriter``), so the state
/// stays testable without spawning processes or writing to the terminal.
public enum ReaderEffect: Hashable, Sendable {
    /// Open a checked http(s) URL in the browser.
    case openURL(String)
    /// Copy a checked http(s) URL to the clipboard.
    case copyURL(String)
}

/// Opens URLs (in a browser, or in a test, a recording fake).
public protocol URLOpener {
    /// Opens `url` without waiting for the browser; throws an error whose description is a
    /// short reason when it cannot even be started.
    func open(_ url: String) throws
}

/// Puts text on the clipboard (the terminal's, through OSC 52).
public protocol ClipboardWriter {
    /// Copies `text`; throws an error whose description is a short reason.
    func copy(_ text: String) throws
}
