import AmbtModel

extension Quantity {
  /// The value for people: amounts with Dutch thousands separators (`€ 1.000.000`), periods
  /// as `Quantity.display` writes them.
  public var readable: String {
    guard unit == .euro else { return display }
    return "€ " + Quantity.grouped(amount)
  }

  /// Euros with thousands separators and, when there are any, two decimals: `1.000`, `12,50`.
  static func euros(_ value: Double) -> String {
    let cents = (value * 100).rounded()
    guard cents.truncatingRemainder(dividingBy: 100) != 0, abs(cents) < 1e15 else { return grouped(cents / 100) }
    let whole = (abs(cents) / 100).rounded(.down)
    let rest = Int(abs(cents) - whole * 100)
    return (cents < 0 ? "-" : "") + grouped(whole) + "," + (rest < 10 ? "0" : "") + String(rest)
  }

  static func grouped(_ value: Double) -> String {
    guard value == value.rounded(), abs(value) < 1e15 else { return Quantity.format(value) }
    let digits = String(Int64(abs(value)))
    var out = ""
    for (k, c) in digits.enumerated() {
      if k > 0, (digits.count - k) % 3 == 0 { out += "." }
      out.append(c)
    }
    return (value < 0 ? "-" : "") + out
  }

  /// A normalised period (days) in the largest whole unit: `730` → `2 jaar`.
  static func readablePeriod(days: Double) -> String {
    let years = days / 365
    if years >= 1, abs(years - years.rounded()) < 0.001 { return "\(format(years.rounded())) jaar" }
    let months = days / (365.0 / 12.0)
    if months >= 1, abs(months - months.rounded()) < 0.001 {
      return months.rounded() == 1 ? "1 maand" : "\(format(months.rounded())) maanden"
    }
    let d = (days * 10).rounded() / 10
    return d == 1 ? "1 dag" : "\(format(d)) dagen"
  }
}

extension Article {
  /// The number to show: the label as written without its trailing dot, or the key when the
  /// label alone is ambiguous (`nummering: per hoofdstuk`: `3.` in chapter 2 shows as `2.3`).
  public var displayNumber: String {
    if key != number { return key }
    return label.hasSuffix(".") ? String(label.dropLast()) : label
  }
}
