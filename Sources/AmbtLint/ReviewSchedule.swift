import AmbtModel
import AmbtSemantics

/// When a code was last reviewed and when it is due, as the review-cycle rules see it.
///
/// The last review is `laatste herziening`, else `in werking`, else `vastgesteld op`; a date
/// known only to the month or year counts as its last day, so an incomplete date never makes a
/// code overdue early. The interval is `herzieningstermijn`, else the code's own promise in its
/// text ("wordt minimaal elke twee jaar geëvalueerd"), else 24 months. No law sets it
/// (law-notes.md §4): whichever it is, it is the code's own choice.
struct ReviewSchedule {
  enum IntervalSource {
    case metadata
    /// A promise in the text, as written ("minimaal elke 2 jaar").
    case text(String)
    case fallback
  }

  var basis: LocalizedText
  var key: String
  var date: PartialDate
  var range: SourceRange
  var intervalMonths: Int
  var intervalSource: IntervalSource
  var due: Day

  init?(_ context: LintContext) {
    let m = context.document.metadata
    let candidates: [(String, LocalizedText, Field<PartialDate>?)] = [
      ("laatste herziening", LocalizedText("lint.review-schedule.message.last-review"), m.lastReview),
      ("in werking", LocalizedText("lint.review-schedule.message.date-in-force"), m.inForce),
      ("vastgesteld op", LocalizedText("lint.review-schedule.message.date-adoption"), m.adoptedOn),
    ]
    guard let (key, basis, field) = candidates.first(where: { $0.2 != nil }), let field else { return nil }
    self.key = key
    self.basis = basis
    self.date = field.value
    self.range = field.range
    if let interval = m.reviewIntervalMonths {
      (intervalMonths, intervalSource) = (interval.value, .metadata)
    } else if let promise = context.reviewPromise {
      (intervalMonths, intervalSource) = (promise.months, .text(promise.written))
    } else {
      (intervalMonths, intervalSource) = (m.effectiveReviewIntervalMonths, .fallback)
    }
    let (y, mo, d) = field.value.latest
    self.due = Day(year: y, month: mo, day: d).adding(months: max(0, intervalMonths))
  }

  /// `24 maanden (de eigen termijn van de code: 'minimaal elke 2 jaar')`.
  var intervalText: LocalizedText {
    switch intervalSource {
    case .metadata:
      return LocalizedText("lint.review-schedule.message.intervalmonths-months-code-s", ["intervalMonths": "\(intervalMonths)"])
    case .text(let written):
      return LocalizedText(
        "lint.review-schedule.message.intervalmonths-months-code-promises",
        ["intervalMonths": "\(intervalMonths)", "written": "\(written)"])
    case .fallback:
      return LocalizedText(
        "lint.review-schedule.message.intervalmonths-months-default-code", ["intervalMonths": "\(intervalMonths)"])
    }
  }

  static let citation = Citation(
    law: "eigen herzieningstermijn van de code (geen wettelijke termijn)",
    url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=4",
    caveat: LocalizedText("lint.review-schedule.caveat"))
}

extension LintContext {
  /// Whether the code no longer applied on the day linted (`vervallen per`, `geldig tot`): a
  /// lapsed or replaced text needs no review.
  var lapsed: Bool {
    let m = document.metadata
    if let on = m.lapsedOn?.value.earliest, Day(year: on.0, month: on.1, day: on.2) <= today { return true }
    if let until = m.validUntil?.value.latest, Day(year: until.0, month: until.1, day: until.2) < today { return true }
    return false
  }

  /// The code's own promise of a review in its text, first found (preamble and closing first).
  var reviewPromise: ReviewPromise? {
    // Three review rules ask; read once per document.
    reviewPromiseCache.value {
      sentencesOutsideRules.lazy.compactMap(ReviewPromise.read).first
        ?? meanings.lazy.flatMap(\.allSentences).compactMap(ReviewPromise.read).first
    }
  }
}

/// The review schedule as `ambt review` shows it: the date the last review counts from, the
/// interval and where it comes from, and the day the next review is due.
public struct ReviewStatus: Sendable {
  /// `laatste herziening`, `in werking` or `vastgesteld op`.
  public var basisKey: String
  public var basis: LocalizedText
  public var basisDate: PartialDate
  public var intervalMonths: Int
  /// `herzieningstermijn van de code`, `de code belooft '…'` or `standaard`.
  public var interval: LocalizedText
  /// Where the interval comes from: `metadata`, `text` or `default`.
  public var intervalSource: String
  public var due: Day
  /// Days from today to the due date; negative when overdue.
  public var daysLeft: Int
  /// Whether the code no longer applies (`vervallen per`, `geldig tot`).
  public var lapsed: Bool
}

extension LintContext {
  /// When the code was last reviewed and when it is due; nil without any date.
  public var reviewStatus: ReviewStatus? {
    guard let s = ReviewSchedule(self) else { return nil }
    let source: String
    switch s.intervalSource {
    case .metadata: source = "metadata"
    case .text: source = "text"
    case .fallback: source = "default"
    }
    return ReviewStatus(
      basisKey: s.key, basis: s.basis, basisDate: s.date, intervalMonths: s.intervalMonths, interval: s.intervalText,
      intervalSource: source, due: s.due, daysLeft: s.due.number - today.number, lapsed: lapsed)
  }
}
