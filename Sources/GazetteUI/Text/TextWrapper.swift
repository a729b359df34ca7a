/// Breaks sanitized text into lines that fit a number of columns.
public enum TextWrapper {
    /// Wraps (already sanitized) text to `width` columns by display width.
    ///
    /// - Lines break at spaces; the spaces at a break belong to neither line, and a
    ///   continuation line never starts with spaces (leading spaces of the text itself, such
    ///   as an indent, are kept).
    /// - Double-width graphemes (CJK, emoji) may break before or after them without a space,
    ///   except that CJK closing punctuation (`，。」）`…) never starts a line and opening
    ///   brackets (`「（`…) never end one (kinsoku).
    /// - A word longer than a line is split between graphemes; a grapheme is never split.
    /// - A double-width grapheme that does not fit in the remaining column moves to the
    ///   next line; when even a whole line is narrower (width 1) it gets a line of its own,
    ///   reported with width 2, which the grid clips.
    /// - `width <= 0` gives no lines (nothing can be shown); empty text gives one empty line.
    ///
    /// Runs in one pass: O(n) in the length of the text.
    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        guard width > 0 else { return [] }
        var builder = LineBuilder(text: text, width: width)
        var position = text.startIndex
        let utf8 = text.utf8
        for character in text {
            let next = utf8.index(position, offsetBy: character.utf8.count)
            builder.add(character, from: position, to: next)
            position = next
        }
        return builder.finish()
    }
}

/// The greedy line-breaking state for ``TextWrapper``.
private struct LineBuilder {
    /// A place the current line may end, and where the next line would then start.
    struct BreakOpportunity {
        /// End of the current line if it breaks here.
        var lineEnd: String.Index
        /// The line's width up to `lineEnd`.
        var lineEndWidth: Int
        /// Start of the next line (after any breaking spaces).
        var resume: String.Index
        /// The current line's width up to `resume`.
        var resumeWidth: Int
    }

    let text: String
    let width: Int
    var lines: [WrappedLine] = []
    var lineStart: String.Index
    var lineWidth = 0
    /// The latest place the current line may break.
    var opportunity: BreakOpportunity? {
        willSet { earlierOpportunity = opportunity }
    }
    /// The place before ``opportunity``, used when a grapheme that cannot start a line
    /// arrives right at ``opportunity``.
    var earlierOpportunity: BreakOpportunity?
    /// True when the previous grapheme cannot end a line (an opening bracket).
    var afterOpeningBracket = false
    /// True while the current line holds something other than leading spaces.
    var lineHasContent = false
    /// True when the previous grapheme was a space kept on the current line.
    var inSpaceRun = false
    /// True right after a break at spaces: the rest of the run is dropped.
    var skippingSpaces = false

    init(text: String, width: Int) {
        self.text = text
        self.width = width
        self.lineStart = text.startIndex
    }

    mutating func add(_ character: Character, from start: String.Index, to end: String.Index) {
        if character == " " {
            addSpace(from: start, to: end)
            return
        }
        skippingSpaces = false
        let graphemeWidth = DisplayWidth.of(character)
        let cannotStartLine = Kinsoku.cannotStartLine(character)
        if cannotStartLine, let current = opportunity, current.lineEnd == start, current.resume == start {
            // The break right before this mark is not allowed: fall back to the one before.
            let earlier = earlierOpportunity
            opportunity = earlier
            earlierOpportunity = nil
        }
        if graphemeWidth == 2 && lineWidth > 0 && !inSpaceRun && !cannotStartLine && !afterOpeningBracket {
            // Wide graphemes (CJK, emoji) may start a line without a space before them;
            // after spaces, the break at the spaces (which drops them) is the same place.
            opportunity = BreakOpportunity(
                lineEnd: start, lineEndWidth: lineWidth, resume: start, resumeWidth: lineWidth)
        }
        inSpaceRun = false
        afterOpeningBracket = Kinsoku.cannotEndLine(character)
        while lineWidth > 0 && lineWidth + graphemeWidth > width {
            breakLine(before: start)
        }
        if graphemeWidth > width {
            // Only a wide grapheme in a one-column wrap: it gets a line of its own.
            lines.append(WrappedLine(range: start..<end, width: graphemeWidth))
            startLine(at: end)
            skippingSpaces = true
            return
        }
        lineWidth += graphemeWidth
        if graphemeWidth > 0 { lineHasContent = true }
        if graphemeWidth == 2 && !Kinsoku.cannotEndLine(character) {
            opportunity = BreakOpportunity(
                lineEnd: end, lineEndWidth: lineWidth, resume: end, resumeWidth: lineWidth)
        }
    }

    mutating func addSpace(from start: String.Index, to end: String.Index) {
        if skippingSpaces {
            lineStart = end
            return
        }
        if !lineHasContent {
            // Indentation at the start of the text: kept, but not a place to break.
            if lineWidth + 1 > width { breakLine(before: start) }
            lineWidth += 1
            return
        }
        if lineWidth + 1 > width {
            // The line is full: it ends before this run of spaces, and the run is dropped.
            if inSpaceRun, let opportunity {
                lines.append(WrappedLine(range: lineStart..<opportunity.lineEnd, width: opportunity.lineEndWidth))
            } else {
                lines.append(WrappedLine(range: lineStart..<start, width: lineWidth))
            }
            startLine(at: end)
            skippingSpaces = true
            return
        }
        lineWidth += 1
        if inSpaceRun, let current = opportunity {
            opportunity = BreakOpportunity(
                lineEnd: current.lineEnd, lineEndWidth: current.lineEndWidth, resume: end,
                resumeWidth: lineWidth)
        } else {
            opportunity = BreakOpportunity(
                lineEnd: start, lineEndWidth: lineWidth - 1, resume: end, resumeWidth: lineWidth)
        }
        inSpaceRun = true
    }

    /// Ends the current line at the latest opportunity, or right before `position` when
    /// there is none (a word longer than the line).
    mutating func breakLine(before position: String.Index) {
        if let opportunity, opportunity.resumeWidth > 0 {
            lines.append(WrappedLine(range: lineStart..<opportunity.lineEnd, width: opportunity.lineEndWidth))
            lineStart = opportunity.resume
            lineWidth -= opportunity.resumeWidth
            lineHasContent = lineWidth > 0
            self.opportunity = nil
            earlierOpportunity = nil
        } else {
            lines.append(WrappedLine(range: lineStart..<position, width: lineWidth))
            startLine(at: position)
        }
    }

    mutating func startLine(at position: String.Index) {
        lineStart = position
        lineWidth = 0
        opportunity = nil
        earlierOpportunity = nil
        lineHasContent = false
        inSpaceRun = false
    }

    mutating func finish() -> [WrappedLine] {
        if lines.isEmpty || lineStart < text.endIndex {
            lines.append(WrappedLine(range: lineStart..<text.endIndex, width: lineWidth))
        }
        return lines
    }
}
