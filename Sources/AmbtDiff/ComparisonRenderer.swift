import AmbtModel
import AmbtSemantics

/// Renders a `Comparison` as text, Markdown, HTML or JSON.
public struct ComparisonRenderer: Sendable {
  public enum Format: String, Sendable { case text, markdown, html, json }

  public var language: Language
  /// At most this many rule labels per matrix cell in text, Markdown and HTML (JSON lists all).
  public var maxLabels = 6

  public init(language: Language) { self.language = language }

  func t(_ id: String, _ args: [String: String] = [:]) -> String { language.text(id, args) }

  func cell(_ labels: [String]?) -> String {
    guard let labels, !labels.isEmpty else { return "—" }
    if labels.count <= maxLabels { return labels.joined(separator: ", ") }
    return labels.prefix(maxLabels).joined(separator: ", ") + " +\(labels.count - maxLabels)"
  }

  func valueCell(_ v: [StatedValue], outlier: Bool) -> String {
    guard !v.isEmpty else { return "—" }
    let s = v.map { "\($0.text(language)) (\(ValueWords.place($0.article, language))\(inferredNote($0)))" }
      .joined(separator: "; ")
    return outlier ? s + " !" : s
  }

  /// `, afgeleid` for a value read from the text, `, grens en onderwerp afgeleid` for a
  /// confirmed value whose bound and topic were read from it; empty for a confirmed value.
  func inferredNote(_ v: StatedValue) -> String {
    if v.basis == .inferred { return t("compare.inferred") }
    guard !v.inferredParts.isEmpty else { return "" }
    let words = v.inferredParts.map { part in
      switch part {
      case .boundary: return t("compare.boundary")
      case .kind: return t("compare.kind")
      case .topic: return t("compare.topic-2")
      }
    }
    let listed = words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + t("compare.text") + words.last!
    return ", " + listed + t("compare.inferred-2")
  }

  /// The median as a value of the row's kind, with its bound: `< € 50`, `tussen < € 50 en
  /// ≤ € 50` when the two middle values differ by their bound only, `2 jaar`, `per jaar`.
  func medianText(_ m: Comparison.Median, row: Comparison.ValueRow) -> String {
    switch row.kind {
    case .drempel, .richtlijn:
      let amount = "€ " + Quantity.euros(m.value)
      guard let upper = m.upper else { return Boundary.symbol(m.boundary) + amount }
      let low = Boundary.symbol(m.boundary) + amount
      let high = Boundary.symbol(upper) + amount
      return t("compare.between-low-high", ["low": "\(low)", "high": "\(high)"])
    case .termijn, .binnen: return ValueWords.period(days: m.value, form: .plain, language)
    case .frequentie:
      let every = row.values.contains { $0.contains(where: \.every) }
      return ValueWords.period(days: m.value, form: every ? .every : .per, language)
    }
  }

  /// Whether the third table holds the obligations of the law (a coverage provider was given)
  /// or, without one, the topics each code misses.
  func hasObligations(_ c: Comparison) -> Bool {
    c.codes.first?.obligations != nil && c.codes.allSatisfy { $0.obligations != nil }
  }

  /// The heading of the third table, after what it holds.
  func thirdHeading(_ c: Comparison) -> String {
    hasObligations(c)
      ? t("compare.obligations-per-code") : t("compare.missing-topics-per-code")
  }

  /// Header, then one row per topic or value, as plain cells.
  func tables(_ c: Comparison) -> (matrix: [[String]], values: [[String]], missing: [[String]]) {
    let names = c.codes.map(\.name)
    var matrix = [[t("compare.topic")] + names]
    for topic in c.topics {
      matrix.append([Vocabulary.shared.topics.label(topic, language)] + c.codes.map { cell($0.topics[topic]) })
    }
    var values = [[t("compare.value")] + names + [t("compare.median")]]
    for row in c.values {
      let median = row.medianWithBound.map { medianText($0, row: row) }
      values.append(
        [Comparison.rowLabel(row, language)] + row.values.indices.map { valueCell(row.values[$0], outlier: row.outliers[$0]) } + [
          median ?? "—"
        ])
    }
    if hasObligations(c), let first = c.codes.first?.obligations {
      // Obligations of the law × codes: the covering rules, or "ontbreekt".
      var table = [[t("compare.obligation")] + c.codes.map(\.name)]
      for (row, ob) in first.enumerated() {
        var cells = [ob.id + " " + ob.title.text(language)]
        for code in c.codes {
          guard let status = code.obligations?[row] else {
            cells.append("—")
            continue
          }
          if !status.covered {
            cells.append(t("compare.missing"))
          } else {
            let shown = status.articles.prefix(3).map { ValueWords.place($0, language) }.joined(separator: ", ")
            cells.append(
              status.articles.isEmpty ? "✓" : shown + (status.articles.count > 3 ? " +\(status.articles.count - 3)" : ""))
          }
        }
        table.append(cells)
      }
      return (matrix, values, table)
    }
    var missing = [
      [
        t("compare.code"),
        t("compare.missing-topics-that-most"),
      ]
    ]
    for (k, code) in c.codes.enumerated() {
      if let obligations = code.obligations {
        let open = obligations.filter { !$0.covered }.map { $0.title.text(language) }
        missing.append([code.name, open.isEmpty ? "—" : open.joined(separator: ", ")])
      } else {
        let m = c.missingTopics(k).map { Vocabulary.shared.topics.label($0, language) }
        missing.append([code.name, m.isEmpty ? "—" : m.joined(separator: ", ")])
      }
    }
    return (matrix, values, missing)
  }

  public func render(_ c: Comparison, format: Format) -> String {
    switch format {
    case .json: return json(c).serialized() + "\n"
    // Text and Markdown are read in a terminal: document text in them is made safe for it.
    case .markdown: return TerminalText.sanitize(markdown(c), keepingLineBreaks: true)
    case .html: return html(c)
    case .text: return TerminalText.sanitize(text(c), keepingLineBreaks: true)
    }
  }

  /// What a `*` after a rule number in the topic table means.
  var topicNote: String {
    t("compare.inferred-rule-does-not")
  }

  var outlierNote: String {
    t("compare.stands-out-at-least")
  }

  /// How to read the values: bounds, and what "afgeleid" means (only when a value is inferred).
  func valueNotes(_ c: Comparison) -> [String] { valueNotes(c.values.flatMap { $0.values.flatMap { $0 } }) }

  /// The notes for the values shown.
  func valueNotes(_ all: [StatedValue]) -> [String] {
    var notes = [
      outlierNote,
      t("compare.limit-from-prohibition-shown"),
    ]
    if all.contains(where: { $0.basis == .inferred }) {
      notes.append(
        t("compare.inferred-read-from-text"))
    }
    if all.contains(where: { !$0.inferredParts.isEmpty }) {
      notes.append(
        t("compare.bound-kind-topic-inferred"))
    }
    return notes
  }

  func text(_ c: Comparison) -> String {
    let (matrix, values, missing) = tables(c)
    func table(_ rows: [[String]]) -> String {
      var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
      for r in rows { for (k, s) in r.enumerated() { widths[k] = max(widths[k], s.count) } }
      // Padded to the column, no line ending in spaces (an empty last cell included).
      return rows.map { r in
        let line = r.enumerated().map { k, s in k == r.count - 1 ? s : s + String(repeating: " ", count: widths[k] - s.count) }
          .joined(separator: "  ")
        return String(line.reversed().drop { $0 == " " }.reversed())
      }.joined(separator: "\n") + "\n"
    }
    var out = t("compare.topics-per-code-rule") + table(matrix)
    if c.codes.contains(where: { $0.topics.values.contains { $0.contains { $0.hasSuffix("*") } } }) { out += topicNote + "\n" }
    out +=
      t("compare.amounts-periods-frequencies-per")
      + table(values)
      + valueNotes(c).joined(separator: "\n") + "\n"
    out += "\n" + thirdHeading(c) + "\n\n" + table(missing)
    return out
  }

  func markdown(_ c: Comparison) -> String {
    let (matrix, values, missing) = tables(c)
    func table(_ rows: [[String]]) -> String {
      var out = ""
      for (k, r) in rows.enumerated() {
        out += "| " + r.map(DiffMarkdownRenderer.escape).joined(separator: " | ") + " |\n"
        if k == 0 { out += "|" + String(repeating: "---|", count: r.count) + "\n" }
      }
      return out
    }
    var out = "## " + t("compare.comparison-codes-conduct") + "\n\n"
    out += "### " + t("compare.topics-per-code") + "\n\n" + table(matrix)
    out +=
      "\n### " + t("compare.amounts-periods-frequencies") + "\n\n" + table(values) + "\n"
      + valueNotes(c).map(DiffMarkdownRenderer.escape).joined(separator: "\n\n") + "\n"
    out += "\n### " + thirdHeading(c) + "\n\n" + table(missing)
    return out
  }

  func html(_ c: Comparison) -> String {
    let (matrix, values, missing) = tables(c)
    let e = HTML.escape
    func table(_ rows: [[String]], caption: String, outliers: [[Bool]] = []) -> String {
      var out = "<table>\n<caption>\(e(caption))</caption>\n<thead><tr>"
      for h in rows[0] { out += "<th scope=\"col\">\(e(h))</th>" }
      out += "</tr></thead>\n<tbody>\n"
      for (k, r) in rows.dropFirst().enumerated() {
        out += "<tr><th scope=\"row\">\(e(r[0]))</th>"
        for (j, s) in r.dropFirst().enumerated() {
          let odd = k < outliers.count && j < outliers[k].count && outliers[k][j]
          out += odd ? "<td class=\"outlier\">\(e(s))</td>" : "<td>\(e(s))</td>"
        }
        out += "</tr>\n"
      }
      return out + "</tbody>\n</table>\n"
    }
    let title = t("compare.comparison-codes-conduct")
    var b = "<main>\n<h1>\(e(title))</h1>\n"
    b +=
      "<h2>\(e(t("compare.topics-per-code")))</h2>\n"
      + table(matrix, caption: t("compare.caption.rule-numbers-per-topic"))
    b += "<h2>\(e(t("compare.amounts-periods-frequencies")))</h2>\n"
    b += table(
      values,
      caption: t("compare.caption.amounts-periods-frequencies-per"),
      outliers: c.values.map(\.outliers))
    for note in valueNotes(c) { b += "<p>\(e(note))</p>\n" }
    let caption =
      hasObligations(c)
      ? t("compare.obligations-law-rules-that")
      : t("compare.topics-most-other-codes")
    b += "<h2>\(e(thirdHeading(c)))</h2>\n" + table(missing, caption: caption)
    b += "</main>\n"
    return HTML.page(language: language.rawValue, title: title, body: b)
  }

  public func json(_ c: Comparison) -> JSON {
    .object([
      "schemaVersion": .int(1),
      "kind": .string("compare"),
      "codes": .array(
        c.codes.enumerated().map { k, code in
          var o: [String: JSON] = [
            "file": .string(code.file), "name": .string(code.name),
            "topics": .object(code.topics.mapValues { .array($0.map(JSON.string)) }),
            "missingTopics": .array(c.missingTopics(k).map(JSON.string)),
          ]
          if let obligations = code.obligations {
            o["obligations"] = .array(
              obligations.map {
                .object(["id": .string($0.id), "covered": .bool($0.covered), "articles": .array($0.articles.map(JSON.string))])
              })
          }
          return .object(o)
        }),
      "topics": .array(c.topics.map(JSON.string)),
      "values": .array(
        c.values.map { row in
          .object([
            "topic": .string(row.topic), "kind": .string(row.kind.rawValue),
            "label": .string(Comparison.rowLabel(row, language)),
            "median": row.median.map(JSON.double) ?? .null,
            "codes": .array(
              row.values.indices.map { k in
                .object([
                  "outlier": .bool(row.outliers[k]),
                  "values": .array(
                    row.values[k].map { v in
                      .object([
                        "text": .string(v.text(language)), "written": .string(v.written), "amount": .double(v.amount),
                        "unit": .string(v.unit), "normalized": .double(v.normalized), "article": .string(v.article),
                        "kind": .string(v.kind.rawValue), "boundary": .optional(v.boundary?.rawValue),
                        "basis": .string(v.basis.rawValue),
                        "inferredParts": .array(v.inferredParts.map { .string($0.rawValue) }),
                      ])
                    }),
                ])
              }),
          ])
        }),
    ])
  }
}
