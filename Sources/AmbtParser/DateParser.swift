import AmbtModel

/// How a piece of metadata reads as a date.
public enum DateReading: Equatable, Sendable {
  /// A date in one of the forms codes write: `2025-03-11`, `2025-03`, `2025`, `11 maart 2025`.
  case date(PartialDate)
  /// A date in a form ambt does not accept but can read unambiguously (`01-07-2026`,
  /// `1/7/2026`, `2026-7-1`); the payload is the date meant, for "bedoelde je 2026-07-01?".
  case otherForm(PartialDate)
  /// A date whose year is outside `PartialDate.years` (`-0001-01-01`, `0000`, `12025-01-01`).
  case yearOutOfRange
  /// Not a date.
  case invalid
}

/// Reads dates as codes and metadata write them.
public enum DateParser {
  static let months = [
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
  ]

  /// `2025-03-11`, `2025-03`, `2025`, `11 maart 2025`, `maart 2025`; nil for anything else,
  /// including a year outside 1–9999.
  public static func parse(_ s: String) -> PartialDate? {
    if case .date(let d) = read(s) { return d }
    return nil
  }

  /// Reads `s` and, when it is not a date ambt accepts, says why.
  public static func read(_ s: String) -> DateReading {
    let t = TextFolding.fold(s)
    func isDigits(_ p: Substring) -> Bool { !p.isEmpty && p.allSatisfy { $0.isASCII && $0.isNumber } }
    // A sign before the year: '-0001-01-01' is a year before 1, not a date to drop the minus from.
    if let first = t.first, first == "-" || first == "+" || first == "−", t.dropFirst().first?.isNumber == true {
      return .yearOutOfRange
    }
    let parts = t.split(separator: "-", omittingEmptySubsequences: false)
    if (1...3).contains(parts.count), parts.allSatisfy(isDigits) {
      if parts[0].count >= 4 {
        guard parts[0].count == 4, let y = Int(parts[0]), PartialDate.years.contains(y) else { return .yearOutOfRange }
        let exact = parts.dropFirst().allSatisfy { $0.count == 2 }
        guard
          let d = date(
            year: y, month: parts.count > 1 ? Int(parts[1].prefix(3)) : nil,
            day: parts.count > 2 ? Int(parts[2].prefix(3)) : nil)
        else { return .invalid }
        return exact ? .date(d) : .otherForm(d)
      }
      if parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
        return dayFirst(parts)
      }
      return .invalid
    }
    // 01/07/2026 and 1.7.2026: day first, with another separator.
    for separator in ["/", "."] as [Character] {
      let p = t.split(separator: separator, omittingEmptySubsequences: false)
      if p.count == 3, p.allSatisfy(isDigits), p[2].count == 4, p[0].count <= 2, p[1].count <= 2 { return dayFirst(p) }
    }
    let words = t.split(separator: " ")
    if words.count == 3 || words.count == 2, let m = months[String(words[words.count - 2])], isDigits(words[words.count - 1]) {
      let yearWord = words[words.count - 1]
      guard yearWord.count == 4, let y = Int(yearWord), PartialDate.years.contains(y) else {
        return yearWord.count >= 4 ? .yearOutOfRange : .invalid
      }
      if words.count == 2 { return .date(PartialDate(year: y, month: m)) }
      guard isDigits(words[0]), words[0].count <= 2, let d = date(year: y, month: m, day: Int(words[0])) else {
        return .invalid
      }
      return .date(d)
    }
    return .invalid
  }

  /// `01-07-2026` → 2026-07-01, when it is a real day.
  static func dayFirst(_ parts: [Substring]) -> DateReading {
    guard let y = Int(parts[2]), PartialDate.years.contains(y) else { return .yearOutOfRange }
    guard let d = date(year: y, month: Int(parts[1]), day: Int(parts[0])) else { return .invalid }
    return .otherForm(d)
  }

  /// The date with these parts, when the month and day exist.
  static func date(year: Int, month: Int?, day: Int?) -> PartialDate? {
    var d = PartialDate(year: year)
    if let month {
      guard (1...12).contains(month) else { return nil }
      d.month = month
    }
    if let day {
      guard let month, day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
      d.day = day
    }
    return d
  }
}
