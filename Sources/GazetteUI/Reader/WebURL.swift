import Foundation

/// Checks that a URL from an archive is safe to hand to a browser: an absolute `http` or
/// `https` URL with a host and no control characters or spaces. Anything else
/// (`javascript:`, `file:`, `data:`, relative or malformed URLs) is refused.
public enum WebURL {
    /// Why a URL was refused.
    public enum Rejection: Error, Hashable, Sendable, CustomStringConvertible {
        /// It contains a control character, a space, or another character a URL cannot hold.
        case invalidCharacters
        /// It does not parse as a URL.
        case malformed
        /// Its scheme is not http or https (nil: no scheme at all).
        case scheme(String?)
        /// It has no host.
        case missingHost

        /// A short reason for the status bar.
        public var description: String {
            switch self {
            case .invalidCharacters: "it contains control characters or spaces"
            case .malformed: "it is not a valid URL"
            case .scheme(let scheme?): "only http and https URLs are opened, not \(TextSanitizer.sanitize(scheme)):"
            case .scheme(nil): "it is not an absolute http or https URL"
            case .missingHost: "it has no host"
            }
        }
    }

    /// The URL unchanged when it is an acceptable http(s) URL, else why not.
    public static func check(_ text: String) -> Result<String, Rejection> {
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return .failure(.invalidCharacters)
        }
        guard let components = URLComponents(string: text) else { return .failure(.malformed) }
        guard let scheme = components.scheme?.lowercased() else { return .failure(.scheme(nil)) }
        guard scheme == "http" || scheme == "https" else { return .failure(.scheme(scheme)) }
        guard let host = components.host, !host.isEmpty else { return .failure(.missingHost) }
        return .success(text)
    }
}
