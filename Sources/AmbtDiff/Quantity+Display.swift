import AmbtModel

extension Quantity {
  /// The value for people: amounts with Dutch thousands separators (`€ 1.000.000`), periods
  /// as `Quantity.display` writes them.
  public var readable: String {
    guard unit == .euro else { return display }
    return "€ " + Quantity.grouped(amount)
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
