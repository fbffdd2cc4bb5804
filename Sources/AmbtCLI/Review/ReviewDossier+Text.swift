import AmbtDiff
import AmbtLint
import AmbtModel

/// The pieces of the dossier as plain text in the reader's language, shared by the Markdown
/// and HTML renderers (which escape them).
extension ReviewDossier {
  static func t(_ lang: Language, _ id: String, _ args: [String: String] = [:]) -> String { lang.text(id, args) }

  /// Label and value rows of the status section.
  func statusRows(_ lang: Language) -> [(String, String)] {
    func t(_ id: String, _ args: [String: String] = [:]) -> String { lang.text(id, args) }
    let m = metadata
    var rows: [(String, String)] = []
    rows.append((t("review.adopted-on"), m.adoptedOn?.value.description ?? t("review.unknown")))
    rows.append((t("review.in-force"), m.inForce?.value.description ?? t("review.unknown")))
    let by = m.lastReviewBy.map { t("review.by-value", ["value": "\($0.value)"]) } ?? ""
    rows.append((t("review.last-review"), (m.lastReview?.value.description ?? t("review.none-2")) + by))
    guard let s = status else {
      rows.append(
        (
          t("review.status-2"),
          t("review.no-date-add-vastgesteld")
        ))
      return rows
    }
    rows.append((t("review.interval"), s.interval.text(lang)))
    rows.append((t("review.counted-from"), s.basis.text(lang) + " " + s.basisDate.description))
    rows.append((t("review.next-review-due"), s.due.description))
    let state: String
    if s.lapsed {
      state = t("review.code-has-lapsed-no")
    } else if s.daysLeft < 0 {
      state = t("review.daysleft-days-overdue", ["daysLeft": "\(-s.daysLeft)"])
    } else {
      state = t("review.daysleft-days-left", ["daysLeft": "\(s.daysLeft)"])
    }
    rows.append((t("review.status-on-today", ["today": "\(today)"]), state))
    return rows
  }

  func lawIntro(_ lang: Language) -> String {
    guard let since = lawSince else {
      return ReviewDossier.t(lang, "review.code-gives-no-date")
    }
    let key =
      since.key == "laatste herziening"
      ? ReviewDossier.t(lang, "review.last-review-2")
      : since.key == "in werking"
        ? ReviewDossier.t(lang, "review.code-took-effect")
        : ReviewDossier.t(lang, "review.adoption")
    return ReviewDossier.t(lang, "review.changes-since-key-day", ["key": "\(key)", "day": "\(since.day)", "today": "\(today)"])
  }

  func lawKind(_ c: LawChange, _ lang: Language) -> String {
    switch c.kind {
    case .lawEnded: return ReviewDossier.t(lang, "review.ended")
    case .lawBegan: return ReviewDossier.t(lang, "review.in-force-2")
    case .obligationAdded: return ReviewDossier.t(lang, "review.new-obligation")
    case .obligationChanged: return ReviewDossier.t(lang, "review.obligation-in-new-law")
    case .obligationEnded: return ReviewDossier.t(lang, "review.obligation-ended")
    }
  }

  /// `regel 4.3 (was 4.2): gewijzigd; drempel: € 50 → € 75 (strenger, afgeleid uit de tekst)`.
  static func describe(_ c: ArticleChange, _ lang: Language) -> String {
    func t(_ id: String, _ args: [String: String] = [:]) -> String { lang.text(id, args) }
    let rule = t("review.rule-2")
    var s: String
    switch c.status {
    case .added: s = "\(rule) \(c.new?.label ?? "?"): " + t("review.added")
    case .removed: s = "\(rule) \(c.old?.label ?? "?"): " + t("review.removed")
    case .matched:
      s = "\(rule) \(c.new?.label ?? "?")"
      if c.renumbered, let old = c.old?.label { s += t("review.was-old", ["old": "\(old)"]) }
      var what: [String] = []
      if c.textChanged { what.append(t("review.text-changed")) }
      if c.explanationChanged { what.append(t("review.explanation-changed")) }
      if c.moved { what.append(t("review.moved")) }
      if what.isEmpty && c.renumbered { what.append(t("review.renumbered")) }
      s += ": " + what.joined(separator: ", ")
    }
    for m in c.semantic where !m.followsRenumbering {
      var notes = [m.direction?.label(lang), m.basis.label(lang)].compactMap { $0 }
      if let n = m.note?.text(lang) { notes.append(n) }
      s +=
        "; \(m.kindLabel(lang)): \(m.old ?? "—") → \(m.new ?? "—")" + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
    }
    return s
  }
}
