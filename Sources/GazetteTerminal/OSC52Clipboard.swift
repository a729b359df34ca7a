#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GazetteUI

/// Copies to the terminal's clipboard with an OSC 52 sequence (`ESC ] 52 ; c ; BASE64 BEL`)
/// written straight to the terminal. Only checked http(s) URLs are accepted, so article
/// text never reaches the terminal this way; the payload is base64, so nothing in it can
/// end the sequence early.
public struct OSC52Clipboard: ClipboardWriter {
    /// Why a copy failed.
    public struct Failure: Error, CustomStringConvertible {
        /// A short reason.
        public let description: String
    }

    /// Creates the clipboard.
    public init() {}

    /// The bytes sent for `url`.
    public static func sequence(for url: String) -> String {
        "\u{1B}]52;c;" + Data(url.utf8).base64EncodedString() + "\u{07}"
    }

    /// Writes the sequence for `url` (refused unless it is an http(s) URL).
    public func copy(_ url: String) throws {
        if case .failure(let rejection) = WebURL.check(url) {
            throw Failure(description: "\(rejection)")
        }
        fflush(nil)
        let bytes = Array(Self.sequence(for: url).utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write to the terminal")
            }
            written += result
        }
    }
}
