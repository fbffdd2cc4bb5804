import AmbtDiff
import AmbtLint
import AmbtModel

/// The pieces of the dossier as plain text in the reader's language, shared by the Markdown
/// and HTML renderers (which escape them).
extension ReviewDossier {
  static func t(_ lang: Language, _ nl: String, _ en: String) -> String { lang == .en ? en : nl }

  /// Label and value rows of the status section.
  func statusRows(_ lang: Language) -> [(String, String)] {
    let t = { (nl: String, en: String) in ReviewDossier.t(lang, nl, en) }
    let m = metadata
    var rows: [(String, String)] = []
    rows.append((t("Vastgesteld op", "Adopted on"), m.adoptedOn?.value.description ?? t("onbekend", "unknown")))
    rows.append((t("In werking", "In force"), m.inForce?.value.description ?? t("onbekend", "unknown")))
    let by = m.lastReviewBy.map { t(" (door \($0.value))", " (by \($0.value))") } ?? ""
    rows.append((t("Laatste herziening", "Last review"), (m.lastReview?.value.description ?? t("geen", "none")) + by))
    guard let s = status else {
      rows.append(
        (
          t("Status", "Status"),
          t(
            "geen datum: zet 'vastgesteld op', 'in werking' of 'laatste herziening'",
            "no date: add 'vastgesteld op', 'in werking' or 'laatste herziening'")
        ))
      return rows
    }
    rows.append((t("Termijn", "Interval"), s.interval.text(lang)))
    rows.append((t("Telt vanaf", "Counted from"), s.basis.text(lang) + " " + s.basisDate.description))
    rows.append((t("Volgende herziening", "Next review due"), s.due.description))
    let state: String
    if s.lapsed {
      state = t("de code is vervallen; een herziening is niet nodig", "the code has lapsed; no review is needed")
    } else if s.daysLeft < 0 {
      state = t("\(-s.daysLeft) dagen te laat", "\(-s.daysLeft) days overdue")
    } else {
      state = t("nog \(s.daysLeft) dagen", "\(s.daysLeft) days left")
    }
    rows.append((t("Stand op \(today)", "Status on \(today)"), state))
    return rows
  }

  func lawIntro(_ lang: Language) -> String {
    guard let since = lawSince else {
      return ReviewDossier.t(
        lang, "De code noemt geen datum; zonder datum is niet te zeggen wat sindsdien in de wet veranderde.",
        "The code gives no date; without one, what changed in the law since cannot be told.")
    }
    let key =
      since.key == "laatste herziening"
      ? ReviewDossier.t(lang, "de laatste herziening", "the last review")
      : since.key == "in werking"
        ? ReviewDossier.t(lang, "de inwerkingtreding", "the code took effect")
        : ReviewDossier.t(lang, "de vaststelling", "adoption")
    return ReviewDossier.t(
      lang,
      "Wijzigingen sinds \(key) (\(since.day)) tot en met \(today), uit de gedateerde catalogus van ambt (docs/law.md); andere wetswijzigingen kent ambt niet.",
      "Changes since \(key) (\(since.day)) up to \(today), from ambt's dated catalogue (docs/law.md); ambt knows no other changes in the law."
    )
  }

  func lawKind(_ c: LawChange, _ lang: Language) -> String {
    switch c.kind {
    case .lawEnded: return ReviewDossier.t(lang, "vervallen", "ended")
    case .lawBegan: return ReviewDossier.t(lang, "in werking", "in force")
    case .obligationAdded: return ReviewDossier.t(lang, "nieuwe verplichting", "new obligation")
    case .obligationChanged: return ReviewDossier.t(lang, "verplichting in nieuwe wet", "obligation in new law")
    case .obligationEnded: return ReviewDossier.t(lang, "verplichting vervallen", "obligation ended")
    }
  }

  /// `regel 4.3 (was 4.2): gewijzigd; drempel: € 50 → € 75 (strenger, afgeleid uit de tekst)`.
  static func describe(_ c: ArticleChange, _ lang: Language) -> String {
    let t = { (nl: String, en: String) in ReviewDossier.t(lang, nl, en) }
    let rule = t("regel", "rule")
    var s: String
    switch c.status {
    case .added: s = "\(rule) \(c.new?.label ?? "?"): " + t("nieuw", "added")
    case .removed: s = "\(rule) \(c.old?.label ?? "?"): " + t("vervallen", "removed")
    case .matched:
      s = "\(rule) \(c.new?.label ?? "?")"
      if c.renumbered, let old = c.old?.label { s += t(" (was \(old))", " (was \(old))") }
      var what: [String] = []
      if c.textChanged { what.append(t("tekst gewijzigd", "text changed")) }
      if c.explanationChanged { what.append(t("toelichting gewijzigd", "explanation changed")) }
      if c.moved { what.append(t("verplaatst", "moved")) }
      if what.isEmpty && c.renumbered { what.append(t("hernummerd", "renumbered")) }
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
