import AmbtModel
import AmbtParser
import Foundation

/// Measures "nothing is lost": the share of the input's words found in the compiled output.
///
/// The input is normalised as the importer reads it, then the output's `// herstel:` and
/// `// verwijderd:` comments are applied to it (a repaired word counts in its repaired form, a
/// removed artefact is not expected in the output), and words broken by a hyphen at a line end
/// are joined. The output side is the text of the parsed model (titles, paragraphs, list items,
/// explanations), not the raw file, so comments and annotations do not count.
public enum WordRecall {
  public struct Measurement: Sendable {
    public var total: Int
    public var found: Int
    /// Input words not found in the output (first 50).
    public var missing: [String]
    public var recall: Double { total == 0 ? 1 : Double(found) / Double(total) }
  }

  public static func measure(input: [UInt8], output: String) -> Measurement {
    var text = " " + Cleaner.normalizedText(input) + " "
    var repairs: [Repair] = []
    for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
      if let r = Repair.parse(comment: String(line)) { repairs.append(r) }
    }
    for r in repairs {
      switch r.kind {
      case .verwijderd:
        if let range = text.range(of: r.source) { text.replaceSubrange(range, with: " ") }
      case .herstel:
        if let range = wordRange(of: r.source, in: text) { text.replaceSubrange(range, with: r.replacement ?? "") }
      }
    }
    let inputWords = words(text)
    let result = Checker.check(bytes: Array(output.utf8), file: "-")
    let outputWords = words(modelText(result.document).joined(separator: " "))
    var available: [String: Int] = [:]
    for w in outputWords { available[w, default: 0] += 1 }
    var found = 0
    var missing: [String] = []
    for w in inputWords {
      if let n = available[w], n > 0 {
        available[w] = n - 1
        found += 1
      } else if missing.count < 50 {
        missing.append(w)
      }
    }
    return Measurement(total: inputWords.count, found: found, missing: missing)
  }

  /// The first occurrence of `needle` that starts and ends at a word boundary.
  static func wordRange(of needle: String, in text: String) -> Range<String.Index>? {
    var from = text.startIndex
    while let r = text.range(of: needle, range: from..<text.endIndex) {
      let beforeOK = r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter
      let afterOK = r.upperBound == text.endIndex || !text[r.upperBound].isLetter || !(needle.last?.isLetter ?? false)
      if beforeOK && afterOK { return r }
      from = text.index(after: r.lowerBound)
    }
    return nil
  }

  /// Folded words: runs of letters and digits. A word broken as `daar- om` is joined first.
  static func words(_ s: String) -> [String] {
    let joined = s.replacingOccurrences(of: #"(\p{L})- (\p{Ll})"#, with: "$1$2", options: .regularExpression)
    var out: [String] = []
    var cur = ""
    for c in TextFolding.fold(joined) {
      if c.isLetter || c.isNumber {
        cur.append(c)
      } else if !cur.isEmpty {
        out.append(cur)
        cur = ""
      }
    }
    if !cur.isEmpty { out.append(cur) }
    return out
  }

  /// Every piece of document text in the model, list markers (`a.`, `2.`) included.
  public static func modelText(_ d: Document) -> [String] {
    var collector = TextCollector()
    if let t = d.metadata.title?.value { collector.parts.append(t) }
    d.walk(&collector)
    return collector.parts
  }

  /// The words of every element a walk meets: titles, paragraphs, headings, list items and their
  /// labels, explanation words.
  struct TextCollector: DocumentVisitor {
    var parts: [String] = []
    mutating func enterChapter(_ chapter: Chapter) -> Bool {
      parts.append(chapter.displayTitle)
      return true
    }
    mutating func enterArticle(_ article: Article, at place: Walk.Place) -> Bool {
      parts.append(article.label)
      if let t = article.title { parts.append(t) }
      return true
    }
    mutating func enterExplanation(_ explanation: Explanation, at place: Walk.Place) -> Bool {
      parts.append(explanation.label)
      return true
    }
    mutating func visitParagraph(_ paragraph: Paragraph, at place: Walk.Place) { parts.append(paragraph.text) }
    mutating func visitHeading(_ heading: Heading, at place: Walk.Place) {
      parts.append([heading.number, heading.title].compactMap { $0 }.joined(separator: " "))
    }
    mutating func visitListItem(_ item: ListItem, depth: Int, at place: Walk.Place) {
      parts.append(item.text)
      if let label = item.label { parts.append(label) }
    }
  }
}
