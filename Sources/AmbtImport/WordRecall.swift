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

  /// Every piece of document text in the model.
  public static func modelText(_ d: Document) -> [String] {
    var parts: [String] = []
    if let t = d.metadata.title?.value { parts.append(t) }
    for i in d.preamble.items { i.collectText(into: &parts, includeExplanations: true) }
    for c in d.chapters + d.annexes {
      parts.append(c.displayTitle)
      for i in c.items { i.collectText(into: &parts, includeExplanations: true) }
    }
    if let c = d.closing {
      for i in c.items { i.collectText(into: &parts, includeExplanations: true) }
    }
    // List markers (`a.`, `2.`) are part of the model too.
    func labels(_ items: [Item]) {
      for item in items {
        switch item {
        case .list(let l):
          func walk(_ xs: [ListItem]) { for x in xs { if let lab = x.label { parts.append(lab) }; walk(x.children) } }
          walk(l.items)
        case .article(let a): labels(a.items)
        case .explanation(let e): labels(e.items)
        default: break
        }
      }
    }
    labels(d.preamble.items)
    for c in d.chapters + d.annexes { labels(c.items) }
    if let c = d.closing { labels(c.items) }
    return parts
  }
}
