import AmbtLint
import AmbtModel
import AmbtRender

/// The rows of `ambt coverage`: one per obligation, with its status under the law of today
/// and, when asked, under the law when the code was adopted (the obligation of that law that
/// the row's obligation continued, or none when it is new).
struct CoverageTable {
  struct Row {
    /// The obligation of today's law, or of the law at adoption when that is the only column
    /// or when today's law has no successor for it.
    var obligation: Obligation
    var today: CoverageEntry?
    var atAdoption: [CoverageEntry]
  }

  let rows: [Row]
  let today: Day?
  let adoption: Day?

  init(context: LintContext, today: Day?, adoption: Day?) {
    self.today = today
    self.adoption = adoption
    let now = today.map { context.coverage(on: $0) } ?? []
    let then = adoption.map { context.coverage(on: $0) } ?? []
    var rows: [Row] = []
    var used = Set<String>()
    for e in now {
      // The obligations of the law at adoption that this one continued.
      let earlier = then.filter { old in
        old.obligation.id == e.obligation.id || (e.obligation.predecessors ?? []).contains(old.obligation.id)
      }
      used.formUnion(earlier.map(\.obligation.id))
      rows.append(Row(obligation: e.obligation, today: e, atAdoption: earlier))
    }
    for old in then where !used.contains(old.obligation.id) {
      rows.append(Row(obligation: old.obligation, today: nil, atAdoption: [old]))
    }
    self.rows = rows
  }

  /// Whether a column has an obligation nothing covers (the exit code of the command).
  var hasGaps: Bool {
    rows.contains { r in
      ([r.today].compactMap { $0 } + r.atAdoption).contains {
        $0.status == .missing && $0.obligation.checkedBy == nil
      }
    }
  }

  func status(_ e: CoverageEntry, _ lang: Language) -> String {
    func t(_ id: String, _ args: [String: String] = [:]) -> String { lang.text(id, args) }
    switch e.status {
    case .covered: return (e.articles.map(\.label) + e.mentions).joined(separator: ", ")
    case .partial:
      return e.articles.map(\.label).joined(separator: ", ") + t("coverage.in-part-lacks")
        + e.missingParts.map { $0.label.text(lang) }.joined(separator: ", ") + ")"
    case .viaRegulation:
      return t("coverage.via-regulation")
        + e.regulations.map { ($0.article.map { $0.label + " " } ?? "") + "(\($0.regulation))" }.joined(separator: ", ")
    case .annexOnly: return t("coverage.annex-only") + e.annexes.joined(separator: ", ")
    case .implicit: return t("coverage.implicit")
    case .missing: return t("coverage.missing-2")
    }
  }

  /// The entries of one column of a row; an entry of another obligation than the row's (the
  /// article of the earlier law it continues) is named.
  func cell(_ entries: [CoverageEntry], row: String, _ lang: Language) -> String {
    if entries.isEmpty { return lang.text("coverage.not-in-that-law") }
    return entries.map { e in (e.obligation.id != row ? e.obligation.id + ": " : "") + status(e, lang) }
      .joined(separator: "; ")
  }

  var both: Bool { today != nil && adoption != nil }

  func columnTitles(_ lang: Language) -> [String] {
    var titles: [String] = []
    if let adoption { titles.append((lang.text("coverage.law-at-adoption")) + adoption.description + ")") }
    if let today { titles.append((lang.text("coverage.law")) + today.description) }
    return titles
  }

  func cells(_ r: Row, _ lang: Language) -> [String] {
    var c: [String] = []
    if adoption != nil {
      c.append(cell(r.atAdoption, row: r.obligation.id, lang))
    }
    if today != nil {
      c.append(r.today.map { status($0, lang) } ?? (lang.text("coverage.no-longer-in-law")))
    }
    return c
  }

  func text(_ lang: Language) -> String {
    let width = (rows.map(\.obligation.id.count).max() ?? 10) + 2
    let titles = columnTitles(lang)
    var s = ""
    for r in rows {
      s += r.obligation.id.padding(toLength: width) + r.obligation.title.text(lang) + " (" + r.obligation.citationText + ")\n"
      for (title, value) in zip(titles, cells(r, lang)) {
        s += String(repeating: " ", count: width) + (both ? title + ": " : "→ ") + value + "\n"
      }
    }
    return s
  }

  func markdown(title: String, _ lang: Language) -> String {
    func t(_ id: String, _ args: [String: String] = [:]) -> String { lang.text(id, args) }
    func esc(_ s: String) -> String { Escaping.markdownInline(s) }
    var s = "# " + t("coverage.coverage") + ": \(esc(title))\n\n"
    let head = [t("coverage.obligation"), t("coverage.provision"), t("coverage.content")] + columnTitles(lang)
    s += "| " + head.joined(separator: " | ") + " |\n" + "|" + String(repeating: "---|", count: head.count) + "\n"
    for r in rows {
      let values = cells(r, lang).map { v in
        v.hasPrefix(lang.text("coverage.missing")) ? "**" + esc(v) + "**" : esc(v)
      }
      s +=
        "| "
        + ([r.obligation.id, r.obligation.citationText, r.obligation.title.text(lang)].map(esc) + values)
        .joined(separator: " | ") + " |\n"
    }
    return s
  }

  func json(file: String, _ lang: Language) -> String {
    func entry(_ e: CoverageEntry) -> JSON {
      .object([
        "obligation": .string(e.obligation.id), "citation": .string(e.obligation.citationText),
        "title": .string(e.obligation.title.text(lang)), "status": .string(e.status.rawValue),
        "articles": .array(e.articles.map { .string($0.label) }),
        "regulations": .array(
          e.regulations.map { .object(["article": .optional($0.article?.label), "regulation": .string($0.regulation)]) }),
        "missingParts": .array(e.missingParts.map { .string($0.id) }), "annexes": .array(e.annexes.map(JSON.string)),
        "confidence": .string(e.obligation.confidence), "validFrom": .optional(e.obligation.validFrom),
        "validUntil": .optional(e.obligation.validUntil),
      ])
    }
    let items: [JSON] = rows.map { r in
      var o: [String: JSON] = ["obligation": .string(r.obligation.id)]
      if today != nil { o["today"] = r.today.map(entry) ?? .null }
      if adoption != nil { o["atAdoption"] = .array(r.atAdoption.map(entry)) }
      return .object(o)
    }
    return JSON.object([
      "schemaVersion": .int(2), "kind": .string("coverage"), "file": .string(file),
      "today": .optional(today?.description), "adoption": .optional(adoption?.description), "rows": .array(items),
    ]).serialized()
  }
}
