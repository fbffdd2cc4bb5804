import AmbtDiff
import AmbtModel
import AmbtRender

/// The dossier as Markdown that fits a pull request or an intranet page.
struct ReviewMarkdown {
  var language: Language

  func esc(_ s: String) -> String { Escaping.markdownInline(s) }
  func t(_ nl: String, _ en: String) -> String { ReviewDossier.t(language, nl, en) }

  func render(_ d: ReviewDossier) -> String {
    let lang = language
    var s = "# " + t("Herzieningsdossier", "Review dossier") + ": " + esc(d.title) + "\n\n"
    s += "_" + esc([d.organisation, d.file].compactMap { $0 }.joined(separator: " · ")) + " · "
    s += t("opgesteld op ", "prepared on ") + d.today.description + " " + t("met", "with") + " ambt_\n\n"
    s += "## 1. " + t("Stand van de herziening", "Status of the review") + "\n\n"
    s += "| | |\n|---|---|\n"
    for (k, v) in d.statusRows(lang) { s += "| \(esc(k)) | \(esc(v)) |\n" }
    s += "\n## 2. " + t("Wat veranderde in de wet", "What changed in the law") + "\n\n" + esc(d.lawIntro(lang)) + "\n\n"
    if d.lawSince != nil {
      if d.lawChanges.isEmpty {
        s += t("Geen.", "None.") + "\n\n"
      } else {
        s += t("| datum | wat | verandering | bron |\n", "| date | what | change | source |\n") + "|---|---|---|---|\n"
        for c in d.lawChanges {
          let unverified = c.verified ? "" : t(" (niet geverifieerd)", " (not verified)")
          s +=
            "| \(c.day) | \(esc(d.lawKind(c, lang))): \(esc(c.subject)) | \(esc(c.description.text(lang) + unverified)) | \(c.source.map { "<" + $0 + ">" } ?? "") |\n"
        }
        s += "\n"
      }
    }
    s += "## 3. " + t("Bevindingen", "Findings") + "\n\n"
    for action in ReviewDossier.Action.allCases {
      let list = d.findings(action)
      s += "### \(action.title(lang)) (\(list.count))\n\n" + esc(action.explanation(lang)) + "\n\n"
      for f in list {
        let rule = f.diagnostic.article.map { t(" regel ", " rule ") + $0 } ?? ""
        s += "- " + esc(t("r. ", "l. ") + "\(f.line):\(f.column)" + rule) + " `\(f.diagnostic.id)` "
        s += esc(f.diagnostic.message.text(lang)) + "\n"
      }
      if !list.isEmpty { s += "\n" }
    }
    s +=
      "### " + t("Dekking: de wet bij vaststelling en de wet van vandaag", "Coverage: the law at adoption and the law of today")
    s += "\n\n"
    let table = d.coverage.markdown(title: "", lang)
    s += table.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n") + "\n"
    s += "## 4. " + t("Wat veranderde in de code", "What changed in the code") + "\n\n"
    if let diff = d.diff, let previous = d.previous {
      s += t("Vergeleken met ", "Compared with ") + "`" + esc(previous) + "`.\n\n"
      let (substantive, editorial) = ReviewDossier.ordered(diff)
      s += "**" + t("Inhoudelijk", "Substantive") + "** (\(substantive.count))\n\n"
      for c in substantive { s += "- " + esc(ReviewDossier.describe(c, lang)) + "\n" }
      for m in diff.metadata { s += "- " + esc("\(m.kindLabel(lang)): \(m.old ?? "—") → \(m.new ?? "—")") + "\n" }
      s += "\n**" + t("Redactioneel", "Editorial") + "** (\(editorial.count))\n\n"
      for c in editorial { s += "- " + esc(ReviewDossier.describe(c, lang)) + "\n" }
      s += "\n"
    } else {
      s +=
        t(
          "Geen vorige versie opgegeven (`--previous BESTAND` of `--since GIT-REVISIE`).",
          "No previous version given (`--previous FILE` or `--since GIT-REV`).") + "\n\n"
    }
    s += "## 5. " + t("Vergelijking met andere codes", "Comparison with other codes") + "\n\n"
    if d.peerFiles.isEmpty {
      s += t("Geen andere codes opgegeven (`--peers MAP`).", "No other codes given (`--peers DIR`).") + "\n\n"
    } else {
      s += t("Vergeleken met ", "Compared with ") + "\(d.peerFiles.count) " + t("codes", "codes") + ".\n\n"
      if d.peerNotes.isEmpty { s += t("Niets valt op.", "Nothing stands out.") + "\n\n" }
      for n in d.peerNotes { s += "- **" + esc(n.subject) + "**: " + esc(n.text.text(lang)) + "\n" }
      if !d.peerNotes.isEmpty { s += "\n" }
    }
    s += "## 6. " + t("Te nemen besluiten", "Decisions to take") + "\n\n"
    s += t("| # | besluit nodig over | besluit | door | datum |\n", "| # | decision needed on | decision | by | date |\n")
    s += "|---|---|---|---|---|\n"
    for (k, item) in d.checklist.enumerated() { s += "| \(k + 1) | \(esc(item.text.text(lang))) | | | |\n" }
    return s
  }
}
