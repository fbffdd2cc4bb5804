import AmbtModel

/// When a code was last reviewed and when it is due, as the review-cycle rules see it.
///
/// The last review is `laatste herziening`, else `in werking`, else `vastgesteld op`; a date
/// known only to the month or year counts as its last day, so an incomplete date never makes a
/// code overdue early.
struct ReviewSchedule {
  var basis: LocalizedText
  var key: String
  var date: PartialDate
  var range: SourceRange
  var intervalMonths: Int
  var due: Day

  init?(_ m: Metadata) {
    let candidates: [(String, LocalizedText, Field<PartialDate>?)] = [
      ("laatste herziening", LocalizedText(nl: "laatste herziening", en: "last review"), m.lastReview),
      ("in werking", LocalizedText(nl: "datum van inwerkingtreding", en: "date in force"), m.inForce),
      ("vastgesteld op", LocalizedText(nl: "datum van vaststelling", en: "date of adoption"), m.adoptedOn),
    ]
    guard let (key, basis, field) = candidates.first(where: { $0.2 != nil }), let field else { return nil }
    self.key = key
    self.basis = basis
    self.date = field.value
    self.range = field.range
    self.intervalMonths = m.effectiveReviewIntervalMonths
    let (y, mo, d) = field.value.latest
    self.due = Day(year: y, month: mo, day: d).adding(months: max(0, intervalMonths))
  }

  var intervalText: LocalizedText {
    LocalizedText(nl: "\(intervalMonths) maanden", en: "\(intervalMonths) months")
  }

  static let citation = Citation(
    law: "Ambtenarenwet 2017", article: "4", lid: "4", url: "https://lokaleregelgeving.overheid.nl/CVDR680310/1",
    caveat: LocalizedText(
      nl:
        "Geen wet of cao schrijft een vaste herzieningstermijn voor; de termijn is de eigen keuze van de code (standaard 24 maanden). De wet vraagt wel een jaarlijkse openbare verantwoording (art. 4 lid 4, tekst niet ingezien, getrouwe samenvatting).",
      en:
        "No law or collective agreement sets a review interval; the interval is the code's own choice (default 24 months). The Act does ask for a yearly public account (art. 4 lid 4, wording not seen, faithful summary)."
    ))
}
