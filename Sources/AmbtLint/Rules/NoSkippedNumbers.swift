import AmbtModel

/// Rule numbers run without gaps.
///
/// `1.1, 1.2, 1.4` suggests a rule was deleted without renumbering, or lost when the text was
/// copied from the published PDF. Numbers are compared per prefix (`1.` in `1.4`) in document
/// order; a letter suffix (`3a`) belongs to its number; a restart is not a gap.
public struct NoSkippedNumbers: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "skipped-number", family: .consistency,
    title: LocalizedText("lint.skipped-number.title"),
    summary: LocalizedText("lint.skipped-number.summary"),
    rationale: LocalizedText("lint.skipped-number.rationale"),
    defaultSeverity: .warning, citation: nil,
    triggering: [RuleExample("# 1. Geschenken\n\n§ 1.1. Eerste.\n\n§ 1.2. Tweede.\n\n§ 1.4. Vierde.\n")],
    nonTriggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Eerste.\n\n§ 1.2. Tweede.\n\n§ 1.2a. Tussen.\n\n§ 1.3. Derde.\n\n# 2. Reizen\n\n§ 2.1. Eerste.\n"
      )
    ])

  /// `1.4` → prefix `1`, number 4; `3a` → prefix ``, number 3.
  static func split(_ key: String) -> (prefix: String, number: Int)? {
    // ASCII keys (nearly all): on bytes, where a dot and a digit are characters of their own.
    var k = key
    let ascii = k.withUTF8 { u -> (Int, Int?)? in
      guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
      var dot = u.count
      while dot > 0 && u[dot - 1] != 0x2E { dot -= 1 }
      // `dot` is where the last part starts (after the last dot, or 0).
      var n = 0
      var digits = 0
      while dot + digits < u.count, u[dot + digits] >= 0x30 && u[dot + digits] <= 0x39 {
        n = n * 10 + Int(u[dot + digits] - 0x30)
        digits += 1
        if digits >= 6 { break }
      }
      guard digits > 0, digits < 6 else { return (dot, nil) }
      return (dot, n)
    }
    if let (start, number) = ascii {
      guard let number else { return nil }
      return (start == 0 ? "" : String(key.utf8.prefix(start - 1))!, number)
    }
    return splitByCharacters(key)
  }

  /// `split` on characters (the definition the byte path follows).
  static func splitByCharacters(_ key: String) -> (prefix: String, number: Int)? {
    let parts = key.split(separator: ".", omittingEmptySubsequences: false)
    guard let last = parts.last else { return nil }
    let digits = last.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count < 6, let n = Int(digits) else { return nil }
    return (parts.dropLast().joined(separator: "."), n)
  }

  public func check(_ context: LintContext) -> [Diagnostic] {
    // Rules by index: a rule is a large value, copied only when it is reported.
    let articles = context.articles
    var last: [String: (Int, Int)] = [:]
    var out: [Diagnostic] = []
    for k in articles.indices {
      guard let (prefix, n) = NoSkippedNumbers.split(articles[k].key) else { continue }
      if let (prev, previous) = last[prefix], n > prev + 1 {
        let a = articles[k]
        let prevArticle = articles[previous]
        let missing = (prev + 1)..<n
        let names = missing.prefix(5).map { prefix.isEmpty ? "\($0)" : "\(prefix).\($0)" }.joined(separator: ", ")
        out.append(
          context.finding(
            descriptor,
            LocalizedText(
              missing.count == 1 ? "lint.skipped-number.message.one" : "lint.skipped-number.message.many",
              ["label": a.label, "previous": prevArticle.label, "names": names]),
            hint: LocalizedText("lint.skipped-number.hint"),
            at: a.headerRange, article: a))
      }
      last[prefix] = (n, k)
    }
    return out
  }
}
