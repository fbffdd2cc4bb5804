import AmbtModel

/// `2018-05-25` → `25 mei 2018` / `25 May 2018`.
enum DutchDate {
  static let nl = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
  ]
  static let en = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  static func long(_ iso: String) -> LocalizedText {
    guard let d = Day.parse(iso) else { return LocalizedText("text.verbatim", ["text": iso]) }
    return LocalizedText(
      "date.long", ["day": "\(d.day)", "year": "\(d.year)"], messages: ["month": LocalizedText("date.month.\(d.month)")])
  }
}
