import AmbtModel
import AmbtSemantics

/// Amounts and periods of `compare` in the words of the output language: `2 jaar` / `2 years`,
/// `per jaar` / `per year`, `elke 2 jaar` / `every 2 years`. Amounts are the same in both
/// (`≤ € 50`).
enum ValueWords {
  /// How a period is said: `2 jaar`, `per jaar` (a frequency), `elke 2 jaar` (the review interval).
  enum Form { case plain, per, every }

  /// Singular and plural of a unit (`StatedValue.unit`).
  static func unit(_ unit: String, _ language: Language) -> (String, String) {
    switch (unit, language) {
    case ("jaar", .nl): return ("jaar", "jaar")
    case ("jaar", .en): return ("year", "years")
    case ("maand", .nl): return ("maand", "maanden")
    case ("maand", .en): return ("month", "months")
    case ("week", .nl): return ("week", "weken")
    case ("week", .en): return ("week", "weeks")
    case ("dag", .nl): return ("dag", "dagen")
    case ("dag", .en): return ("day", "days")
    case ("werkdag", .nl): return ("werkdag", "werkdagen")
    case ("werkdag", .en): return ("working day", "working days")
    case ("uur", .nl): return ("uur", "uur")
    case ("uur", .en): return ("hour", "hours")
    case ("keer", .nl): return ("keer", "keer")
    case ("keer", .en): return ("time", "times")
    default: return (unit, unit)
    }
  }

  /// `1,5` in Dutch, `1.5` in English.
  static func number(_ x: Double, _ language: Language) -> String {
    let s = Quantity.format(x)
    return language == .en ? s.replacingOccurrences(of: ",", with: ".") : s
  }

  static func period(_ amount: Double, _ unit: String, form: Form, _ language: Language) -> String {
    var amount = amount
    var unit = unit
    if form == .every && unit == "maand" && amount >= 12 && amount.truncatingRemainder(dividingBy: 12) == 0 {
      amount /= 12
      unit = "jaar"
    }
    let (one, many) = ValueWords.unit(unit, language)
    let n = number(amount, language)
    let single = amount == 1
    switch form {
    case .plain: return "\(n) \(single ? one : many)"
    case .per: return single ? "per \(one)" : "per \(n) \(many)"
    case .every:
      if language == .en { return single ? "every \(one)" : "every \(n) \(many)" }
      // Het jaar, het uur: elk; de maand, de week, de dag: elke.
      if single { return (unit == "jaar" || unit == "uur" ? "elk " : "elke ") + one }
      return "elke \(n) \(many)"
    }
  }

  /// A normalised period (days) in the largest whole unit, as `Quantity.readablePeriod` picks it.
  static func period(days: Double, form: Form, _ language: Language) -> String {
    let years = days / 365
    if years >= 1, abs(years - years.rounded()) < 0.001 { return period(years.rounded(), "jaar", form: form, language) }
    let months = days / (365.0 / 12.0)
    if months >= 1, abs(months - months.rounded()) < 0.001 { return period(months.rounded(), "maand", form: form, language) }
    return period((days * 10).rounded() / 10, "dag", form: form, language)
  }

  /// A place that is not a rule number, in the output language: the review interval's
  /// `metadata` or `tekst`, a covering place `preambule`, `slot`, `hoofdstuk 4.`.
  static func place(_ place: String, _ language: Language) -> String {
    var p = place
    if p.hasPrefix("hoofdstuk "), p.hasSuffix(".") { p.removeLast() }
    guard language == .en else { return p }
    switch p {
    case "tekst": return "text"
    case "preambule": return "preamble"
    case "slot": return "closing"
    case "hoofdstuk": return "chapter"
    default: return p.hasPrefix("hoofdstuk ") ? "chapter " + p.dropFirst("hoofdstuk ".count) : p
    }
  }
}

extension StatedValue {
  /// The value for people in `language`: `≤ € 50` in both, `2 jaar` / `2 years`, `per jaar` /
  /// `per year`, `elke 2 jaar` / `every 2 years`. In Dutch, `display`.
  public func text(_ language: Language) -> String {
    if language == .nl && !display.isEmpty { return display }
    guard unit != "euro" else { return display }
    let form: ValueWords.Form = kind == .frequentie ? (every ? .every : .per) : .plain
    return ValueWords.period(amount, unit, form: form, language)
  }
}
