import AmbtModel

/// A code's own promise to be reviewed at a frequency: "wordt ieder jaar geëvalueerd",
/// "minimaal elke twee jaar opnieuw gekeken", "de gedragscode wordt om de twee jaar herzien".
///
/// No law sets a review interval for a gedragscode (law-notes.md §4); when a code promises one,
/// that promise is what the review-cycle checks hold it to. Read by the importer (to fill in
/// `herzieningstermijn`) and by the linter (when the metadata has none).
public struct ReviewPromise: Hashable, Sendable {
  /// The interval in months.
  public var months: Int
  /// The frequency as written ("minimaal elke 2 jaar").
  public var written: String
  /// Where the frequency stands, relative to the analysed text's base.
  public var range: SourceRange

  /// Words of reviewing, folded prefixes.
  static let reviewWords = [
    "evalu", "herzien", "herzie", "herziet", "opnieuw gekeken", "opnieuw bekeken", "opnieuw bekijken", "geactualiseerd",
    "actualiseren", "bijgesteld", "tegen het licht", "herzieningstermijn", "doorgelicht",
  ]

  /// The promise in one sentence of the code, if it makes one. `base` is the sentence's offset.
  public static func read(_ sentence: String, base: Int = 0, analyser: NormAnalyser = .shared) -> ReviewPromise? {
    let f = TextFold.fold(sentence)
    // ASCII text: a byte search finds what the String search finds.
    let ascii = f.utf8.allSatisfy { $0 < 0x80 }
    guard reviewWords.contains(where: { ascii ? f.containsBytes($0) : f.contains($0) }) else { return nil }
    return analyser.analyse(sentence, base: base).lazy.compactMap { read($0) }.first
  }

  /// The promise in a sentence the analyser has read already.
  public static func read(_ s: SentenceAnalysis) -> ReviewPromise? {
    guard !s.periods.isEmpty else { return nil }
    // ASCII words: a byte search finds what the String search finds.
    let ascii = s.wordText.utf8.allSatisfy { $0 < 0x80 }
    guard reviewWords.contains(where: { ascii ? s.wordText.containsBytes($0) : s.wordText.contains($0) }) else { return nil }
    for p in s.periods where p.kind == .frequentie && (p.unit == .jaar || p.unit == .maand) {
      // In Double first: a number from the text can be too large for an Int.
      let months = (p.unit == .jaar ? p.value * 12 : p.value).rounded()
      let allowed = Metadata.reviewIntervalMonthsRange
      if months.isFinite, months >= Double(allowed.lowerBound), months <= Double(allowed.upperBound) {
        return ReviewPromise(months: Int(months), written: p.written, range: p.range)
      }
    }
    return nil
  }
}
