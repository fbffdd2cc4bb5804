/// A date that may be known only to the year or month.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// ISO form: `2025`, `2025-03`, `2025-03-11`.
  public var description: String {
    var s = String(format4(year))
    if let month { s += "-" + pad2(month) }
    if let day { s += "-" + pad2(day) }
    return s
  }

  /// The earliest day the date can mean, as (y, m, d).
  public var earliest: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }
  /// The latest day the date can mean.
  public var latest: (Int, Int, Int) {
    let m = month ?? 12
    return (year, m, day ?? PartialDate.daysIn(month: m, year: year))
  }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.earliest < rhs.earliest }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The years a document may write: the parser rejects a date outside them, so every date in
  /// a model has four digits and date arithmetic on it cannot overflow.
  public static let years = 1...9999

  /// Days since 1970-01-01 of a full date (proleptic Gregorian, UTC). Years beyond ±10 million
  /// and impossible months or days (never parsed, but a model can be built in code) are
  /// clamped, so the arithmetic cannot trap.
  public static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
    // Algorithm from H. Hinnant's days_from_civil.
    let y = min(max(year, -10_000_000), 10_000_000)
    let m = min(max(month, 1), 12)
    let d = min(max(day, 1), 31)
    let y2 = m <= 2 ? y - 1 : y
    let era = (y2 >= 0 ? y2 : y2 - 399) / 400
    let yoe = y2 - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  private func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
  private func format4(_ v: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }
}

public enum Numbering: String, Hashable, Sendable {
  case doorlopend
  case perHoofdstuk = "per hoofdstuk"
}

/// A metadata value with the range of its value.
public struct Field<T: Hashable & Sendable>: Hashable, Sendable {
  public var value: T
  public var range: SourceRange

  public init(_ value: T, range: SourceRange) {
    self.value = value
    self.range = range
  }
}

/// The facts about a code from the `---` block.
public struct Metadata: Hashable, Sendable {
  public var title: Field<String>?
  public var organisation: Field<String>?
  public var cbsCode: Field<String>?
  public var adoptedBy: Field<String>?
  public var adoptedOn: Field<PartialDate>?
  public var inForce: Field<PartialDate>?
  public var replaces: Field<String>?
  public var legalBasis: [LawReference]
  public var appliesTo: [Tag]
  public var lastReview: Field<PartialDate>?
  /// `herzien door`: who carried out or decided the last review.
  public var lastReviewBy: Field<String>?
  /// `geldig tot`: the last day this text applied (a later version replaced it).
  public var validUntil: Field<PartialDate>?
  /// `vervallen per`: the first day the regulation no longer applied (it was withdrawn).
  public var lapsedOn: Field<PartialDate>?
  public var reviewIntervalMonths: Field<Int>?
  public var source: Field<String>?
  public var cvdr: Field<String>?
  public var numbering: Numbering
  /// The whole block, fences included; empty when the file has none.
  public var range: SourceRange

  public init(
    title: Field<String>? = nil, organisation: Field<String>? = nil, cbsCode: Field<String>? = nil,
    adoptedBy: Field<String>? = nil, adoptedOn: Field<PartialDate>? = nil, inForce: Field<PartialDate>? = nil,
    replaces: Field<String>? = nil, legalBasis: [LawReference] = [], appliesTo: [Tag] = [],
    lastReview: Field<PartialDate>? = nil, reviewIntervalMonths: Field<Int>? = nil, source: Field<String>? = nil,
    cvdr: Field<String>? = nil, numbering: Numbering = .doorlopend, range: SourceRange = .empty
  ) {
    self.title = title
    self.organisation = organisation
    self.cbsCode = cbsCode
    self.adoptedBy = adoptedBy
    self.adoptedOn = adoptedOn
    self.inForce = inForce
    self.replaces = replaces
    self.legalBasis = legalBasis
    self.appliesTo = appliesTo
    self.lastReview = lastReview
    self.reviewIntervalMonths = reviewIntervalMonths
    self.source = source
    self.cvdr = cvdr
    self.numbering = numbering
    self.range = range
  }

  /// The review intervals a code may state, in months (1 month to 100 years); the parser
  /// rejects others.
  public static let reviewIntervalMonthsRange = 1...1200

  /// The review interval in months; 24 when the code does not say.
  public var effectiveReviewIntervalMonths: Int { reviewIntervalMonths?.value ?? 24 }
}
