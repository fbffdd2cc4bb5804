import AmbtModel

/// `ambt compare --vs FILE`: one code (the first of the comparison) set against the others:
/// each value beside the median of the other codes, the topics the others cover and it does not,
/// and the obligations it misses that most others cover.
extension ComparisonRenderer {
  /// The median of the first values of codes 1… (the others), with its bound, when two or more state one.
  static func othersMedian(_ row: Comparison.ValueRow) -> Comparison.Median? {
    let others = row.values.dropFirst().compactMap(\.first)
    guard others.count >= 2 else { return nil }
    return Comparison.median(others)
  }

  /// `hoger dan de mediaan: soepeler`, `zelfde bedrag, strenger door de grens`, `gelijk aan de
  /// mediaan`, `alleen in 2 andere codes`, `ontbreekt in deze code`. Stricter or looser as the
  /// differ says it of a change from the median to this value (`Comparison.direction`).
  func verdict(_ row: Comparison.ValueRow) -> String {
    let mine = row.values.first?.first
    guard let median = ComparisonRenderer.othersMedian(row) else {
      let n = row.values.dropFirst().filter { !$0.isEmpty }.count
      if mine != nil { return t("compare.too-few-other-codes") }
      return n == 1
        ? t("compare.only-in-1-other") : t("compare.only-in-value-other", ["value": "\(n)"])
    }
    guard let mine else { return t("compare.missing-in-this-code") }
    func direction(_ higher: Bool) -> String {
      Comparison.direction(row.kind, higher: higher).map { $0.label(language) } ?? ""
    }
    switch Comparison.standing(mine, against: median) {
    case .equal: return t("compare.equal")
    case .boundUnknown: return t("compare.bound-unknown")
    case .bound(let higher):
      let d = direction(higher)
      return d.isEmpty
        ? t("compare.same-amount-another-bound")
        : t("compare.same-amount-value-by", ["value": "\(d)"])
    case .amount(let higher):
      let m = median.value
      let outlier = m > 0 && (mine.normalized >= 2 * m || mine.normalized <= m / 2)
      let side = higher ? t("compare.above-median") : t("compare.below-median")
      let d = direction(higher)
      return side + (d.isEmpty ? "" : ", " + d) + (outlier ? " !" : "")
    }
  }

  /// Header and rows of the versus table.
  func versusRows(_ c: Comparison) -> [[String]] {
    var rows = [
      [
        t("compare.value"), c.codes.first?.name ?? "", t("compare.median-other-codes"),
        t("compare.against-median"),
      ]
    ]
    for row in c.values where row.values.contains(where: { !$0.isEmpty }) {
      let m = ComparisonRenderer.othersMedian(row).map { medianText($0, row: row) } ?? "—"
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
      out = "## " + t("compare.comparison") + DiffMarkdownRenderer.escape(c.codes.first?.name ?? "") + "\n\n"
      for (k, r) in rows.enumerated() {
        out += "| " + r.map(DiffMarkdownRenderer.escape).joined(separator: " | ") + " |\n"
        if k == 0 { out += "|---|---|---|---|\n" }
      }
    } else {
      out =
        t("compare.comparison") + (c.codes.first?.name ?? "")
        + t("compare.with-others-other-codes", ["others": "\(others)"])
      let widths = (0..<4).map { k in rows.map { $0[k].count }.max() ?? 0 }
      for r in rows {
        let line = r.enumerated().map { k, v in k == 3 ? v : v.padding(toLength: widths[k] + 2, withPad: " ", startingAt: 0) }
          .joined()
        out += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
      }
    }
    // In Markdown each note and each list its own paragraph, escaped.
    func md(_ s: String) -> String { markdown ? DiffMarkdownRenderer.escape(s) : s }
    let gap = markdown ? "\n\n" : "\n"
    out += "\n" + valueNotes(c.values.flatMap { $0.values.first ?? [] }).map(md).joined(separator: gap) + "\n"
    let topics = t("compare.topics-most-other-codes-2")
    out += "\n" + md(topics + (missing.isEmpty ? "—" : missing.joined(separator: ", "))) + gap
    let ob = t("compare.obligations-missing-here-that")
    out += md(ob + (obligations.isEmpty ? "—" : obligations.joined(separator: "; "))) + "\n"
    return TerminalText.sanitize(out, keepingLineBreaks: true)
  }
}
