import AmbtModel

/// The dated legal catalogue as Markdown (`docs/law.md`): the laws with the days they began and
/// ended, the obligations with their validity and successors, and the old Ambtenarenwet articles
/// with the articles that replaced them. Generated from the data files so the page cannot drift;
/// a test fails when it is stale.
public enum LawDocumentation {
  public static func markdown() -> String {
    var s = "<!-- Generated from laws.json, obligations.json and superseded.json by LawDocumentationTests"
    s += " (AMBT_RECORD=1 swift test --filter LawDocumentationTests). Do not edit. -->\n"
    s += "# The law on a date\n\n"
    s += "ambt checks a code against the law in force on the day it lints (`--today`, default the clock), and "
    s += "says when a finding exists only because the law changed after the code took effect (`in werking`, "
    s += "else `vastgesteld op`). This page is the dated catalogue behind that, with the source of every date "
    s += "and what is not verified. The research notes behind it are `../shared/reference/law-notes.md` and "
    s += "`ambtenarenwet-oud-125.md`; see [lint.md](lint.md#two-views-the-law-at-adoption-and-the-law-of-today) "
    s += "for how findings use it.\n\n"
    s += "## Laws, regulations and bodies\n\n"
    s += "A law is reported as superseded only from the day it ended. 'Verified' is the notes' mark for the date.\n\n"
    s += "| name | in force from | ended on | replaced by | verified | source |\n|---|---|---|---|---|---|\n"
    let vocabulary = Vocabulary.shared
    for law in vocabulary.laws where law.inForceFrom != nil || law.supersededBy != nil {
      let by = law.supersededBy.flatMap { vocabulary.law($0)?.name } ?? law.supersededBy ?? ""
      let ended = law.kind == "misnomer" ? "no such law" : (law.supersededOn ?? "")
      let verified = law.verified == false ? "no" : "yes"
      s += "| \(law.name) | \(law.inForceFrom ?? "") | \(ended) | \(by) | \(verified) | \(link(law.source ?? law.url)) |\n"
    }
    s += "\n## Obligations\n\n"
    s += "An obligation applies from its first to its last day. 'Continues' names the obligation of the earlier "
    s += "law it carries on, by content (not an official concordance): a gap that the law at adoption had too "
    s += "is not reported as new. Confidence is the notes' verification mark; the caveat says what was not seen.\n\n"
    s += "| id | provision | duty | applies | continues | confidence | caveat | text |\n|---|---|---|---|---|---|---|---|\n"
    for o in ObligationCatalogue.shared.obligations {
      let span = (o.validFrom ?? "…") + " – " + (o.validUntil ?? "")
      let continues = (o.predecessors ?? []).joined(separator: ", ")
      s +=
        "| \(o.id) | \(o.citationText) | \(o.title.text(.en)) | \(span) | \(continues) | \(o.confidence) | \(o.caveat?.text(.en) ?? "") | \(link(o.url ?? o.source)) |\n"
    }
    s += "\n## Old article numbers of the Ambtenarenwet\n\n"
    let catalogue = SupersededCatalogue.shared
    s += "The law itself was renamed (BWBR0001947), not repealed: a bare 'Ambtenarenwet' is not a finding. "
    s += "The old integrity articles no longer apply from \(catalogue.oldArticlesEnded); a citation is reported "
    s += "with the article that replaced it, read from the lid and onderdeel written after the number.\n\n"
    s += "| article | also written | needs the law's name | lid / onderdeel → Ambtenarenwet 2017 |\n|---|---|---|---|\n"
    for a in catalogue.oldArticles {
      let map = a.successors.sorted { $0.key < $1.key }.map { key, value in
        (key.isEmpty ? "(none)" : key) + " → " + (value.isEmpty ? (a.note?.text(.en) ?? "") : value)
      }
      s +=
        "| \(a.spelling) | \(a.variants.joined(separator: ", ")) | \(a.needsLaw == true ? "yes" : "no") | \(map.joined(separator: "; ")) |\n"
    }
    return s
  }

  static func link(_ url: String?) -> String {
    guard let url else { return "" }
    return url.hasPrefix("http") ? "<\(url)>" : url.replacingOccurrences(of: "|", with: "\\|")
  }
}
