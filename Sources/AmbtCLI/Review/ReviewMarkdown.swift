import AmbtDiff
import AmbtModel
import AmbtRender

/// The dossier as Markdown that fits a pull request or an intranet page.
struct ReviewMarkdown {
  var language: Language

  func esc(_ s: String) -> String { Escaping.markdownInline(s) }
  func t(_ id: String, _ args: [String: String] = [:]) -> String { language.text(id, args) }

  func render(_ d: ReviewDossier) -> String {
    let lang = language
    var s = "# " + t("review.review-dossier") + ": " + esc(d.title) + "\n\n"
    s += "_" + esc([d.organisation, d.file].compactMap { $0 }.joined(separator: " · ")) + " · "
    s += t("review.prepared-on") + d.today.description + " " + t("review.with") + " ambt_\n\n"
    s += "## 1. " + t("review.status-review") + "\n\n"
    s += "| | |\n|---|---|\n"
    for (k, v) in d.statusRows(lang) { s += "| \(esc(k)) | \(esc(v)) |\n" }
    s += "\n## 2. " + t("review.what-changed-in-law") + "\n\n" + esc(d.lawIntro(lang)) + "\n\n"
    if d.lawSince != nil {
      if d.lawChanges.isEmpty {
        s += t("review.none") + "\n\n"
      } else {
        s += t("review.date-what-change-source") + "|---|---|---|---|\n"
        for c in d.lawChanges {
          let unverified = c.verified ? "" : t("review.not-verified")
          s +=
            "| \(c.day) | \(esc(d.lawKind(c, lang))): \(esc(c.subject)) | \(esc(c.description.text(lang) + unverified)) | \(c.source.map { "<" + $0 + ">" } ?? "") |\n"
        }
        s += "\n"
      }
    }
    s += "## 3. " + t("review.findings") + "\n\n"
    for action in ReviewDossier.Action.allCases {
      let list = d.findings(action)
      s += "### \(action.title(lang)) (\(list.count))\n\n" + esc(action.explanation(lang)) + "\n\n"
      for f in list {
        let rule = f.diagnostic.article.map { t("review.rule") + $0 } ?? ""
        s += "- " + esc(t("review.l") + "\(f.line):\(f.column)" + rule) + " `\(f.diagnostic.id)` "
        s += esc(f.diagnostic.message.text(lang)) + "\n"
      }
      if !list.isEmpty { s += "\n" }
    }
    s +=
      "### " + t("review.coverage-law-at-adoption")
    s += "\n\n"
    let table = d.coverage.markdown(title: "", lang)
    s += table.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n") + "\n"
    s += "## 4. " + t("review.what-changed-in-code") + "\n\n"
    if let diff = d.diff, let previous = d.previous {
      s += t("review.compared-with") + "`" + esc(previous) + "`.\n\n"
      let (substantive, editorial) = ReviewDossier.ordered(diff)
      s += "**" + t("review.substantive") + "** (\(substantive.count))\n\n"
      for c in substantive { s += "- " + esc(ReviewDossier.describe(c, lang)) + "\n" }
      for m in diff.metadata { s += "- " + esc("\(m.kindLabel(lang)): \(m.old ?? "—") → \(m.new ?? "—")") + "\n" }
      s += "\n**" + t("review.editorial") + "** (\(editorial.count))\n\n"
      for c in editorial { s += "- " + esc(ReviewDossier.describe(c, lang)) + "\n" }
      s += "\n"
    } else {
      s +=
        t("review.no-previous-version-given-2") + "\n\n"
    }
    s += "## 5. " + t("review.comparison-with-other-codes") + "\n\n"
    if d.peerFiles.isEmpty {
      s += t("review.no-other-codes-given-2") + "\n\n"
    } else {
      s += t("review.compared-with") + "\(d.peerFiles.count) " + t("review.codes") + ".\n\n"
      if d.peerNotes.isEmpty { s += t("review.nothing-stands-out") + "\n\n" }
      for n in d.peerNotes { s += "- **" + esc(n.subject) + "**: " + esc(n.text.text(lang)) + "\n" }
      if !d.peerNotes.isEmpty { s += "\n" }
    }
    s += "## 6. " + t("review.decisions-take") + "\n\n"
    s += t("review.decision-needed-on-decision")
    s += "|---|---|---|---|---|\n"
    for (k, item) in d.checklist.enumerated() { s += "| \(k + 1) | \(esc(item.text.text(lang))) | | | |\n" }
    return s
  }
}
