import AmbtLint
import AmbtModel

/// Records a review in a code's metadata: `laatste herziening: DATE` and, when given,
/// `herzien door: NAME`, replacing the values that are there or adding the keys before the
/// closing `---`. Everything else stays byte for byte.
enum ReviewCompletion {
  /// The new source, or nil when the code has no metadata block to record it in.
  static func record(in source: String, metadata: Metadata, date: Day, by: String?) -> String? {
    guard metadata.range != .empty else { return nil }
    var bytes = Array(source.utf8)
    // Edits from the end backwards, so earlier offsets stay valid.
    var edits: [(range: Range<Int>, text: String)] = []
    var additions: [String] = []
    if let last = metadata.lastReview {
      edits.append((last.range.start..<last.range.end, date.description))
    } else {
      additions.append("laatste herziening: \(date)")
    }
    if let by {
      let clean = by.filter { !$0.isNewline }
      if let field = metadata.lastReviewBy {
        edits.append((field.range.start..<field.range.end, clean))
      } else {
        additions.append("herzien door: \(clean)")
      }
    }
    if !additions.isEmpty {
      // The closing fence is the last line of the block.
      var close = metadata.range.end
      while close > metadata.range.start && (close >= bytes.count || bytes[close - 1] == 0x0A || bytes[close - 1] == 0x0D) {
        close -= 1
      }
      while close > metadata.range.start && bytes[close - 1] != 0x0A { close -= 1 }
      let newline = source.contains("\r\n") ? "\r\n" : "\n"
      edits.append((close..<close, additions.map { $0 + newline }.joined()))
    }
    for e in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      bytes.replaceSubrange(e.range, with: Array(e.text.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
