import AmbtModel
import AmbtParser
import Foundation
import Testing

/// The five real codes in `Codes/`: clean, annotated, and faithful to their source text.
@Suite struct CodesTests {
  /// Code file → seed text it was written from.
  static let sources: [String: String] = [
    "leek.ambt": "leek.txt",
    "maastricht.ambt": "maastricht.txt",
    "alphen-aan-den-rijn-2014.ambt": "alphen-aan-den-rijn-2014.txt",
    "leiderdorp-2025.ambt": "leiderdorp-2025.txt",
    "aalsmeer-2025.ambt": "aalsmeer-2025.txt",
  ]

  @Test("all five codes are present")
  func present() {
    #expect(Set(Repo.codes.map { ($0 as NSString).lastPathComponent }) == Set(Self.sources.keys))
  }

  @Test("checks clean: no errors and no warnings", arguments: Repo.codes)
  func clean(path: String) {
    let r = Checker.check(bytes: Repo.bytes(path), file: path)
    #expect(
      r.diagnostics.isEmpty, "\(r.diagnostics.map { "\(r.lineTable.position(of: $0.range.start).line): \($0.message.en)" })")
  }

  @Test("every rule has a topic and a norm kind", arguments: Repo.codes)
  func annotated(path: String) {
    let doc = Checker.check(bytes: Repo.bytes(path), file: path).document
    #expect(!doc.articles.isEmpty)
    for (chapter, article) in doc.articlesWithChapters {
      let topics = article.annotations.topics.isEmpty ? chapter.annotations.topics : article.annotations.topics
      #expect(!topics.isEmpty, "\(path): rule \(article.label) has no @onderwerp")
      #expect(!article.annotations.norms.isEmpty, "\(path): rule \(article.label) has no @norm")
    }
  }

  @Test("word recall against the source text is at least 99%", arguments: Repo.codes)
  func recall(path: String) throws {
    let name = (path as NSString).lastPathComponent
    let seedName = try #require(Self.sources[name])
    let source = try String(contentsOfFile: Repo.path("Tests/Fixtures/seeds/" + seedName), encoding: .utf8)
    let codeText = try String(contentsOfFile: path, encoding: .utf8)
    let r = Checker.check(bytes: Array(codeText.utf8), file: path)
    let measured = RecallMeter.measure(source: source, code: codeText, document: r.document)
    print(
      "recall \(name): \(measured.found)/\(measured.total) = "
        + String(format: "%.2f%%", measured.share * 100)
        + (measured.missing.isEmpty ? "" : "; missing: " + measured.missing.prefix(20).joined(separator: " ")))
    #expect(measured.share >= 0.99)
  }
}

/// Measures how many words of a source text the compiled model keeps.
///
/// The source is normalised the way the repair record describes: white space collapsed (keeping
/// where lines broke), each `// herstel: "a" -> "b"` applied, each `// verwijderd: "x"` removed,
/// then words broken with a hyphen at a line end joined. A source word counts as found while the model still has an
/// unused occurrence of it (a multiset, so repeated words must all be there).
enum RecallMeter {
  struct Result {
    var found: Int
    var total: Int
    var missing: [String]
    var share: Double { total == 0 ? 1 : Double(found) / Double(total) }
  }

  static func measure(source: String, code: String, document: Document) -> Result {
    var text = normalizeKeepingLineBreaks(source)
    for line in code.split(separator: "\n") {
      let t = line.trimmingCharacters(in: .whitespaces)
      if t.hasPrefix("// herstel:"), let (from, to) = pair(String(t.dropFirst(11))) {
        text = replace(from, with: to, in: text)
      } else if t.hasPrefix("// verwijderd:"), let removed = quoted(String(t.dropFirst(14))).first {
        text = replace(removed, with: " ", in: text)
      }
    }
    text = joinHyphenBreaks(text).replacingOccurrences(of: "\n", with: " ")
    var available: [String: Int] = [:]
    for w in words(modelText(document)) { available[w, default: 0] += 1 }
    var found = 0
    var missing: [String] = []
    let sourceWords = words(text)
    for w in sourceWords {
      if let n = available[w], n > 0 {
        available[w] = n - 1
        found += 1
      } else {
        missing.append(w)
      }
    }
    return Result(found: found, total: sourceWords.count, missing: missing)
  }

  /// White space collapsed: a run that contains a line break becomes one `\n`, any other run one space.
  static func normalizeKeepingLineBreaks(_ s: String) -> String {
    var out = ""
    var run = ""
    for c in s {
      if c.isWhitespace {
        run.append(c)
      } else {
        if !run.isEmpty { out.append(run.contains(where: { $0.isNewline }) ? "\n" : " ") }
        run = ""
        out.append(c)
      }
    }
    return out
  }

  /// Replaces `pattern` where a space in it may stand for a space or a line break in the text. A
  /// one-character pattern (an OCR bullet such as `e `) only applies at the start of a line.
  static func replace(_ pattern: String, with replacement: String, in text: String) -> String {
    let p = collapse(pattern)
    guard !p.isEmpty else { return text }
    var regex = NSRegularExpression.escapedPattern(for: p).replacingOccurrences(of: " ", with: "[ \\n]")
    let trimmed = p.trimmingCharacters(in: .whitespaces)
    var template = NSRegularExpression.escapedTemplate(for: replacement)
    if trimmed.count == 1 {
      regex = "(^|\\n)" + regex + (pattern.hasSuffix(" ") ? " " : "")
      template = "$1" + template + (replacement.hasSuffix(" ") ? "" : "")
    }
    guard let re = try? NSRegularExpression(pattern: regex) else { return text }
    return re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
  }

  static func collapse(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// "daar-\nom" → "daarom": a hyphen at a line end before a lowercase letter.
  static func joinHyphenBreaks(_ s: String) -> String {
    var out = ""
    let chars = Array(s)
    var k = 0
    while k < chars.count {
      if chars[k] == "-", k > 0, chars[k - 1].isLetter, k + 2 < chars.count, chars[k + 1] == "\n", chars[k + 2].isLowercase {
        k += 2
        continue
      }
      out.append(chars[k])
      k += 1
    }
    return out
  }

  /// All text of the model, including metadata title and headings.
  static func modelText(_ doc: Document) -> String {
    var parts: [String] = [doc.metadata.title?.value ?? ""]
    // List markers (a., 1.) are document text too; the model keeps them apart from the item text.
    func markers(_ list: [ListItem]) {
      for i in list {
        parts.append(i.marker)
        markers(i.children)
      }
    }
    func walk(_ item: Item) {
      switch item {
      case .list(let l): markers(l.items)
      case .explanation(let e): e.items.forEach(walk)
      case .article(let a): a.items.forEach(walk)
      default: break
      }
    }
    func items(_ list: [Item]) {
      for i in list {
        i.collectText(into: &parts, includeExplanations: true)
        walk(i)
      }
    }
    items(doc.preamble.items)
    for c in doc.chapters + doc.annexes {
      parts.append(c.displayTitle)
      items(c.items)
    }
    if let closing = doc.closing { items(closing.items) }
    return parts.joined(separator: " ")
  }

  /// Lowercased words: letters and digits, with inner apostrophes and hyphens kept.
  static func words(_ s: String) -> [String] {
    var out: [String] = []
    var cur = ""
    for c in s.lowercased() {
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

  static func quoted(_ s: String) -> [String] {
    var result: [String] = []
    var cur: String?
    for c in s {
      if c == "\"" {
        if let v = cur { result.append(v); cur = nil } else { cur = "" }
      } else if cur != nil {
        cur!.append(c)
      }
    }
    return result
  }

  static func pair(_ s: String) -> (String, String)? {
    guard let arrow = s.range(of: "\" -> \"") else { return nil }
    let left = quoted(String(s[..<arrow.lowerBound]) + "\"")
    let right = quoted("\"" + String(s[arrow.upperBound...]))
    guard let l = left.first, let r = right.first else { return nil }
    return (l, r)
  }
}
