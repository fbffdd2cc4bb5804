import AmbtModel

/// `ambt compare --vs FILE`: one code (the first of the comparison) set against the others:
/// each value beside the median of the other codes, the topics the others cover and it does not,
/// and the obligations it misses that most others cover.
extension ComparisonRenderer {
  /// The median of the first values of codes 1… (the others), when two or more state one.
  static func othersMedian(_ row: Comparison.ValueRow) -> Double? {
    let others = row.values.dropFirst().compactMap { $0.first?.normalized }.sorted()
    guard others.count >= 2 else { return nil }
    let n = others.count
    return n % 2 == 1 ? others[n / 2] : (others[n / 2 - 1] + others[n / 2]) / 2
  }

  /// `hoger dan de mediaan`, `gelijk`, `alleen deze code`, `ontbreekt in deze code`.
  func verdict(_ row: Comparison.ValueRow) -> String {
    let mine = row.values.first?.first?.normalized
    guard let median = ComparisonRenderer.othersMedian(row) else {
      let n = row.values.dropFirst().filter { !$0.isEmpty }.count
      if mine != nil { return t("te weinig andere codes met een waarde", "too few other codes with a value") }
      return n == 1
        ? t("alleen in 1 andere code", "only in 1 other code") : t("alleen in \(n) andere codes", "only in \(n) other codes")
    }
    guard let mine else { return t("ontbreekt in deze code", "missing in this code") }
    if abs(mine - median) < 0.001 { return t("gelijk aan de mediaan", "equal to the median") }
    let outlier = median > 0 && (mine >= 2 * median || mine <= median / 2)
    let side = mine > median ? t("hoger dan de mediaan", "above the median") : t("lager dan de mediaan", "below the median")
    return side + (outlier ? " !" : "")
  }

  /// Header and rows of the versus table.
  func versusRows(_ c: Comparison) -> [[String]] {
    var rows = [
      [t("waarde", "value"), c.codes.first?.name ?? "", t("mediaan van de andere codes", "median of the other codes"), ""]
    ]
    for row in c.values where row.values.contains(where: { !$0.isEmpty }) {
      let m = ComparisonRenderer.othersMedian(row).map { medianText($0, kind: row.kind) } ?? "—"
      rows.append([Comparison.rowLabel(row, language), valueCell(row.values.first ?? [], outlier: false), m, verdict(row)])
    }
    return rows
  }

  /// The versus view as text or Markdown.
  public func versus(_ c: Comparison, markdown: Bool) -> String {
    let rows = versusRows(c)
    let missing = c.missingTopics(0).map { Vocabulary.shared.topics.label($0, language) }
    let others = c.codes.count - 1
    let obligations: [String] = {
      guard let mine = c.codes.first?.obligations else { return [] }
      return mine.filter { !$0.covered }.compactMap { o in
        let covered = c.codes.dropFirst().filter { $0.obligations?.first { $0.id == o.id }?.covered == true }.count
        return covered * 2 >= others ? "\(o.id) (\(o.title.text(language))): \(covered)/\(others)" : nil
      }
    }()
    var out: String
    if markdown {
      out = "## " + t("Vergelijking van ", "Comparison of ") + DiffMarkdownRenderer.escape(c.codes.first?.name ?? "") + "\n\n"
      for (k, r) in rows.enumerated() {
        out += "| " + r.map(DiffMarkdownRenderer.escape).joined(separator: " | ") + " |\n"
        if k == 0 { out += "|---|---|---|---|\n" }
      }
    } else {
      out =
        t("Vergelijking van ", "Comparison of ") + (c.codes.first?.name ?? "")
        + t(" met \(others) andere codes\n\n", " with \(others) other codes\n\n")
      let widths = (0..<4).map { k in rows.map { $0[k].count }.max() ?? 0 }
      for r in rows {
        out += r.enumerated().map { k, v in k == 3 ? v : v.padding(toLength: widths[k] + 2, withPad: " ", startingAt: 0) }
          .joined()
        out += "\n"
      }
    }
    out += "\n" + valueNotes(c.values.flatMap { $0.values.first ?? [] }).joined(separator: "\n") + "\n"
    let topics = t(
      "Onderwerpen die de meeste andere codes regelen en deze niet: ", "Topics most other codes cover and this one does not: ")
    out += "\n" + topics + (missing.isEmpty ? "—" : missing.joined(separator: ", ")) + "\n"
    let ob = t(
      "Verplichtingen die hier ontbreken en in de meeste andere codes gedekt zijn: ",
      "Obligations missing here that most other codes cover: ")
    out += ob + (obligations.isEmpty ? "—" : obligations.joined(separator: "; ")) + "\n"
    return TerminalText.sanitize(out, keepingLineBreaks: true)
  }
}
