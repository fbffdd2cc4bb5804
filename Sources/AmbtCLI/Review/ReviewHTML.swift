import AmbtDiff
import AmbtModel

/// The dossier as one standalone, printable HTML page: every piece of document text escaped, a
/// print style sheet that starts each section on a new page and prints the decision table with
/// room to write in.
struct ReviewHTML {
  var language: Language

  func h(_ s: String) -> String { HTMLEscaping.text(s) }
  func t(_ id: String, _ args: [String: String] = [:]) -> String { language.text(id, args) }

  static let style = """
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}
    h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #154273;color:#154273}
    .meta{color:#555}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
    th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#eef2f7}
    .must{border-left:4px solid #b00020;padding-left:.6rem}.should{border-left:4px solid #c77700;padding-left:.6rem}
    .consider{border-left:4px solid #888;padding-left:.6rem}.missing{font-weight:600;color:#b00020}
    ul.findings li{margin:.2rem 0}.rule{font-family:ui-monospace,monospace;font-size:.85em;color:#555}
    .decisions td.blank{min-width:7rem}.decisions th:nth-child(3){width:26%}.decisions th:nth-child(4){width:14%}.decisions th:nth-child(5){width:11%}.overdue{color:#b00020;font-weight:600}.day{white-space:nowrap}
    @media print{body{max-width:none;margin:0;font-size:11pt}h2{break-before:page}h2:first-of-type{break-before:auto}
    a{color:inherit;text-decoration:none}tr,li{break-inside:avoid}.decisions td.blank{height:2.2rem}}
    """

  func render(_ d: ReviewDossier) -> String {
    let lang = language
    var s = "<!DOCTYPE html>\n<html lang=\"\(lang.text("review.en"))\">\n<head>\n<meta charset=\"utf-8\">\n"
    s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    s += "<title>" + h(t("review.review-dossier") + ": " + d.title) + "</title>\n"
    s += "<style>\n" + ReviewHTML.style + "\n</style>\n</head>\n<body>\n<main>\n"
    s += "<h1>" + h(t("review.review-dossier") + ": " + d.title) + "</h1>\n"
    s += "<p class=\"meta\">" + h([d.organisation, d.file].compactMap { $0 }.joined(separator: " · "))
    s += " · " + h(t("review.prepared-on") + d.today.description) + "</p>\n"
    s += "<section aria-labelledby=\"status\"><h2 id=\"status\">1. " + h(t("review.status-review"))
    s += "</h2>\n<table>\n"
    for (k, v) in d.statusRows(lang) {
      let overdue = (d.status?.daysLeft ?? 0) < 0 && k.hasPrefix(t("review.status"))
      s += "<tr><th scope=\"row\">\(h(k))</th><td\(overdue ? " class=\"overdue\"" : "")>\(h(v))</td></tr>\n"
    }
    s += "</table></section>\n"
    s += "<section aria-labelledby=\"law\"><h2 id=\"law\">2. " + h(t("review.what-changed-in-law"))
    s += "</h2>\n<p>" + h(d.lawIntro(lang)) + "</p>\n"
    if d.lawSince != nil {
      if d.lawChanges.isEmpty {
        s += "<p>" + h(t("review.none")) + "</p>\n"
      } else {
        s +=
          "<table><thead><tr><th>"
          + [t("review.date"), t("review.what"), t("review.change"), t("review.source")]
          .map(h).joined(separator: "</th><th>") + "</th></tr></thead><tbody>\n"
        for c in d.lawChanges {
          let unverified = c.verified ? "" : t("review.not-verified")
          let source = c.source.map { $0.hasPrefix("https://") ? "<a href=\"\(h($0))\">\(h(hostOf($0)))</a>" : h($0) } ?? ""
          s += "<tr><td class=\"day\">\(c.day)</td><td>\(h(d.lawKind(c, lang))): \(h(c.subject))</td>"
          s += "<td>\(h(c.description.text(lang) + unverified))</td><td>\(source)</td></tr>\n"
        }
        s += "</tbody></table>\n"
      }
    }
    s += "</section>\n<section aria-labelledby=\"findings\"><h2 id=\"findings\">3. " + h(t("review.findings")) + "</h2>\n"
    for action in ReviewDossier.Action.allCases {
      let list = d.findings(action)
      let css = action == .mustChange ? "must" : action == .shouldChange ? "should" : "consider"
      s += "<div class=\"\(css)\"><h3>\(h(action.title(lang))) (\(list.count))</h3>\n<p>\(h(action.explanation(lang)))</p>\n"
      if !list.isEmpty {
        s += "<ul class=\"findings\">\n"
        for f in list {
          let rule = f.diagnostic.article.map { t("review.rule") + $0 } ?? ""
          s +=
            "<li>\(h(f.diagnostic.message.text(lang))) <span class=\"rule\">\(h(t("review.l") + "\(f.line)" + rule)) · \(h(f.diagnostic.id))</span></li>\n"
        }
        s += "</ul>\n"
      }
      s += "</div>\n"
    }
    s +=
      "<h3>"
      + h(t("review.coverage-law-at-adoption"))
    s += "</h3>\n<table><thead><tr>"
    let head = [t("review.obligation"), t("review.provision")] + d.coverage.columnTitles(lang)
    s += head.map { "<th>" + h($0) + "</th>" }.joined() + "</tr></thead><tbody>\n"
    for r in d.coverage.rows {
      s +=
        "<tr><td>\(h(r.obligation.id))<br><small>\(h(r.obligation.title.text(lang)))</small></td><td>\(h(r.obligation.citationText))</td>"
      for v in d.coverage.cells(r, lang) {
        let missing = v.hasPrefix(t("review.missing"))
        s += "<td\(missing ? " class=\"missing\"" : "")>\(h(v))</td>"
      }
      s += "</tr>\n"
    }
    s += "</tbody></table></section>\n"
    s +=
      "<section aria-labelledby=\"code\"><h2 id=\"code\">4. " + h(t("review.what-changed-in-code"))
      + "</h2>\n"
    if let diff = d.diff, let previous = d.previous {
      let (substantive, editorial) = ReviewDossier.ordered(diff)
      s += "<p>" + h(t("review.compared-with") + previous) + "</p>\n"
      s += "<h3>" + h(t("review.substantive")) + " (\(substantive.count))</h3>\n<ul>\n"
      for c in substantive { s += "<li>" + h(ReviewDossier.describe(c, lang)) + "</li>\n" }
      for m in diff.metadata { s += "<li>" + h("\(m.kindLabel(lang)): \(m.old ?? "—") → \(m.new ?? "—")") + "</li>\n" }
      s += "</ul>\n<h3>" + h(t("review.editorial")) + " (\(editorial.count))</h3>\n<ul>\n"
      for c in editorial { s += "<li>" + h(ReviewDossier.describe(c, lang)) + "</li>\n" }
      s += "</ul>\n"
    } else {
      s +=
        "<p>"
        + h(
          t("review.no-previous-version-given")) + "</p>\n"
    }
    s +=
      "</section>\n<section aria-labelledby=\"peers\"><h2 id=\"peers\">5. "
      + h(t("review.comparison-with-other-codes")) + "</h2>\n"
    if d.peerFiles.isEmpty {
      s += "<p>" + h(t("review.no-other-codes-given")) + "</p>\n"
    } else {
      s += "<p>" + h(t("review.compared-with-count-codes", ["count": "\(d.peerFiles.count)"])) + "</p>\n"
      if d.peerNotes.isEmpty { s += "<p>" + h(t("review.nothing-stands-out")) + "</p>\n" }
      s +=
        d.peerNotes.isEmpty
        ? ""
        : "<ul>\n" + d.peerNotes.map { "<li><strong>\(h($0.subject))</strong>: \(h($0.text.text(lang)))</li>\n" }.joined()
          + "</ul>\n"
    }
    s +=
      "</section>\n<section aria-labelledby=\"decisions\"><h2 id=\"decisions\">6. "
      + h(t("review.decisions-take")) + "</h2>\n"
    s += "<table class=\"decisions\"><thead><tr><th>#</th><th>" + h(t("review.decision-needed-on")) + "</th><th>"
    s +=
      [t("review.decision"), t("review.by"), t("review.date")].map(h).joined(separator: "</th><th>")
      + "</th></tr></thead><tbody>\n"
    for (k, item) in d.checklist.enumerated() {
      s +=
        "<tr><td>\(k + 1)</td><td>\(h(item.text.text(lang)))</td><td class=\"blank\"></td><td class=\"blank\"></td><td class=\"blank\"></td></tr>\n"
    }
    s += "</tbody></table></section>\n</main>\n</body>\n</html>\n"
    return s
  }

  func hostOf(_ url: String) -> String {
    let rest = url.dropFirst("https://".count)
    return String(rest.prefix { $0 != "/" })
  }
}
